// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliArchiveFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace CliTest;

bool CliArchiveFixture::haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool CliArchiveFixture::has(const QString &name) const
{
    return QFileInfo::exists(path(name));
}

QStringList CliArchiveFixture::goodArchives()
{
    return {QStringLiteral("good.tar"), QStringLiteral("good.tar.gz"), QStringLiteral("good.tar.bz2"),
        QStringLiteral("good.tar.xz"), QStringLiteral("good.tar.zst")};
}

Result CliArchiveFixture::lbpayload(const QStringList &arguments) const
{
    return run(arguments, RunOptions(m_dir.path()));
}

Result CliArchiveFixture::tar(const QStringList &arguments) const
{
    return runProgram(QStringLiteral("tar"), arguments, RunOptions(m_dir.path()));
}

// Tars src/ into `name` reproducibly, with `compression` as tar options (e.g. "-z").
bool CliArchiveFixture::makeTar(const QString &name, const QStringList &compression)
{
    const Result r = tar(QStringList {QStringLiteral("--sort=name"), QStringLiteral("--owner=0"),
                             QStringLiteral("--group=0"), QStringLiteral("--mtime=@1700000000")} +
        compression + QStringList {QStringLiteral("-cf"), name, QStringLiteral("src")});
    return r.exitCode == 0;
}

bool CliArchiveFixture::make(QString *problem, bool *missingTools)
{
    *missingTools = false;
    const auto fail = [problem](const QString &what) {
        *problem = what;
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    if (!haveTool(QStringLiteral("tar")) || !haveTool(QStringLiteral("gzip"))) {
        *missingTools = true;
        return false;
    }
    QRandomGenerator random(42);
    m_data.resize(64 * 1024);
    random.fillRange(reinterpret_cast<quint32 *>(m_data.data()), m_data.size() / 4);

    if (!QDir(m_dir.path()).mkpath(QStringLiteral("src/sub")) ||
        !writeFile(path(QStringLiteral("src/hello.txt")), m_hello) ||
        !writeFile(path(QStringLiteral("src/sub/data.bin")), m_data) ||
        !QFile::link(QStringLiteral("hello.txt"), path(QStringLiteral("src/link"))))
        return fail(QStringLiteral("cannot write src/"));

    if (!makeTar(QStringLiteral("good.tar"), {}) || !makeTar(QStringLiteral("good.tar.gz"), {QStringLiteral("-z")}))
        return fail(QStringLiteral("tar cannot make good.tar and good.tar.gz"));
    // GNU tar's own options for the other compressors; each is left out without its tool.
    const QList<std::pair<QString, QString>> others {{QStringLiteral("bzip2"), QStringLiteral("-j")},
        {QStringLiteral("xz"), QStringLiteral("-J")}, {QStringLiteral("zstd"), QStringLiteral("--zstd")}};
    for (const auto &[tool, option] : others) {
        const QString name = QStringLiteral("good.tar.") +
            (tool == QLatin1String("bzip2")       ? QStringLiteral("bz2")
                    : tool == QLatin1String("xz") ? QStringLiteral("xz")
                                                  : QStringLiteral("zst"));
        if (haveTool(tool) && !makeTar(name, {option}))
            return fail(QStringLiteral("tar cannot make ") + name);
    }

    const QByteArray gz = readFile(path(QStringLiteral("good.tar.gz")));
    if (gz.size() <= 60000)
        return fail(QStringLiteral("good.tar.gz is too small to cut inside its stream"));
    QByteArray damaged = gz;
    for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 16; ++i)
        damaged[i] = char(damaged.at(i) ^ 0x5a);
    const QByteArray page =
        "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
        "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n";
    if (!writeFile(path(QStringLiteral("trunc.tar.gz")), gz.left(gz.size() / 2)) ||
        !writeFile(path(QStringLiteral("corrupt.tar.gz")), damaged) ||
        !writeFile(path(QStringLiteral("page.tar.gz")), page))
        return fail(QStringLiteral("cannot write the damaged archives"));

    // Members with an absolute path and with "..": -P keeps them as given.
    if (tar({QStringLiteral("-cPf"), QStringLiteral("absolute.tar"), path(QStringLiteral("src/hello.txt"))}).exitCode !=
            0 ||
        runProgram(QStringLiteral("tar"),
            {QStringLiteral("-cPf"), QStringLiteral("../dotdot.tar"), QStringLiteral("../src/hello.txt")},
            RunOptions(path(QStringLiteral("src"))))
                .exitCode != 0)
        return fail(QStringLiteral("tar cannot make the unsafe archives"));
    // Two members with the same file name, for create --from-tar.
    if (!writeFile(path(QStringLiteral("src/sub/hello.txt")), "other\n") ||
        tar({QStringLiteral("-cf"), QStringLiteral("twice.tar"), QStringLiteral("src/hello.txt"),
                QStringLiteral("src/sub/hello.txt")})
                .exitCode != 0 ||
        !QFile::remove(path(QStringLiteral("src/sub/hello.txt"))))
        return fail(QStringLiteral("tar cannot make twice.tar"));

    // Images holding distfiles as entries.
    if (!writeFile(path(QStringLiteral("payload.img")),
            image(false,
                {{"good.tar.gz", gz}, {"trunc.tar.gz", gz.left(gz.size() / 2)}, {"page.tar.gz", page},
                    {"notes.txt", "plain text\n"}})) ||
        !writeFile(path(QStringLiteral("goodonly.img")),
            image(true, {{"good.tar", readFile(path(QStringLiteral("good.tar")))}, {"good.tar.gz", gz}})))
        return fail(QStringLiteral("cannot write the images"));
    return true;
}

QString CliArchiveFixture::helpProblem(const QString &command)
{
    const Result r = lbpayload({command, QStringLiteral("--help")});
    if (r.exitCode != 0 || !r.err.isEmpty())
        return QString::fromUtf8(diagnostic(r));
    if (!r.out.contains(QByteArray("Examples:\n  lbpayload " + command.toLatin1())))
        return QStringLiteral("no examples in:\n") + QString::fromUtf8(r.out);
    if (m_toolHelp.isEmpty()) {
        const Result tool = lbpayload({QStringLiteral("--help")});
        if (tool.exitCode == 0)
            m_toolHelp = tool.out;
    }
    if (!m_toolHelp.contains(QByteArray("\n  " + command.toLatin1() + ' ')))
        return QStringLiteral("lbpayload --help does not list ") + command;
    return {};
}

QJsonObject CliArchiveFixture::json(const Result &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), result.out.constData());
    return doc.object();
}

QStringList CliArchiveFixture::memberPaths(const QJsonObject &report)
{
    QStringList paths;
    for (const QJsonValue &m : report.value(QStringLiteral("members")).toArray())
        paths << m.toObject().value(QStringLiteral("path")).toString();
    return paths;
}

QStringList CliArchiveFixture::findingCodes(const QJsonObject &report)
{
    QStringList codes;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QByteArray CliArchiveFixture::diagnostic(const Result &result)
{
    return "exit " + QByteArray::number(result.exitCode) + "\nstdout:\n" + result.out + "\nstderr:\n" + result.err;
}
