// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The two builder-hex0 files a first image starts with, found and loaded: stage 1 compiled
// from builder-hex0-x86-stage1.hex0 (Hex0Compiler), and the stage-2 source as it is.
//
// Upstream's generator reads them from the `builder-hex0/` git submodule of the
// live-bootstrap checkout and prepares the image's folder as `target/init/` inside that
// checkout, so find() walks up from the prepared folder to the first folder that holds
// `builder-hex0/builder-hex0-x86-stage1.hex0`.
class BuilderHex0Files
{
    Q_DECLARE_TR_FUNCTIONS(BuilderHex0Files)
public:
    static QString stage1Name() { return QStringLiteral("builder-hex0-x86-stage1.hex0"); }
    static QString stage2Name() { return QStringLiteral("builder-hex0-x86-stage2.hex0"); }
    static QString submoduleName() { return QStringLiteral("builder-hex0"); }

    // Loads both files from the folder `dir`. Returns false and sets error() when a file
    // cannot be read, a source is larger than it can be (stage 1 over 1 MiB of text, stage 2
    // over FirstImageFormat::MaxStage2Size), or stage 1 does not compile to 512 bytes ending
    // 55 AA (the message names the file and says what it compiled to).
    [[nodiscard]] bool load(const QString &dir);
    // Looks for `builder-hex0/` in `folder` and each of its parents in turn (absolute paths,
    // nearest first) and loads the first that has the stage-1 file. Returns false and sets
    // error() when none has it (the message lists every place looked, as searched() does) or
    // when load() fails for the one found.
    [[nodiscard]] bool find(const QString &folder);

    QString error() const { return m_error; }
    // The folder the files were loaded from (after success).
    QString directory() const { return m_directory; }
    // The stage-1 files find() looked for, nearest first.
    const QStringList &searched() const { return m_searched; }
    QByteArray stage1() const { return m_stage1; } // 512 bytes ending 55 AA
    QByteArray stage2() const { return m_stage2; } // the source text, unchanged

private:
    bool fail(const QString &message);
    // Reads at most `limit` bytes of `path` into `data`; false with error() set when it
    // cannot be read or is larger.
    bool readBounded(const QString &path, qint64 limit, QByteArray *data);

    QString m_error;
    QString m_directory;
    QStringList m_searched;
    QByteArray m_stage1;
    QByteArray m_stage2;
};
