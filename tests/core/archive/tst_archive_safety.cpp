// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Members that would be dangerous to unpack (absolute paths, "..", links leaving the tree,
// paths through a symbolic link, device nodes), as the inspector finds them in tars written by
// hand, by KTar and by KZip, and the cap on findings of one kind.
#include "ArchiveInspector.h"
#include "ArchiveTestKit.h"
#include "MemberSafety.h"

#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveTestKit;
using Code = ArchiveFinding::Code;

Q_DECLARE_METATYPE(ArchiveFinding::Code)

namespace {

const ArchiveMember *member(const ArchiveReport &r, const QString &path)
{
    for (const ArchiveMember &m : r.members)
        if (m.path() == path)
            return &m;
    return nullptr;
}

QSet<Code> codes(const ArchiveReport &r)
{
    QSet<Code> out;
    for (const ArchiveFinding &f : r.findings)
        out.insert(f.code);
    return out;
}

ArchiveInspector::Options listing()
{
    return ArchiveInspector::Options {};
}

} // namespace

class TestArchiveSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Members that would be dangerous to unpack, each in a tar of its own.
    void dangerousMembers_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QList<Code>>("expected");
        QTest::addColumn<bool>("passes");

        const QByteArray data = padded("hello\n");
        auto file = [&](const QByteArray &name) -> QByteArray {
            return tarHeader(name, '0', 6) + data;
        };
        QTest::newRow("clean") << file("pkg/a.c") + tarHeader("pkg/link", '2', 0, "a.c") + tarEnd() << QList<Code> {}
                               << true;
        QTest::newRow("absolute path") << file("/etc/profile.d/evil.sh") + tarEnd() << QList<Code> {Code::AbsolutePath}
                                       << false;
        QTest::newRow("dot-dot component")
            << file("pkg/../../evil") + tarEnd() << QList<Code> {Code::ParentComponent} << false;
        QTest::newRow("dot-dot first") << file("../evil") + tarEnd() << QList<Code> {Code::ParentComponent} << false;
        QTest::newRow("symlink inside") << tarHeader("pkg/a/b/link", '2', 0, "../../c") + tarEnd() << QList<Code> {}
                                        << true;
        QTest::newRow("symlink climbing out")
            << tarHeader("pkg/link", '2', 0, "../../etc") + tarEnd() << QList<Code> {Code::LinkOutsideTree} << true;
        QTest::newRow("symlink absolute")
            << tarHeader("pkg/link", '2', 0, "/etc/passwd") + tarEnd() << QList<Code> {Code::LinkOutsideTree} << true;
        QTest::newRow("hard link outside") << tarHeader("pkg/hl", '1', 0, "/etc/shadow") + tarEnd()
                                           << QList<Code> {Code::HardLinkOutsideTree} << false;
        QTest::newRow("hard link inside")
            << file("pkg/a") + tarHeader("pkg/hl", '1', 0, "pkg/a") + tarEnd() << QList<Code> {} << true;
        QTest::newRow("through symlink") << tarHeader("pkg/etc", '2', 0, "/etc") + file("pkg/etc/cron.d/evil") +
                tarEnd() << QList<Code> {Code::LinkOutsideTree, Code::ThroughSymlink}
                                         << false;
        QTest::newRow("symlink replaced by a file")
            << tarHeader("pkg/x", '2', 0, "y") + file("pkg/x") + file("pkg/x2") + tarEnd() << QList<Code> {} << true;
        QTest::newRow("device node") << tarHeader("pkg/sda", '4', 0) + tarEnd() << QList<Code> {Code::SpecialFile}
                                     << true;
    }

    void dangerousMembers()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QList<Code>, expected);
        QFETCH(bool, passes);
        const QString file = path(QStringLiteral("danger.tar"));
        QVERIFY(writeFile(file, tar));
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QCOMPARE(r.status, ArchiveReport::Status::Ok);
        QCOMPARE(codes(r), QSet<Code>(expected.begin(), expected.end()));
        QCOMPARE(r.passed(), passes);
        for (const ArchiveFinding &f : r.findings) {
            QVERIFY(!f.member.isEmpty());
            QVERIFY(f.offset >= 0);
            QVERIFY(!f.message.isEmpty());
        }
    }

    // KTar keeps dangerous paths when writing; the listing must show them as stored.
    void dangerousMembersWrittenByKArchive()
    {
        QBuffer buffer;
        KTar tar(&buffer);
        QVERIFY(tar.open(QIODevice::WriteOnly));
        QVERIFY(tar.writeFile(QStringLiteral("/abs/file.txt"), QByteArray("x")));
        QVERIFY(tar.writeFile(QStringLiteral("../up.txt"), QByteArray("y")));
        QVERIFY(tar.writeSymLink(QStringLiteral("pkg/out"), QStringLiteral("../../../root")));
        QVERIFY(tar.close());
        const QString file = path(QStringLiteral("ktar-danger.tar"));
        QVERIFY(writeFile(file, buffer.data() + tarEnd()));
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QCOMPARE(r.status, ArchiveReport::Status::Ok);
        QCOMPARE(codes(r), (QSet<Code> {Code::AbsolutePath, Code::ParentComponent, Code::LinkOutsideTree}));
        QVERIFY(member(r, QStringLiteral("/abs/file.txt")));
        QVERIFY(member(r, QStringLiteral("../up.txt")));
    }

    void dangerousZipMembers()
    {
        const QString file = path(QStringLiteral("danger.zip"));
        {
            KZip zip(file);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(QStringLiteral("ok/file.txt"), QByteArray("fine")));
            QVERIFY(zip.writeFile(QStringLiteral("../up.txt"), QByteArray("escape")));
            QVERIFY(zip.close());
        }
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QCOMPARE(r.status, ArchiveReport::Status::Ok);
        QVERIFY2(codes(r).contains(Code::ParentComponent), qPrintable(r.summary()));
        QVERIFY(!r.passed());
    }

    void findingsAreCapped()
    {
        QByteArray tar;
        for (int i = 0; i < MemberSafety::MaxFindingsPerCode + 30; ++i)
            tar += tarHeader("/abs/" + QByteArray::number(i), '0', 0);
        tar += tarEnd();
        const QString file = path(QStringLiteral("many.tar"));
        QVERIFY(writeFile(file, tar));
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QCOMPARE(r.findings.size(), MemberSafety::MaxFindingsPerCode + 1);
        QVERIFY(r.findings.last().message.contains(QLatin1String("30")));
        QCOMPARE(r.findings.last().severity, ArchiveFinding::Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSafety)
#include "tst_archive_safety.moc"
