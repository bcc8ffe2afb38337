# The commit that `routekaart --version` names (src/cli/version.cpp): the first 12 hex digits of
# git's HEAD when the build is configured, "unknown" when the source is not a git checkout (an
# unpacked archive). -DROUTEKAART_COMMIT=... sets it by hand. CMake configures again when HEAD
# moves (a commit, a checkout), so that the name stays right; only version.cpp is recompiled.
if(NOT ROUTEKAART_COMMIT)
  set(ROUTEKAART_COMMIT_FOUND unknown)
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel --absolute-git-dir
                            --short=12 HEAD
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                    RESULT_VARIABLE git_status OUTPUT_VARIABLE git_output ERROR_QUIET
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REPLACE "\n" ";" git_output "${git_output}")
    list(LENGTH git_output git_lines)
    if(git_status EQUAL 0 AND git_lines EQUAL 3)
      list(GET git_output 0 git_top)
      list(GET git_output 1 git_dir)
      list(GET git_output 2 git_commit)
      # Only this project's own checkout counts, not a repository that holds an unpacked copy.
      file(REAL_PATH "${git_top}" git_top)
      file(REAL_PATH "${CMAKE_SOURCE_DIR}" source_dir)
      if(git_top STREQUAL source_dir AND git_commit MATCHES "^[0-9a-f]+$")
        set(ROUTEKAART_COMMIT_FOUND ${git_commit})
        foreach(moved HEAD logs/HEAD)
          if(EXISTS ${git_dir}/${moved})
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${git_dir}/${moved})
          endif()
        endforeach()
      endif()
    endif()
  endif()
else()
  set(ROUTEKAART_COMMIT_FOUND ${ROUTEKAART_COMMIT})
endif()
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/cli/version.cpp PROPERTIES
                            COMPILE_DEFINITIONS ROUTEKAART_COMMIT="${ROUTEKAART_COMMIT_FOUND}")
