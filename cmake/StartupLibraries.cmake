# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# payload_link_only_used_libraries(<target>): the target names (DT_NEEDED) only the shared
# libraries it calls into. Each one costs every start: Debian builds them with BIND_NOW, so
# the dynamic loader resolves every symbol reference of each before main(), and that search is
# about 90% of a short command's time (callgrind). The core library names KArchive for its
# archive room, which lbpayload leaves to its helper lbpayload-archive; --as-needed drops it.
# See docs/performance.md, "Start-up".
function(payload_link_only_used_libraries target)
    target_link_options(${target} PRIVATE "LINKER:--as-needed")
endfunction()
