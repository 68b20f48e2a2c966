// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "commands/AddEntriesCommand.h"
#include "commands/MoveEntriesCommand.h"
#include "commands/RemoveEntriesCommand.h"
#include "commands/SortEntriesCommand.h"
#include "model/EntryKind.h"
#include "model/authoring/EntryListHandover.h"
#include "model/authoring/EntryTableModel.h"
#include "model/image/ImageEntryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QUndoStack>

#include <unistd.h>

using Kind = EntryProblem::Kind;
using Layout = PayloadFormat::Layout;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AuthoringEntry entry(const QString &file, const QByteArray &name = {})
    {
        const QString path = QDir(m_dir.path()).filePath(file);
        if (!QFile::exists(path))
            UiTest::writeFile(QDir(m_dir.path()), file, file.toUtf8().repeated(3));
        return AuthoringEntry::fromFile(path, name.isNull() ? file.toUtf8() : name);
    }

    static QList<Kind> kinds(const EntryTableModel &model, int row)
    {
        QList<Kind> out;
        for (const EntryProblem &p : model.problems(row))
            out << p.kind;
        return out;
    }

    static QStringList names(const EntryTableModel &model)
    {
        QStringList out;
        for (const AuthoringEntry &e : model.entries())
            out << e.displayName();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void entryTableModelPassesTester()
    {
        QUndoStack stack;
        EntryTableModel model(&stack);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(EntryTableModel::FilterRole);
        proxy.setFilterKeyColumn(EntryTableModel::NameColumn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        stack.push(new AddEntriesCommand(&model, -1,
            {entry(QStringLiteral("c.tar.gz")), entry(QStringLiteral("a.zip")), entry(QStringLiteral("b.txt"))}));
        stack.push(new AddEntriesCommand(&model, 1, {entry(QStringLiteral("d.tar.xz"))}));
        QCOMPARE(names(model),
            (QStringList {QStringLiteral("c.tar.gz"), QStringLiteral("d.tar.xz"), QStringLiteral("a.zip"),
                QStringLiteral("b.txt")}));
        proxy.setFilterFixedString(QStringLiteral("tar"));
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(model.setData(model.index(0, EntryTableModel::NameColumn), QStringLiteral("e.tar.bz2")));
        QCOMPARE(model.entry(0).name, QByteArray("e.tar.bz2"));
        stack.push(new SortEntriesCommand(&model));
        QCOMPARE(names(model),
            (QStringList {QStringLiteral("a.zip"), QStringLiteral("b.txt"), QStringLiteral("d.tar.xz"),
                QStringLiteral("e.tar.bz2")}));
        stack.push(new MoveEntriesCommand(&model, {0, 1}, 4));
        QCOMPARE(names(model),
            (QStringList {QStringLiteral("d.tar.xz"), QStringLiteral("e.tar.bz2"), QStringLiteral("a.zip"),
                QStringLiteral("b.txt")}));
        stack.push(new RemoveEntriesCommand(&model, {1, 3}));
        QCOMPARE(names(model), (QStringList {QStringLiteral("d.tar.xz"), QStringLiteral("a.zip")}));
        proxy.setFilterFixedString(QString());
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model.rowCount(), 0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(names(model), (QStringList {QStringLiteral("d.tar.xz"), QStringLiteral("a.zip")}));
        model.setLayout(Layout::U64);
        model.setHash(model.entry(0).id, QByteArray(64, 'a'), QString());
        QCOMPARE(model.index(0, EntryTableModel::Sha256Column).data().toString(), QString(64, QLatin1Char('a')));
    }

    void columnsShowEntryFacts()
    {
        QUndoStack stack;
        EntryTableModel model(&stack);
        stack.push(new AddEntriesCommand(&model, -1, {entry(QStringLiteral("gcc-13.2.0.tar.xz"))}));
        QCOMPARE(model.index(0, EntryTableModel::KindColumn).data().toString(), QStringLiteral("tar.xz"));
        QCOMPARE(model.index(0, EntryTableModel::Sha256Column).data().toString(), QStringLiteral("hashing…"));
        QCOMPARE(model.index(0, EntryTableModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        QVERIFY(!model.index(0, EntryTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(EntryKind::label(QStringLiteral("UnicodeData.txt")), QStringLiteral("plain"));
        QCOMPARE(EntryKind::withTag(QStringLiteral("gcc-13.tar.xz"), QStringLiteral("2")),
            QStringLiteral("gcc-13_2.tar.xz"));
        QCOMPARE(EntryKind::withTag(QStringLiteral("table.csv"), QStringLiteral("2")), QStringLiteral("table_2.csv"));
    }

    void validationStates()
    {
        QUndoStack stack;
        EntryTableModel model(&stack);
        const QString missingPath = QDir(m_dir.path()).filePath(QStringLiteral("gone.tar.gz"));
        UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("gone.tar.gz"), "x");
        AuthoringEntry missing = AuthoringEntry::fromFile(missingPath, "gone.tar.gz");
        QFile::remove(missingPath);
        missing.probeSource();
        QDir(m_dir.path()).mkdir(QStringLiteral("folder"));
        const AuthoringEntry folder =
            AuthoringEntry::fromFile(QDir(m_dir.path()).filePath(QStringLiteral("folder")), "folder");
        const AuthoringEntry big = AuthoringEntry::fromFile(
            UiTest::sparseFile(QDir(m_dir.path()), QStringLiteral("big.img.xz"), qint64(4) << 30), "big.img.xz");

        stack.push(new AddEntriesCommand(&model, -1,
            {entry(QStringLiteral("ok.txt")), entry(QStringLiteral("dup1"), "same.tar.gz"),
                entry(QStringLiteral("dup2"), "same.tar.gz"), entry(QStringLiteral("e"), ""),
                entry(QStringLiteral("s"), "a/b"), entry(QStringLiteral("bs"), "a\\b"),
                entry(QStringLiteral("long"), QByteArray(1025, 'n')), missing, folder, big}));
        QVERIFY(kinds(model, 0).isEmpty());
        QCOMPARE(kinds(model, 1), QList<Kind> {Kind::DuplicateName});
        QCOMPARE(kinds(model, 2), QList<Kind> {Kind::DuplicateName});
        QCOMPARE(kinds(model, 3), QList<Kind> {Kind::EmptyName});
        QCOMPARE(kinds(model, 4), QList<Kind> {Kind::SlashInName});
        QCOMPARE(kinds(model, 5), QList<Kind> {Kind::BackslashInName});
        QCOMPARE(kinds(model, 6), QList<Kind> {Kind::NameTooLong});
        QCOMPARE(kinds(model, 7), QList<Kind> {Kind::SourceMissing});
        QCOMPARE(kinds(model, 8), QList<Kind> {Kind::SourceNotRegular});
        QCOMPARE(kinds(model, 9), QList<Kind> {Kind::TooLargeForLayout});
        QCOMPARE(model.index(7, EntryTableModel::Sha256Column).data().toString(), QStringLiteral("—"));

        // Visible at a glance: the icon, the colour, the tooltip, the count.
        const QModelIndex status = model.index(1, EntryTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Duplicate name"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("entry 3")));
        QVERIFY(status.data(Qt::ForegroundRole).isValid());
        QCOMPARE(status.data(EntryTableModel::SeverityRole).toInt(), 2);
        EntryTableModel::Summary s = model.summary();
        QCOMPARE(s.errorRows, 9);
        QCOMPARE(s.entries, 10);

        // The build explains itself, per layout.
        const QStringList blockers = model.buildBlockers(Layout::U32);
        QVERIFY(std::any_of(blockers.cbegin(), blockers.cend(), [](const QString &b) {
            return b.startsWith(QStringLiteral("Duplicate name: 2 entries")) &&
                b.contains(QStringLiteral("same.tar.gz"));
        }));
        QVERIFY(model.buildBlockers(Layout::U32).join(QLatin1Char('\n')).contains(QStringLiteral("Too large")));
        QVERIFY(!model.buildBlockers(Layout::U64).join(QLatin1Char('\n')).contains(QStringLiteral("Too large")));
        model.setLayout(Layout::U64);
        QVERIFY(kinds(model, 9).isEmpty());

        // Fixing a name clears its problem and the duplicate's partner at once.
        QVERIFY(model.setData(model.index(2, EntryTableModel::NameColumn), QStringLiteral("other.tar.gz")));
        QVERIFY(kinds(model, 1).isEmpty());
        QVERIFY(kinds(model, 2).isEmpty());
        // A source that comes back is found again by a re-check.
        UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("gone.tar.gz"), "back");
        AuthoringEntry probed = model.entry(7);
        probed.probeSource();
        model.updateSources({probed});
        QVERIFY(kinds(model, 7).isEmpty());
        QCOMPARE(model.entry(7).size, 4);
        const EntryTableModel empty(&stack);
        QCOMPARE(empty.buildBlockers(Layout::U32), QStringList {QStringLiteral("The list is empty: add files first.")});
    }

    void unreadableSource()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file: an unreadable source cannot be made");
        const QString path = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("secret.bin"), "s");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        const AuthoringEntry e = AuthoringEntry::fromFile(path, "secret.bin");
        QCOMPARE(e.sourceState, AuthoringEntry::SourceState::Unreadable);
    }

    void imageEntryModelPassesTester()
    {
        ImageEntryModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ImageEntryModel::SortRole);
        proxy.setFilterRole(ImageEntryModel::FilterRole);
        proxy.setFilterKeyColumn(ImageEntryModel::NameColumn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ImageEntryModel::SizeColumn, Qt::DescendingOrder);

        QList<PayloadEntry> batch;
        qint64 offset = 12;
        for (int i = 0; i < 5; ++i) {
            const QByteArray name = "file" + QByteArray::number(i) + ".tar.gz";
            batch << PayloadEntry {i, name, offset, offset + 8 + name.size(), qint64(100 * (i + 1))};
            offset = batch.last().endOffset();
        }
        model.appendEntries(batch.mid(0, 2));
        model.appendEntries(batch.mid(2));
        model.appendEntries({PayloadEntry {5, "bad/name", offset, offset + 16, 1}});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(proxy.index(0, ImageEntryModel::NameColumn).data().toString(), QStringLiteral("file4.tar.gz"));
        QCOMPARE(model.index(5, ImageEntryModel::StatusColumn).data().toString(), QStringLiteral("Rejected"));
        proxy.setFilterFixedString(QStringLiteral("file1"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());

        ImporterFinding dup {
            ImporterFinding::Severity::Warning, ImporterFinding::Code::DuplicateName, 2, 0, QStringLiteral("dup")};
        model.setFindings({dup});
        QCOMPARE(model.index(2, ImageEntryModel::StatusColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(5, ImageEntryModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        QList<QByteArray> digests(6);
        digests[3] = QByteArray(64, 'f');
        model.setDigests(digests);
        QCOMPARE(model.index(3, ImageEntryModel::Sha256Column).data().toString(), QString(64, QLatin1Char('f')));
        QVERIFY(model.index(2, ImageEntryModel::Sha256Column).data().toString().isEmpty());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The list handed over by removing every row comes back with its validation only when it
    // is that very list, unchanged, for the same layout; and only once.
    void handoverGivesBackOnlyTheSameList_data()
    {
        QTest::addColumn<QString>("back");
        QTest::addColumn<bool>("validated");
        QTest::addColumn<bool>("restored");
        QTest::newRow("the same list") << QStringLiteral("same") << true << true;
        QTest::newRow("never validated") << QStringLiteral("same") << false << false;
        QTest::newRow("an equal copy made anew") << QStringLiteral("rebuilt") << true << false;
        QTest::newRow("the same list, edited") << QStringLiteral("edited") << true << false;
        QTest::newRow("another layout") << QStringLiteral("u64") << true << false;
    }

    void handoverGivesBackOnlyTheSameList()
    {
        QFETCH(QString, back);
        QFETCH(bool, validated);
        QFETCH(bool, restored);
        QList<AuthoringEntry> entries;
        for (int i = 0; i < 5; ++i)
            entries << AuthoringEntry::fromBuildEntry(
                BuildEntry::fromRange(QStringLiteral("/nonexistent"), 0, 10, "e" + QByteArray::number(i)), false);
        EntryValidation validation;
        if (validated)
            validation.rebuild(entries, PayloadFormat::Layout::U32, {});
        const QHash<quint64, int> index {{entries.at(0).id, 0}};
        EntryListHandover handover;
        handover.keep(entries, validation, PayloadFormat::Layout::U32, index, true);

        QList<AuthoringEntry> returned = entries;
        if (back == QLatin1String("rebuilt"))
            returned = QList<AuthoringEntry>(entries.cbegin(), entries.cend());
        if (back == QLatin1String("edited"))
            returned[2].name = "renamed";
        const PayloadFormat::Layout layout =
            back == QLatin1String("u64") ? PayloadFormat::Layout::U64 : PayloadFormat::Layout::U32;
        EntryValidation into;
        QHash<quint64, int> rowById;
        bool rowByIdValid = false;
        QCOMPARE(handover.takeBack(returned, layout, into, rowById, rowByIdValid), restored);
        QCOMPARE(into.isValid(), restored);
        QCOMPARE(rowByIdValid, restored);
        const QHash<quint64, int> none;
        QCOMPARE(rowById, restored ? index : none);
        if (restored) {
            QCOMPARE(into.all().size(), entries.size());
            // Given back once: a second Undo of the same list validates it again.
            QVERIFY(!handover.takeBack(returned, layout, into, rowById, rowByIdValid));
        }
    }
};

QTEST_MAIN(TestModels)
#include "tst_ui_models.moc"
