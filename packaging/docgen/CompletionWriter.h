// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ProgramReference.h"

#include <QString>

// Writes the bash, zsh and fish completions of a program from its help texts: commands,
// options, the values of options that take one of a few words (ValueKind), and file or
// folder names where the program expects one. Each script stands alone: the bash one needs
// no bash-completion helpers, so it also works where that package is not installed.
class CompletionWriter
{
public:
    static QString bash(const ProgramReference &program);
    static QString zsh(const ProgramReference &program);
    static QString fish(const ProgramReference &program);
};
