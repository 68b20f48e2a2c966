// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Linked into every fuzz target: the application object the core library's translated messages,
// MIME detection and threads expect, made once before the first input.

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt keeps a reference to the count for the application's lifetime.
    static int count = *argc;
    static QCoreApplication application(count, *argv);
    return 0;
}
