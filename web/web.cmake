# The browser edition (tools/quickstart web, web/build.sh): the core compiled to WebAssembly by
# emscripten, behind the C functions of web/api.cpp. web/assemble.cjs puts the result, the page's
# script and style into one routekaart.html. Included by CMakeLists.txt in an emscripten build
# only; the native build does not know this target.
add_executable(routekaart_web web/api.cpp)
target_link_libraries(routekaart_web PRIVATE routekaart_precompiled routekaart_core)
set_target_properties(routekaart_web PROPERTIES OUTPUT_NAME routekaart-core SUFFIX .js)
# C++ exceptions are caught in the core (yaml-cpp throws on a syntax error): emscripten needs
# -fexceptions when compiling and linking for catch to work.
target_compile_options(routekaart_options INTERFACE -fexceptions)
target_link_options(routekaart_web PRIVATE
  -fexceptions
  -sMODULARIZE=1 -sEXPORT_NAME=createRoutekaartCore -sENVIRONMENT=web
  # No file system: the page hands text in and gets text back, so nothing can be written.
  -sFILESYSTEM=0
  "-sEXPORTED_FUNCTIONS=_malloc,_free,_rk_input,_rk_check,_rk_spec,_rk_ratings,_rk_signposts,_rk_rating_file,_rk_template,_rk_version"
  "-sEXPORTED_RUNTIME_METHODS=UTF8ToString"
  -sALLOW_MEMORY_GROWTH=1)
