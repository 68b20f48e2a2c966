// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CliTestSupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The archives the lbpayload suites of inspect, test, export-tar and create --from-tar run on,
// made in a temporary folder with the system's tar and compressors: src/ (hello.txt, 64 KiB of
// noise in sub/data.bin, a symbolic link), good.tar in every compression whose tool is
// present, a truncated and a damaged .tar.gz, an HTML page named page.tar.gz, tars with an
// absolute and a ".." member, a tar with one file name twice, and two images holding
// distfiles as entries (payload.img with the bad ones, goodonly.img without).
class CliArchiveFixture
{
public:
    // Makes everything. Returns false and sets `problem` when something that must exist could
    // not be made; `missingTools` is set instead (and false returned) when tar or gzip is absent,
    // which a suite skips on. Compressions other than gzip are left out when their tool is.
    bool make(QString *problem, bool *missingTools);

    QString folder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Whether a file of the fixture exists (a compression whose tool is missing does not).
    bool has(const QString &name) const;
    // The contents of src/hello.txt and src/sub/data.bin.
    const QByteArray &hello() const { return m_hello; }
    const QByteArray &data() const { return m_data; }
    // good.tar, good.tar.gz, .bz2, .xz and .zst, whether made or not.
    static QStringList goodArchives();

    // lbpayload and tar run in the fixture's folder.
    CliTest::Result lbpayload(const QStringList &arguments) const;
    CliTest::Result tar(const QStringList &arguments) const;

    // Empty when `lbpayload COMMAND --help` shows its examples on standard output only and the
    // tool's own help lists the command; else what is wrong.
    QString helpProblem(const QString &command);

    static bool haveTool(const QString &program);
    // Standard output parsed as a JSON object (a warning names what is not JSON).
    static QJsonObject json(const CliTest::Result &result);
    // The member paths and the finding codes of an `inspect --json` report.
    static QStringList memberPaths(const QJsonObject &report);
    static QStringList findingCodes(const QJsonObject &report);
    // Exit code and both outputs, for a failure message.
    static QByteArray diagnostic(const CliTest::Result &result);

private:
    bool makeTar(const QString &name, const QStringList &compression);

    QTemporaryDir m_dir;
    QByteArray m_hello = "hello\n";
    QByteArray m_data; // compresses badly, so a cut lands inside the compressed stream
    QByteArray m_toolHelp;
};
