# CPack: a Debian package and a relocatable tarball of everything `cmake --install` puts in place.
#
#   cmake --build build && (cd build && cpack)
#
# gives build/limber_<version>-<release>_<arch>.deb and build/limber-<version>-linux-<arch>.tar.gz.
# Included last from the top-level CMakeLists.txt, after every install() rule.

set(CPACK_GENERATOR "DEB;TGZ")

# Shared package metadata.
set(CPACK_PACKAGE_NAME "limber")
set(CPACK_PACKAGE_VENDOR "Limber developers")
set(CPACK_PACKAGE_CONTACT "Limber developers <maintainers@limber.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Stretch and strengthen your upper back at your desk")
# Without this CPack falls back to its own placeholder text. Kept under 80 columns a line, as
# Debian's control file wants; CPack indents each line and turns blank ones into " .".
set(CPACK_PACKAGE_DESCRIPTION [=[
Limber guides people with mid and upper back pain from desk work through
stretches and strengthening exercises.

It offers an illustrated exercise library, guided sessions with hold and
repetition timers, breath pacing and audio cues, printable routine sheets,
and reminder schedules in the system tray.]=])
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Ship stripped binaries, as Debian packages do; keep an unstripped build for debugging.
set(CPACK_STRIP_FILES ON)

# Debian package.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # limber_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps (from dpkg-dev) finds the libraries the binary links against...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...but not the Qt plugins loaded at run time, so those are named here and merged with its list.
# libqt6svg6 holds the SVG image format and icon engine plugins; libqt6multimedia6 the audio
# backends that play the cue tones. Spoken cues need a speech engine plugin, so it is recommended
# rather than required (without one, cues sound as tones).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6multimedia6")
# The hicolor theme owns the icon folders; qt6-wayland runs Limber natively on Wayland
# (without it Qt falls back to XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme, qt6-wayland, qt6-speech-flite-plugin")

# Tarball: the same tree under one top folder, named with version, system and architecture.
string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _limber_package_system)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${_limber_package_system}")
unset(_limber_package_system)

include(CPack)
