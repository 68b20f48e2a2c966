# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers

# cmake -DGROFF=... -DPAGE=x.1 -DOUT=x.1.md -P RenderManPage.cmake: the man page as plain text
# inside a Markdown page, for reading the command reference in a browser or on a forge
# (target reference_text; docs/reference/commands.md). groff-base has no HTML device, so text it
# is: no bold, underline or overstrike, 100 columns.
execute_process(COMMAND ${GROFF} -man -Tutf8 -rLL=100n -P-cbou ${PAGE}
    OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "groff could not render ${PAGE}: ${errors}")
endif()
get_filename_component(name ${PAGE} NAME)
file(WRITE ${OUT}.tmp "<!-- Rendered from ${name}, which payload-docgen writes from the program's --help. -->\n\n"
    "# ${name}\n\n```text\n${text}```\n")
file(RENAME ${OUT}.tmp ${OUT})
