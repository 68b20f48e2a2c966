// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

// A stand-in for builder-hex0's two files, for suites that write first images: a stage 1 as
// hex0 text that compiles to a 512-byte boot sector, and a short stage-2 text. The stage 2 is
// no known revision, so images made with it carry `unknown-builder-hex0`.
namespace BuilderHex0Fixture {

inline constexpr char Stage1Name[] = "builder-hex0-x86-stage1.hex0";
inline constexpr char Stage2Name[] = "builder-hex0-x86-stage2.hex0";

// Stage 1 as hex0 text: bytes 0..509 (value i % 256) in rows of 16, comments of both kinds
// between them, then the signature.
inline QByteArray stage1Text()
{
    QByteArray text = "# a test boot sector\n";
    for (int i = 0; i < 510; ++i) {
        text += QByteArray::number(i % 256, 16).rightJustified(2, '0').toUpper() + ' ';
        if (i % 16 == 15)
            text += i % 32 == 31 ? "; row\n" : "# row\n";
    }
    return text + "\n55 AA # signature\n";
}

// What stage1Text() compiles to.
inline QByteArray stage1Bytes()
{
    QByteArray bytes;
    for (int i = 0; i < 510; ++i)
        bytes += char(i % 256);
    return bytes + "\x55\xAA";
}

inline QByteArray stage2Text()
{
    return "# stage two, as text\nDE AD BE EF\n";
}

// Writes the two files into `dir` (made when missing); false when a write fails.
inline bool write(const QString &dir, const QByteArray &stage1 = stage1Text(), const QByteArray &stage2 = stage2Text())
{
    if (!QDir().mkpath(dir))
        return false;
    for (const auto &[name, data] : {std::pair {Stage1Name, stage1}, std::pair {Stage2Name, stage2}}) {
        QFile f(QDir(dir).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return false;
    }
    return true;
}

} // namespace BuilderHex0Fixture
