# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# Precompiled headers: nearly every file includes the same Qt headers, and parsing them is
# most of what compiling a file costs (measured: a 40-line test spent 5 of its 5.6 CPU seconds
# in the front end). Each layer precompiles the headers its files share; the test suites of a
# folder share one precompiled header (REUSE_FROM), which GCC accepts only when the suites are
# compiled with the same definitions, so payload_add_test gives them the same libraries.
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
function(payload_precompile_headers target layer)
    if(PAYLOAD_STUDIO_PCH)
        target_precompile_headers(${target} PRIVATE ${PAYLOAD_STUDIO_PCH_${layer}})
    endif()
    if(PAYLOAD_STUDIO_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${PAYLOAD_STUDIO_UNITY_BATCH})
    endif()
endfunction()

# payload_precompile_test_headers(<target> <CORE|UI>): the first suite of a folder and layer
# precompiles the headers; the others of that folder and layer reuse its result.
function(payload_precompile_test_headers target layer)
    if(NOT PAYLOAD_STUDIO_PCH)
        return()
    endif()
    string(MD5 folder "${CMAKE_CURRENT_SOURCE_DIR}")
    set(key PAYLOAD_STUDIO_TEST_PCH_${folder}_${layer})
    get_property(owner GLOBAL PROPERTY ${key})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
    else()
        target_precompile_headers(${target} PRIVATE ${PAYLOAD_STUDIO_PCH_${layer}} ${PAYLOAD_STUDIO_PCH_TEST})
        set_property(GLOBAL PROPERTY ${key} ${target})
    endif()
    # A suite includes its own moc output, so the file AUTOMOC adds is empty: loading the
    # precompiled header into it would be its whole cost.
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
        TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
