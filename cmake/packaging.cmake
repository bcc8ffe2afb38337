# The Debian package, made by CPack from the install rules (tools/package/build.sh runs
# `cpack -G DEB`): the static binary, stripped, the manual page and the shell completions under
# /usr. The binary needs no shared library, so the package depends on nothing.
if(WIN32)
  return()
endif()
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME routekaart)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "routekaart maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "checks a school-refusal intervention against the 14 signposts of Weten Wat Werkt")
# The summary is the synopsis line; this is the long description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "routekaart reads a YAML description of an intervention for young people who stay away from\nschool because of emotional distress, and reports which of the 14 signposts of the research\nroadmap it covers, with findings, team ratings, a meeting agenda and a method specification,\nin Dutch or English.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_FILE_NAME routekaart_${PROJECT_VERSION}_amd64.deb)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# xz, as Debian's own packages; its stream holds no time stamp (reproducible packages).
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
