// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ProgramReference.h"

#include <QString>
#include <QStringList>

// Writes a section-1 man page (roff, man macros) from a program's own help texts: the tool's
// usage, description and options, then each command with its usage, description, options,
// arguments and examples, the exit codes and the closing notes. The section names are the
// man-pages(7) conventions; all other words are the program's.
class ManPageWriter
{
public:
    // `seeAlso`: other pages, as "payload-studio(1)".
    static QString write(const ProgramReference &program, const QStringList &seeAlso);

    // Text made safe for roff: backslashes, and a leading dot or quote.
    static QString escape(const QString &text);
    // Like escape(), and every hyphen a minus sign, as options and command lines need.
    static QString escapeCode(const QString &text);
};
