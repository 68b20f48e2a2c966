// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Inspecting and testing an entry inside an image never copies it: a child process with an
// address-space limit below the entry's size (and a file-size limit that stops any temporary
// copy) lists and tests a 1.5 GiB tar entry and a tar.zst entry that decompresses to 1.5 GiB.
// The image is sparse, so the test is quick and small on disk.
#include "ArchiveInspector.h"
#include "ArchiveTestKit.h"
#include "IntegrityTester.h"
#include "PayloadFormat.h"
#include "PayloadReader.h"

#include <KCompressionDevice>
#include <KFilterBase>
#include <KTar>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr qint64 MemberSize = 1536ll * 1024 * 1024; // bigger than the limit below
constexpr qint64 AddressLimit = 768ll * 1024 * 1024;
constexpr qint64 FileSizeLimit = 1024 * 1024;
constexpr qint64 MaxResidentKiB = 128 * 1024; // flat: buffers, Qt, the MIME database
const char ChildVariable[] = "PAYLOAD_ARCHIVE_MEMORY_CHILD";

QByteArray tarHeaderFor(const QString &name, qint64 size)
{
    QBuffer buffer;
    KTar tar(&buffer);
    tar.open(QIODevice::WriteOnly);
    const QDateTime t = QDateTime::fromSecsSinceEpoch(1700000000);
    tar.prepareWriting(name, QStringLiteral("root"), QStringLiteral("root"), size, 0100644, t, t, t);
    tar.close();
    return buffer.data().left(512);
}

qint64 paddedTo512(qint64 n)
{
    return (n + 511) / 512 * 512;
}

// The child: limits first, then the work; prints what it saw, exits 0 when all is as expected.
int childMain(int argc, char **argv)
{
    const QString image = qEnvironmentVariable(ChildVariable);
    struct rlimit as
    {
        rlim_t(AddressLimit), rlim_t(AddressLimit)
    };
    struct rlimit fsize
    {
        rlim_t(FileSizeLimit), rlim_t(FileSizeLimit)
    };
    if (::setrlimit(RLIMIT_AS, &as) != 0 || ::setrlimit(RLIMIT_FSIZE, &fsize) != 0) {
        std::printf("FAIL cannot set limits\n");
        return 3;
    }
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing us
    QCoreApplication app(argc, argv);
    int failures = 0;
    auto check = [&](bool ok, const QString &what) {
        std::printf("%s %s\n", ok ? "ok" : "FAIL", qPrintable(what));
        if (!ok)
            ++failures;
    };

    // The limits bite: the entry cannot be held in memory, nor copied to a file.
    // Through a volatile pointer: Clang may otherwise drop an allocation that is only freed.
    void *volatile whole = std::malloc(size_t(MemberSize));
    check(whole == nullptr, QStringLiteral("a buffer the size of the entry cannot be allocated"));
    std::free(whole);
    {
        QFile probe(image + QLatin1String(".probe"));
        probe.open(QIODevice::WriteOnly);
        const QByteArray chunk(FileSizeLimit * 2, 'x');
        check(probe.write(chunk) < chunk.size() || !probe.flush(),
            QStringLiteral("a file beyond the size limit cannot be written"));
        probe.close();
        probe.remove();
    }

    PayloadReader reader;
    check(reader.open(image), QStringLiteral("the image opens: ") + reader.errorString());
    if (failures)
        return 1;
    const bool haveZstd = reader.entries().size() > 1;

    const ArchiveReport listed = ArchiveInspector::inspectEntry(reader, 0, ArchiveInspector::Options {});
    check(listed.status == ArchiveReport::Status::Ok, QStringLiteral("tar entry listed: ") + listed.summary());
    check(listed.members.size() == 1 && listed.members.first().size == MemberSize,
        QStringLiteral("its member has its full size"));
    check(listed.findings.isEmpty(), QStringLiteral("no findings"));

    if (haveZstd) {
        const ArchiveReport zst = ArchiveInspector::inspectEntry(reader, 1, ArchiveInspector::Options {});
        check(zst.status == ArchiveReport::Status::Ok, QStringLiteral("tar.zst entry listed: ") + zst.summary());
        check(zst.members.size() == 1 && zst.members.first().size == MemberSize,
            QStringLiteral("its member has its full size"));
        check(zst.uncompressedSize > MemberSize,
            QStringLiteral("all of it was decompressed: %1 bytes").arg(zst.uncompressedSize));
    }

    IntegrityTester::Options options;
    options.threads = 2;
    const QList<ArchiveReport> tested = IntegrityTester::testAll(IntegrityTester::targetsOfImage(reader), options);
    for (const ArchiveReport &r : tested)
        check(r.status == ArchiveReport::Status::Ok && r.dataChecked,
            QStringLiteral("tested on two threads: ") + r.summary());

    struct rusage usage
    {
    };
    ::getrusage(RUSAGE_SELF, &usage);
    std::printf("maxrss_kib %ld\n", usage.ru_maxrss);
    check(usage.ru_maxrss < MaxResidentKiB,
        QStringLiteral("peak resident memory %1 KiB stays flat").arg(usage.ru_maxrss));
    return failures ? 1 : 0;
}

} // namespace

class TestArchiveMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void entryLargerThanTheMemoryLimit()
    {
#ifdef PAYLOAD_STUDIO_SANITIZED
        // AddressSanitizer reserves terabytes of address space for its shadow memory, so no
        // child can start under a 768 MiB RLIMIT_AS; the bound is proven on the normal build.
        QSKIP("an address-space limit cannot be combined with AddressSanitizer");
#endif
        QVERIFY(m_dir.isValid());
        const PayloadFormat::Layout layout = PayloadFormat::Layout::U32;

        // Entry 0: a plain tar whose member is 1.5 GiB of zeros; only its header is written,
        // the rest of the entry (data and end blocks) is a hole.
        const QByteArray header = tarHeaderFor(QStringLiteral("zeros.bin"), MemberSize);
        QCOMPARE(header.size(), 512);
        const QByteArray name0("huge-1.0.tar");
        const qint64 size0 = 512 + paddedTo512(MemberSize) + 1024;

        // Entry 1: a tar.zst of the same member, made with KArchive (zstd compresses zeros fast).
        QByteArray zst;
        if (std::unique_ptr<KFilterBase>(KCompressionDevice::filterForCompressionType(KCompressionDevice::Zstd))) {
            const QString file = m_dir.filePath(QStringLiteral("zeros.tar.zst"));
            {
                KCompressionDevice out(file, KCompressionDevice::Zstd);
                KTar tar(&out);
                QVERIFY(tar.open(QIODevice::WriteOnly));
                const QDateTime t = QDateTime::fromSecsSinceEpoch(1700000000);
                QVERIFY(tar.prepareWriting(QStringLiteral("zeros.bin"), QStringLiteral("root"), QStringLiteral("root"),
                    MemberSize, 0100644, t, t, t));
                const QByteArray zeros(4 * 1024 * 1024, '\0');
                for (qint64 done = 0; done < MemberSize; done += zeros.size())
                    QVERIFY(tar.writeData(zeros.constData(), zeros.size()));
                QVERIFY(tar.finishWriting(MemberSize));
                QCOMPARE(out.write(QByteArray(1024, '\0')), 1024);
                QVERIFY(tar.close());
            }
            zst = ArchiveTestKit::readFile(file);
            QVERIFY(zst.size() > 0 && zst.size() < 64 * 1024 * 1024);
        }
        const QByteArray name1("zeros-2.0.tar.zst");

        const QString image = m_dir.filePath(QStringLiteral("sparse.img"));
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const int count = zst.isEmpty() ? 1 : 2;
            QByteArray head(PayloadFormat::imageHeaderSize(layout), '\0');
            std::memcpy(head.data(), PayloadFormat::Magic, PayloadFormat::MagicSize);
            PayloadFormat::writeField(head.data() + PayloadFormat::MagicSize, layout, quint64(count));
            auto entryHeader = [&](const QByteArray &name, qint64 size) -> QByteArray {
                QByteArray h(PayloadFormat::entryHeaderSize(layout), '\0');
                PayloadFormat::writeField(h.data(), layout, quint64(name.size()));
                PayloadFormat::writeField(h.data() + PayloadFormat::fieldSize(layout), layout, quint64(size));
                return h + name;
            };
            QVERIFY(f.write(head + entryHeader(name0, size0) + header) > 0);
            const qint64 end0 = head.size() + entryHeader(name0, size0).size() + size0;
            QVERIFY(f.seek(end0));
            if (!zst.isEmpty())
                QVERIFY(f.write(entryHeader(name1, zst.size()) + zst) > 0);
            else
                QVERIFY(f.resize(end0));
        }
        QVERIFY(QFileInfo(image).size() > MemberSize);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), image);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(600000));
        const QByteArray output = child.readAll();
        qInfo().noquote() << output;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY(output.contains("maxrss_kib"));
        if (zst.isEmpty())
            QSKIP("this KArchive build has no zstd: only the plain tar entry was checked");
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestArchiveMemory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_archive_memory.moc"
