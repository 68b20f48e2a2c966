// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutFinding.h"
#include "DistfileSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The parser of a step's `sources` file (see DistfileSource for the two line forms). Lines
// are read as upstream reads them: fields separated by spaces, a `g` line's repository
// field dropped, then `<url> <sha256> [<file-name>]`, the file name defaulting to the URL's
// last path component. Where upstream crashes (a blank line, too few fields) or would
// download something nonsensical (a checksum that is not 64 hex digits, a file name with a
// '/'), the line is left out and reported with its number instead.
class SourcesFile
{
    Q_DECLARE_TR_FUNCTIONS(SourcesFile)
public:
    // Parses `data`, the contents of `path`, the sources file of `step`. Returns the good
    // lines in file order, exact repeats included (the plan drops them). Malformed lines go
    // to `findings`; comment lines ('#') are skipped silently.
    static QList<DistfileSource> parse(
        const QByteArray &data, const QString &path, const QString &step, CheckoutFindings *findings);
};
