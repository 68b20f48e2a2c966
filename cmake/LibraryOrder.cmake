# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# payload_order_startup_libraries(<target>): makes Qt Core, libcrypto and KArchive the first
# shared libraries the target names (DT_NEEDED), in that order.
#
# Why: Debian builds these libraries with BIND_NOW, so the dynamic loader resolves every one of
# their symbol references before main(), and it looks each one up library by library in the
# order of the program's DT_NEEDED list (then theirs, breadth first). libcrypto makes about
# 4,600 such references, most of them to itself; reached only through KArchive it comes after
# every library the program names, and each lookup first misses in all of them. Named second,
# its references find it at once. Measured with callgrind on a bare QCoreApplication that links
# KArchive: 14.9 million instructions before main() in the default order, 12.4 million in this
# one (a QCoreApplication alone: 8.2 million); see docs/performance.md, "Start-up".
function(payload_order_startup_libraries target)
    target_link_options(${target} PRIVATE
        "LINKER:--push-state,--no-as-needed"
        $<TARGET_LINKER_FILE:Qt6::Core> $<TARGET_LINKER_FILE:OpenSSL::Crypto> $<TARGET_LINKER_FILE:KF6::Archive>
        "LINKER:--pop-state")
endfunction()
