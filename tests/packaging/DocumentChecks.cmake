# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers

# Checks of the documents beside the code, run as CMake scripts (nothing to compile): every
# relative link of the README, CONTRIBUTING, CHANGELOG and docs/ reaches a file, and the newest
# release has one version and one date in CHANGELOG.md, the AppStream metainfo and the Debian
# changelog.
add_test(NAME packaging_doc_links
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/check_doc_links.cmake)
add_test(NAME packaging_release_dates
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DPROJECT_VERSION=${PROJECT_VERSION}
        -P ${CMAKE_CURRENT_LIST_DIR}/check_release_dates.cmake)
