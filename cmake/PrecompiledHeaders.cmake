# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# Precompiled headers: nearly every file includes the same Qt headers, and parsing them is
# most of what compiling a file costs (measured: a 40-line test spent 5 of its 5.6 CPU seconds
# in the front end). Each layer precompiles the headers its files share; the test suites of a
# layer share one precompiled header (REUSE_FROM), which the compilers accept only when every
# suite has the definitions it was made with, so payload_add_test gives them the same libraries.
#
# The headers are listed by name, never by project header: a change to our own code must not
# invalidate every precompiled header and the compiler cache's entries with it.

# Measured on GCC 14: its precompiled header for <QObject> alone is 170 MB, and loading it costs
# 2.5 CPU seconds against 4.1 for parsing the headers, so with GCC the saving is small and the
# sys time large. Clang's is 24 MB and loads in 0.8 s, so it is on by default with Clang only.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(pch_default ON)
else()
    set(pch_default OFF)
endif()
option(PAYLOAD_STUDIO_PCH "Precompile the Qt headers that most files include" ${pch_default})
# Without its timestamp, Clang's precompiled header is the same bytes in every build of the same
# folder, so ccache can cache it and the files compiled with it (a fresh clone at the same path
# hits throughout; a clone elsewhere builds its headers and those files once).
if(PAYLOAD_STUDIO_PCH AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options("SHELL:-Xclang -fno-pch-timestamp")
endif()

set(PAYLOAD_STUDIO_PCH_CORE
    <algorithm> <atomic> <functional> <memory> <mutex> <optional>
    <QByteArray> <QCoreApplication> <QDir> <QFile> <QFileInfo> <QHash> <QIODevice> <QList>
    <QObject> <QSet> <QString> <QStringList>)
set(PAYLOAD_STUDIO_PCH_UI ${PAYLOAD_STUDIO_PCH_CORE}
    <QAbstractItemModel> <QAction> <QFileDialog> <QHBoxLayout> <QHeaderView> <QLabel>
    <QMessageBox> <QPushButton> <QSortFilterProxyModel> <QTimer> <QUndoStack> <QVBoxLayout>
    <QWidget>)
set(PAYLOAD_STUDIO_PCH_TEST <QTest> <QTemporaryDir> <QSignalSpy>)

# payload_precompile_headers(<target> <CORE|UI>): the target's files are compiled with that
# layer's precompiled header, in unity batches when PAYLOAD_STUDIO_UNITY is on.
# A target that compiles as one file (one unity batch, or a single source) gets no precompiled
# header: making it costs as much as the one file it would serve (measured: 3-5 s for each of
# lbpayload-fetch, lbpayload-archive, payload-docgen, the fetching library and the fuzz targets).
function(payload_precompile_headers target layer)
    get_target_property(sources ${target} SOURCES)
    list(FILTER sources INCLUDE REGEX "\\.cpp$")
    list(LENGTH sources files)
    if(PAYLOAD_STUDIO_UNITY)
        math(EXPR units "(${files} + ${PAYLOAD_STUDIO_UNITY_BATCH} - 1) / ${PAYLOAD_STUDIO_UNITY_BATCH}")
    else()
        set(units ${files})
    endif()
    if(PAYLOAD_STUDIO_PCH AND units GREATER 1)
        target_precompile_headers(${target} PRIVATE ${PAYLOAD_STUDIO_PCH_${layer}})
    endif()
    if(PAYLOAD_STUDIO_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${PAYLOAD_STUDIO_UNITY_BATCH})
    endif()
endfunction()

# Qt Test defines QT_TESTCASE_SOURCEDIR as each suite's source folder and QT_TESTCASE_BUILDDIR as
# its build folder, so suites of different folders could not share a precompiled header: Clang
# refuses one made with a definition that differs from the suite's. QFINDTESTDATA needs neither:
# given the top build folder, where Ninja runs the compiler, as QT_TESTCASE_BUILDDIR, it finds
# data beside the calling source file, whether ccache has made that file's path relative or not.
# So every suite gets that build folder and no source folder.
if(PAYLOAD_STUDIO_PCH AND TARGET Qt6::Test)
    get_target_property(test_definitions Qt6::Test INTERFACE_COMPILE_DEFINITIONS)
    list(FILTER test_definitions EXCLUDE REGEX "^QT_TESTCASE_SOURCEDIR=")
    set_target_properties(Qt6::Test PROPERTIES INTERFACE_COMPILE_DEFINITIONS "${test_definitions}")
endif()

# payload_precompile_test_headers(<target> <CORE|UI>): every suite of a layer reuses one
# precompiled header, instead of one per test folder (about 8 CPU-s saved for each of 18
# folders on a build from scratch, issue 24). It is made by a target of its own that links what
# every suite of the layer links, so no suite's own definitions (a data folder) are in it.
function(payload_precompile_test_headers target layer)
    if(NOT PAYLOAD_STUDIO_PCH)
        return()
    endif()
    string(TOLOWER payload_test_pch_${layer} owner)
    if(NOT TARGET ${owner})
        set(main ${CMAKE_BINARY_DIR}/tests/${owner}.cpp)
        file(CONFIGURE OUTPUT ${main} CONTENT "int main()\n{\n    return 0;\n}\n")
        add_executable(${owner} ${main})
        target_link_libraries(${owner} PRIVATE Qt6::Test PayloadStudioTestSupport PayloadStudioCore)
        if(layer STREQUAL "UI")
            target_link_libraries(${owner} PRIVATE PayloadStudioUi)
        endif()
        target_precompile_headers(${owner} PRIVATE ${PAYLOAD_STUDIO_PCH_${layer}} ${PAYLOAD_STUDIO_PCH_TEST})
        # The suites' flags, or Clang refuses the header (an optimisation level is part of it).
        target_compile_options(${owner} PRIVATE ${PAYLOAD_STUDIO_TEST_COMPILE_OPTIONS})
        set_target_properties(${owner} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF
            QT_TESTCASE_BUILDDIR ${CMAKE_BINARY_DIR} RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    endif()
    set_target_properties(${target} PROPERTIES QT_TESTCASE_BUILDDIR ${CMAKE_BINARY_DIR})
    target_precompile_headers(${target} REUSE_FROM ${owner})
    # A suite includes its own moc output, so the file AUTOMOC adds is empty: loading the
    # precompiled header into it would be its whole cost.
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
        TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
