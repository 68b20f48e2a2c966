# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
# Runs lupdate (with LUPDATE_OPTIONS) over the sources into a copy of TS_FILE and fails on
# unfinished messages.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/catalogue-check.ts)
set(json ${WORK_DIR}/catalogue-check.json)
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${json}.in -P ${GENERATOR_SCRIPT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_IN}")
endif()
file(READ ${json}.in project)
string(REPLACE "${TS_FILE}" "${copy}" project "${project}")
file(WRITE ${json} "${project}")
execute_process(COMMAND ${LUPDATE} -project ${json} -no-obsolete -locations none ${LUPDATE_OPTIONS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS ${copy} sources REGEX "<source>")
    message(FATAL_ERROR "${count} messages of ${TS_FILE} are unfinished or obsolete; run "
                        "`cmake --build build --target update_translations update_english_plurals` and translate them")
endif()
message(STATUS "${TS_FILE}: complete")
