# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# Instrumented builds, each in a build folder of its own (scripts/dev sanitize, scripts/dev fuzz).
#
# PAYLOAD_STUDIO_SANITIZE=address,undefined compiles and links every target with those
# sanitizers. The first report ends the process (-fno-sanitize-recover=all), so a test that
# triggers one fails instead of printing a warning nobody reads. Qt and KArchive are not
# instrumented; AddressSanitizer works with them as they are (see docs/reliability.md, "Sanitizers").
#
# PAYLOAD_STUDIO_FUZZ builds only the core library and the libFuzzer targets of fuzz/, with
# Clang. Everything is compiled with -fsanitize=fuzzer-no-link (coverage for libFuzzer) plus
# address and undefined; only the fuzz targets link libFuzzer's main.

set(PAYLOAD_STUDIO_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined (empty: none)")
option(PAYLOAD_STUDIO_FUZZ "Build the core library and the libFuzzer targets only (Clang)" OFF)

if(PAYLOAD_STUDIO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PAYLOAD_STUDIO_FUZZ needs Clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(PAYLOAD_STUDIO_SANITIZE STREQUAL "")
        set(PAYLOAD_STUDIO_SANITIZE address,undefined)
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT PAYLOAD_STUDIO_SANITIZE STREQUAL "")
    add_compile_options(-fsanitize=${PAYLOAD_STUDIO_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${PAYLOAD_STUDIO_SANITIZE})
    # Instrumented code is several times slower; tests with tight time limits read this to widen them.
    add_compile_definitions(PAYLOAD_STUDIO_SANITIZED=1)
endif()
