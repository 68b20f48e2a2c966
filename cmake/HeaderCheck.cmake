# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers

# Every header must compile on its own. The unity batches and the precompiled headers hide a
# missing #include (the batch's earlier files or the PCH bring it in), so each header gets a
# file of its own that includes only it, compiled without either, as part of the build.

# payload_check_headers(<name> <library> <folder>... [LIBS <extra libraries>]): an object
# library <name> with one translation unit per header under the folders, compiled with the
# include paths and definitions of <library>.
function(payload_check_headers name library)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    set(sources)
    foreach(folder IN LISTS ARG_UNPARSED_ARGUMENTS)
        file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${folder}/*.h)
        foreach(header IN LISTS headers)
            file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${header})
            string(MAKE_C_IDENTIFIER ${relative} stem)
            set(source ${CMAKE_BINARY_DIR}/header-check/${stem}.cpp)
            # file(CONFIGURE) rewrites only on change, so a reconfigure rebuilds nothing.
            file(CONFIGURE OUTPUT ${source} CONTENT "#include \"${header}\"\n" @ONLY)
            list(APPEND sources ${source})
        endforeach()
    endforeach()
    add_library(${name} OBJECT ${sources})
    target_link_libraries(${name} PRIVATE ${library} ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES
        UNITY_BUILD OFF DISABLE_PRECOMPILE_HEADERS ON AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    # Nothing links these objects: no optimizer and no debug information. Parsing is most of
    # the cost (about 2 s per header here), so the check runs in CI and not in every build.
    target_compile_options(${name} PRIVATE -O0 -g0)
endfunction()
