# The Windows build of routekaart (cross-compiled with mingw-w64, tools/package/build.sh): one
# routekaart.exe that needs no DLL beyond Windows' own, with an application manifest that makes
# UTF-8 its code page (tools/package/windows/routekaart.manifest).
# yaml-cpp is a static library here; without this its headers declare DLL imports.
target_compile_definitions(routekaart_core PUBLIC YAML_CPP_STATIC_DEFINE)

# The manifest as a resource (type 24, RT_MANIFEST; id 1 for an executable), compiled by windres
# into an object file that is linked like any other.
set(manifest ${CMAKE_SOURCE_DIR}/tools/package/windows/routekaart.manifest)
set(manifest_rc ${CMAKE_BINARY_DIR}/manifest.rc)
set(manifest_object ${CMAKE_BINARY_DIR}/manifest.o)
file(WRITE ${manifest_rc} "1 24 \"${manifest}\"\n")
add_custom_command(OUTPUT ${manifest_object}
                   COMMAND ${CMAKE_RC_COMPILER} -O coff -i ${manifest_rc} -o ${manifest_object}
                   DEPENDS ${manifest} ${manifest_rc}
                   COMMENT "Compiling the application manifest"
                   VERBATIM)
set_source_files_properties(${manifest_object} PROPERTIES EXTERNAL_OBJECT ON GENERATED ON)
target_sources(routekaart PRIVATE ${manifest_object})
# libstdc++, libgcc and winpthreads linked in.
target_link_options(routekaart PRIVATE -static)
