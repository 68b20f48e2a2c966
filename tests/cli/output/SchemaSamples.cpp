// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SchemaSamples.h"
#include "CheckoutFixture.h"
#include "CliTestSupport.h"
#include "FirstImageFixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace CliTest;

QString SchemaSamples::path(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name;
}

bool SchemaSamples::put(const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path(name)).absolutePath());
    if (writeFile(path(name), bytes))
        return true;
    m_error = QStringLiteral("%1: cannot be written").arg(path(name));
    return false;
}

bool SchemaSamples::runTool(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        m_error = QStringLiteral("%1 is not installed: it makes the test archives").arg(program);
        return false;
    }
    const Result r = runProgram(program, arguments, RunOptions(m_dir));
    if (r.exitCode == 0)
        return true;
    m_error =
        QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(r.err));
    return false;
}

bool SchemaSamples::write()
{
    return writeArchives() && writeImages() && writeFirstImages() && writeCheckouts();
}

bool SchemaSamples::writeArchives()
{
    // Noise compresses badly, so that half of the .tar.gz ends inside the compressed stream.
    QByteArray noise(16 * 1024, '\0');
    QRandomGenerator random(23);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    if (!put(QStringLiteral("src/hello.txt"), "hello\n") || !put(QStringLiteral("src/sub/noise.bin"), noise))
        return false;
    if (!QFile::link(QStringLiteral("hello.txt"), path(QStringLiteral("src/link")))) {
        m_error = QStringLiteral("cannot make the symbolic link src/link");
        return false;
    }
    const QStringList tarOptions {QStringLiteral("--sort=name"), QStringLiteral("--owner=0"),
        QStringLiteral("--group=0"), QStringLiteral("--mtime=@1700000000")};
    if (!runTool(QStringLiteral("tar"),
            tarOptions + QStringList {QStringLiteral("-cf"), QStringLiteral("hello.tar"), QStringLiteral("src")}) ||
        !runTool(QStringLiteral("tar"),
            tarOptions + QStringList {QStringLiteral("-czf"), QStringLiteral("hello.tar.gz"), QStringLiteral("src")}) ||
        !runTool(QStringLiteral("gzip"), {QStringLiteral("-k"), QStringLiteral("-n"), QStringLiteral("src/hello.txt")}))
        return false;
    if (!QFile::rename(path(QStringLiteral("src/hello.txt.gz")), path(QStringLiteral("lone.gz")))) {
        m_error = QStringLiteral("cannot move src/hello.txt.gz");
        return false;
    }
    const QByteArray gz = readFile(path(QStringLiteral("hello.tar.gz")));
    return put(QStringLiteral("trunc.tar.gz"), gz.left(gz.size() / 2)) &&
        put(QStringLiteral("notes.txt"), "Build notes.\nNothing to unpack here.\n") &&
        put(QStringLiteral("empty.bin"), {}) &&
        put(QStringLiteral("page.tar.gz"),
            "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
            "<body><h1>Not Found</h1></body></html>\n") &&
        QDir().mkpath(path(QStringLiteral("nothing")));
}

bool SchemaSamples::writeImages()
{
    const QByteArray gz = readFile(path(QStringLiteral("hello.tar.gz")));
    const QList<Entry> entries {{"a.txt", "alpha\n"}, {"hello.tar.gz", gz}, {"empty", ""}};
    // Trailing zeros after the last entry, as a disk larger than the image shows.
    const QByteArray odd =
        image(false,
            {{"caf\xe9.txt", "latin-1 name\n"}, {"dup.txt", "one\n"}, {"dup.txt", "two\n"}, {"sub/x.txt", "slash\n"}}) +
        QByteArray(100, '\0');
    return put(QStringLiteral("small32.img"), image(false, entries)) &&
        put(QStringLiteral("small64.img"), image(true, entries)) && put(QStringLiteral("odd.img"), odd) &&
        put(QStringLiteral("empty.img"), image(false, {})) &&
        put(QStringLiteral("archives.img"),
            image(false,
                {{"hello.tar.gz", gz}, {"page.tar.gz", readFile(path(QStringLiteral("page.tar.gz")))},
                    {"notes.txt", readFile(path(QStringLiteral("notes.txt")))}, {"empty.bin", ""}}));
}

bool SchemaSamples::writeFirstImages()
{
    const QByteArray gz = readFile(path(QStringLiteral("hello.tar.gz")));
    // Records 0 to 6: two folders, two files, a hex0 source, the hex0 record, a command.
    const auto records = [&gz](FirstImageFixture &image) {
        image.folder(".")
            .folder("./steps")
            .file("./steps/a.txt", "alpha\n")
            .file("./steps/hello.tar.gz", gz)
            .file("./steps/tool.hex0", "31 C0 C3\n")
            .hex0("./steps/tool.hex0", "./steps/tool")
            .command("./steps/tool", "./steps/a.txt");
    };
    FirstImageFixture good;
    records(good);
    FirstImageFixture broken;
    records(broken);
    broken.raw("src 4096 ./steps/cut.bin\nonly a few bytes").setTerminated(false).setMiBPadding(false);
    QString error;
    if (!good.write(path(QStringLiteral("init.img")), &error) ||
        !broken.write(path(QStringLiteral("broken-init.img")), &error)) {
        m_error = error;
        return false;
    }
    if (FirstImageFixture::hasRealBuilderHex0()) {
        FirstImageFixture real(FirstImageFixture::Stage2::Real);
        records(real);
        if (!real.write(path(QStringLiteral("real-init.img")), &error)) {
            m_error = error;
            return false;
        }
    }
    return true;
}

bool SchemaSamples::writeCheckouts()
{
    CheckoutFixture good(path(QStringLiteral("lb-good")));
    good.writeStandard();
    good.setImporter(true);
    good.setFiwix(65536);

    CheckoutFixture bad(path(QStringLiteral("lb-bad")));
    bad.writeStandard();
    const bool changed = QFile::remove(bad.distfile(QStringLiteral("delta-4.tar.bz2"))) &&
        QFile::remove(bad.distfile(QStringLiteral("zeta-6.txt"))) &&
        QDir().mkpath(bad.distfile(QStringLiteral("zeta-6.txt")));
    bad.addDistfile(QStringLiteral("gamma-3.tar.gz"), "other bytes\n");
    // An xz stream without its footer: a download cut short, which plan names (cutShort).
    bad.addDistfile(QStringLiteral("beta-2.tar.xz"),
        QByteArray("\xFD"
                   "7zXZ\0\0\x01",
            8) +
            "cut here");
    bad.addDistfile(QStringLiteral("stray-1.0.tar.gz"), "no step lists this\n");
    if (!changed)
        m_error = QStringLiteral("cannot change the distfiles of %1").arg(bad.root());
    return changed;
}
