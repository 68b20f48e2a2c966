# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers

# The Debian 13 binary package, made by CPack from a Release build configured with
# CMAKE_INSTALL_PREFIX=/usr (`scripts/dev package` does both). Release builds carry no debug
# information, and CPack strips the programs, so there is nothing to split off.
set(PAYLOAD_STUDIO_MAINTAINER "Payload Studio developers <payload-studio@users.noreply.example>"
    CACHE STRING "The Maintainer field of the Debian package")

# The copyright file and the gzipped changelog Debian policy asks every package for.
set(doc_dir ${CMAKE_BINARY_DIR}/share/doc/payload-studio)
add_custom_command(OUTPUT ${doc_dir}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${doc_dir}
    COMMAND gzip -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog > ${doc_dir}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog)
add_custom_target(payload_package_docs ALL DEPENDS ${doc_dir}/changelog.gz)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright ${doc_dir}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/payload-studio)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME payload-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Payload Studio developers")
set(CPACK_PACKAGE_CONTACT ${PAYLOAD_STUDIO_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PAYLOAD_STUDIO_MAINTAINER})
# The libraries the programs link come from dpkg-shlibdeps. Qt loads its platform and SVG
# plug-ins at run time, where dpkg-shlibdeps cannot see them: without the first no window
# opens, without the second the icons are blank. The core opens libcrypto on first use
# (core/support/hashing/LibCrypto), which dpkg-shlibdeps cannot see in lbpayload either:
# without it every SHA-256 falls back to Qt's, at about half the speed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins, libssl3t64")
# Wayland sessions, and Qt's own German strings (dialog buttons) beside ours.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis, then the extended description (CPack indents it and marks empty lines).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "author and inspect live-bootstrap payload images")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Payload Studio assembles, inspects, verifies and extracts the
payload images (external.img, magic LBPAYLD1) from which
live-bootstrap's kernel-bootstrap mode reads its source tarballs,
before a bad image costs an hour-long boot.
.
This package holds the graphical application payload-studio and the
command-line tool lbpayload for scripts and CI pipelines: create, list,
verify, extract, convert and diff images, and plan, fetch and build the
external image of a live-bootstrap checkout as upstream's generator
does.")
include(CPack)
