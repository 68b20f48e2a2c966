// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// One distfile as one line of a step's `sources` file names it:
//     f <url> <sha256> [<file-name>]
//     g <repo>~<ref> <url-or-_> <sha256> [<file-name>]
// together with where that line is, so that every later message can point at it.
struct DistfileSource {
    enum class Kind { File, GitSnapshot };

    Kind kind = Kind::File;
    QString url; // empty for a `_` URL: only a mirror can provide such a file
    QByteArray sha256; // 64 lower-case hex digits
    QString fileName; // given, or the last path component of the URL
    QString gitRef; // `<repo>~<ref>` of a g line, empty for f
    QString step; // the step whose sources file lists it
    QString sourcesFile; // that file's path
    int line = 0; // 1-based line in sourcesFile
    bool guix = false; // listed under steps-guix/

    // Upstream's identity of a distfile: the tuple (sha256, url, file name). A tuple met a
    // second time, from any package, is dropped.
    bool sameTuple(const DistfileSource &other) const
    {
        return sha256 == other.sha256 && url == other.url && fileName == other.fileName;
    }
    // "steps/gcc-4.0.4/sources:2", for messages.
    QString location() const { return sourcesFile + QLatin1Char(':') + QString::number(line); }
};
