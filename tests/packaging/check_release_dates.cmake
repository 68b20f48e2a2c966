# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers

# cmake -DSOURCE_DIR=... -DPROJECT_VERSION=... -P check_release_dates.cmake: the newest release
# named in CHANGELOG.md, the AppStream metainfo and the Debian changelog is the project's version,
# with one date in all three. They are written by hand in three places, so they drift apart
# unless something compares them.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR OR NOT PROJECT_VERSION)
    message(FATAL_ERROR "SOURCE_DIR and PROJECT_VERSION must be set")
endif()

# CHANGELOG.md (Keep a Changelog): the first "## [VERSION] - YYYY-MM-DD" heading.
file(READ ${SOURCE_DIR}/CHANGELOG.md text)
if(NOT text MATCHES "\n## \\[([0-9][^]]*)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
    message(FATAL_ERROR "CHANGELOG.md: no release heading \"## [VERSION] - YYYY-MM-DD\"")
endif()
set(changelog_version ${CMAKE_MATCH_1})
set(changelog_date ${CMAKE_MATCH_2})

# The metainfo: the first <release version="..." date="...">, the newest by AppStream's rules.
file(READ ${SOURCE_DIR}/resources/io.github.payloadstudio.PayloadStudio.metainfo.xml text)
if(NOT text MATCHES "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "metainfo: no <release version=... date=...>")
endif()
set(metainfo_version ${CMAKE_MATCH_1})
set(metainfo_date ${CMAKE_MATCH_2})

# The Debian changelog: the first entry's version and its trailer line's RFC 5322 date.
file(READ ${SOURCE_DIR}/packaging/debian/changelog text)
if(NOT text MATCHES "^payload-studio \\(([^)]+)\\)")
    message(FATAL_ERROR "packaging/debian/changelog: no first entry \"payload-studio (VERSION)\"")
endif()
set(debian_version ${CMAKE_MATCH_1})
if(NOT text MATCHES "\n -- [^\n]*  [A-Z][a-z][a-z], ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "packaging/debian/changelog: no trailer line with a date")
endif()
set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND months ${CMAKE_MATCH_2} month)
math(EXPR month "${month} + 1")
if(month LESS 10)
    set(month 0${month})
endif()
set(debian_date ${CMAKE_MATCH_3}-${month}-${CMAKE_MATCH_1})

set(problems "")
foreach(source changelog metainfo debian)
    if(NOT ${source}_version STREQUAL PROJECT_VERSION)
        string(APPEND problems "\n  ${source}: version ${${source}_version}, the project's is ${PROJECT_VERSION}")
    endif()
    if(NOT ${source}_date STREQUAL changelog_date)
        string(APPEND problems "\n  ${source}: date ${${source}_date}, CHANGELOG.md says ${changelog_date}")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "the newest release is named differently:${problems}")
endif()
message(STATUS "release ${PROJECT_VERSION} of ${changelog_date} in CHANGELOG.md, metainfo and Debian changelog")
