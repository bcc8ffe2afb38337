# Included by CMakeLists.txt in a cross build (tools/package/build.sh, the Windows package).
# CLI11 and {fmt} are header-only: Debian's headers (libcli11-dev, libfmt-dev) are found under
# CMAKE_FIND_ROOT_PATH, where the build script links them, next to a yaml-cpp built for the
# target. They are system include folders, so their own warnings do not fail the build.
foreach(header CLI/CLI.hpp fmt/format.h yaml-cpp/yaml.h)
  string(MAKE_C_IDENTIFIER ${header} id)
  find_path(ROUTEKAART_INCLUDE_${id} ${header} REQUIRED)
  list(APPEND ROUTEKAART_CROSS_INCLUDES ${ROUTEKAART_INCLUDE_${id}})
endforeach()
list(REMOVE_DUPLICATES ROUTEKAART_CROSS_INCLUDES)
include_directories(SYSTEM ${ROUTEKAART_CROSS_INCLUDES})
add_library(CLI11::CLI11 INTERFACE IMPORTED)

# The generators run at build time, so they must be programs of the build machine.
if(NOT ROUTEKAART_GENTEXTS OR NOT ROUTEKAART_PRECOMPILE)
  message(FATAL_ERROR "A cross build needs the generators of a native build: "
                      "-DROUTEKAART_GENTEXTS=PATH -DROUTEKAART_PRECOMPILE=PATH")
endif()
