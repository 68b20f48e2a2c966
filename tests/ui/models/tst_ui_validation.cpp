// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The authoring list's validation kept between edits (EntryValidation inside EntryTableModel):
// it must always say what EntryValidator::validate() says of the whole list, and a batch of
// background results (hashes, integrity verdicts) must cost in proportion to the batch, not to
// the list: issue 10, where every batch of hash results revalidated 20,000 entries once per
// result and froze the window for 50 seconds.
#include "UiTestSupport.h"

#include "controllers/authoring/ContentChecker.h"

#include "commands/AddEntriesCommand.h"
#include "model/authoring/EntryTableModel.h"
#include "model/authoring/EntryValidator.h"
#include "panels/AuthoringPanel.h"
#include "window/MainWindow.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using Layout = PayloadFormat::Layout;
using namespace Qt::StringLiterals;

class TestValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file; // one small readable file, the source of many entries

    AuthoringEntry entryFor(const QByteArray &name, AuthoringEntry::SourceState state = AuthoringEntry::SourceState::Ok)
    {
        AuthoringEntry e;
        e.id = AuthoringEntry::nextId();
        e.name = name;
        e.sourcePath = m_file;
        e.size = 4;
        e.sourceState = state;
        return e;
    }

    static QString describe(const EntryProblems &problems)
    {
        QStringList out;
        for (const EntryProblem &p : problems)
            out << u"%1/%2/%3"_s.arg(int(p.kind)).arg(int(p.severity)).arg(p.message);
        return out.join(u" | "_s);
    }

    // The model against validate() of its whole list, row by row, and its counts against a
    // count of its own.
    static bool matchesFullValidation(const EntryTableModel &model)
    {
        const QList<EntryProblems> expected = EntryValidator::validate(model.entries(), model.layout());
        int errors = 0, warnings = 0, hashing = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString want = describe(expected.at(row)), got = describe(model.problems(row));
            if (want != got) {
                qWarning("row %d: expected %s, got %s", row, qPrintable(want), qPrintable(got));
                return false;
            }
            errors += hasBlockingProblem(expected.at(row)) ? 1 : 0;
            warnings += !hasBlockingProblem(expected.at(row)) && !expected.at(row).isEmpty() ? 1 : 0;
            const AuthoringEntry &e = model.entry(row);
            hashing +=
                e.hashState == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
        }
        int failures = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            failures += model.integrityResult(row) && !model.integrityResult(row)->passed() ? 1 : 0;
        const EntryTableModel::Summary s = model.summary();
        if (s.errorRows != errors || s.warningRows != warnings || s.hashing != hashing ||
            model.integrityFailures() != failures) {
            qWarning("counts: errors %d/%d warnings %d/%d hashing %d/%d failures %d/%d", s.errorRows, errors,
                s.warningRows, warnings, s.hashing, hashing, model.integrityFailures(), failures);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
        m_file = UiTest::writeFile(QDir(m_dir.path()), u"data.bin"_s, "data");
    }

    void cleanup() { UiTest::closeDialogs(); }

    // Random edits and results on a list with many duplicate names: after each one, the rows'
    // problems and the counts are exactly those of a validation of the whole list.
    void incrementalMatchesFullValidation_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void incrementalMatchesFullValidation()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QUndoStack stack;
        EntryTableModel model(&stack);
        const auto name = [&] {
            // Few names, so duplicates (and their groups of three or more) come often; now and
            // then one the importer refuses.
            const int n = int(random.bounded(12));
            return n == 11 ? QByteArray("bad/name") : "file-" + QByteArray::number(n);
        };
        const auto digest = [&] {
            return QByteArray(64, "ab"[random.bounded(2)]);
        };
        for (int step = 0; step < 300; ++step) {
            const int rows = model.rowCount();
            switch (rows < 4 ? 0 : random.bounded(8)) {
            case 0: { // insert a few entries anywhere
                QList<AuthoringEntry> added;
                for (int k = int(random.bounded(1, 5)); k > 0; --k)
                    added << entryFor(name(),
                        random.bounded(6) == 0 ? AuthoringEntry::SourceState::Missing
                                               : AuthoringEntry::SourceState::Ok);
                model.insertEntries(int(random.bounded(rows + 1)), added);
                break;
            }
            case 1: // remove one or two rows
                model.takeEntries({int(random.bounded(rows)), int(random.bounded(rows))});
                break;
            case 2:
                model.renameEntry(int(random.bounded(rows)), name());
                break;
            case 3: { // a batch of hashes, some failed, some rows hashed again
                QList<EntryTableModel::HashResult> batch;
                for (int k = int(random.bounded(1, 8)); k > 0; --k) {
                    const quint64 id = model.entry(int(random.bounded(rows))).id;
                    batch << (random.bounded(5) == 0 ? EntryTableModel::HashResult {id, {}, u"unreadable"_s}
                                                     : EntryTableModel::HashResult {id, digest(), {}});
                }
                batch << EntryTableModel::HashResult {AuthoringEntry::nextId(), digest(), {}}; // no longer listed
                model.setHashes(batch);
                break;
            }
            case 4: { // an integrity verdict
                ArchiveReport report;
                report.status = random.bounded(2) ? ArchiveReport::Status::Ok : ArchiveReport::Status::Truncated;
                model.setIntegrityResult(model.entry(int(random.bounded(rows))).id, report);
                break;
            }
            case 5: { // a source looked at again
                AuthoringEntry probed = model.entry(int(random.bounded(rows)));
                probed.sourceState =
                    random.bounded(2) ? AuthoringEntry::SourceState::Ok : AuthoringEntry::SourceState::Unreadable;
                probed.size = random.bounded(3) == 0 ? (qint64(5) << 30) : 4;
                model.updateSources({probed});
                break;
            }
            case 6: { // a new order
                QList<quint64> ids = model.order();
                std::shuffle(ids.begin(), ids.end(), random);
                model.reorder(ids);
                break;
            }
            case 7:
                model.setLayout(model.layout() == Layout::U32 ? Layout::U64 : Layout::U32);
                break;
            }
            QVERIFY2(matchesFullValidation(model), qPrintable(u"after step %1"_s.arg(step)));
        }
    }

    // An append that goes in batches (one per turn of the event loop, each validated at its own
    // cost) gives, after every batch, what a validation of the whole list gives, and in the end
    // the very list and problems of one insert of everything.
    void batchedAppendMatchesOneInsert_data()
    {
        QTest::addColumn<QList<QByteArray>>("listed");
        QTest::addColumn<QList<QByteArray>>("added");
        QTest::addColumn<int>("rowsPerEvent");
        const auto names = [](const char *spaced) {
            QList<QByteArray> out;
            for (const QByteArray &n : QByteArray(spaced).split(' '))
                out << n;
            return out;
        };
        QTest::addRow("empty list, distinct names") << QList<QByteArray> {} << names("a b c d e f g h i j") << 3;
        QTest::addRow("duplicates within the add, across batches")
            << QList<QByteArray> {} << names("a b a c b d a e") << 2;
        QTest::addRow("duplicates of rows listed before") << names("a b") << names("c a d b a e") << 2;
        QTest::addRow("a group grows in every batch") << names("x") << names("x y x z x w x") << 2;
        QTest::addRow("one row a batch") << names("a bad/name a") << names("b a bad/name c") << 1;
        QTest::addRow("last batch short") << names("p") << names("q r s t u v w") << 4;
    }

    void batchedAppendMatchesOneInsert()
    {
        QFETCH(QList<QByteArray>, listed);
        QFETCH(QList<QByteArray>, added);
        QFETCH(int, rowsPerEvent);
        QList<AuthoringEntry> before, incoming;
        for (const QByteArray &n : std::as_const(listed))
            before << entryFor(n);
        for (int i = 0; i < added.size(); ++i) // now and then a source that is gone
            incoming << entryFor(
                added.at(i), i % 3 == 2 ? AuthoringEntry::SourceState::Missing : AuthoringEntry::SourceState::Ok);
        QUndoStack stack;
        EntryTableModel once(&stack), batched(&stack);
        once.insertEntries(0, before);
        once.insertEntries(once.rowCount(), incoming);
        batched.insertEntries(0, before);
        batched.setRowsPerEvent(rowsPerEvent);
        QVERIFY(matchesFullValidation(batched)); // validated before the append, as the window does
        // After each batch the window reads the summary: the next batch finds the list validated.
        bool eachBatchValid = true;
        connect(&batched, &EntryTableModel::contentsChanged, &batched,
            [&] { eachBatchValid = eachBatchValid && matchesFullValidation(batched); });
        QSignalSpy inserted(&batched, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&batched, &EntryTableModel::insertingFinished);
        batched.insertEntries(batched.rowCount(), incoming, true);
        QCOMPARE(batched.rowCount(), int(before.size()) + std::min(rowsPerEvent, int(incoming.size())));
        QCOMPARE(batched.isInserting(), incoming.size() > rowsPerEvent);
        QTRY_VERIFY(!batched.isInserting());
        QVERIFY(eachBatchValid);
        // One beginInsertRows() a batch, none larger than the batch size.
        QCOMPARE(inserted.size(), int((incoming.size() + rowsPerEvent - 1) / rowsPerEvent));
        for (const QList<QVariant> &signal : std::as_const(inserted))
            QVERIFY(signal.at(2).toInt() - signal.at(1).toInt() + 1 <= rowsPerEvent);
        QCOMPARE(finished.size(), incoming.size() > rowsPerEvent ? 1 : 0);
        QCOMPARE(batched.order(), once.order());
        for (int row = 0; row < once.rowCount(); ++row)
            QCOMPARE(describe(batched.problems(row)), describe(once.problems(row)));
        const EntryTableModel::Summary a = batched.summary(), b = once.summary();
        QCOMPARE(a.errorRows, b.errorRows);
        QCOMPARE(a.warningRows, b.warningRows);
        QCOMPARE(a.payloadBytes, b.payloadBytes);
        QCOMPARE(a.imageSize, b.imageSize);
        QCOMPARE(a.hashing, b.hashing);
    }

    // 20,000 entries hashed by the real SourceHasher in the main window: handling the batches of
    // results judges no row beyond those sharing a name with a hashed entry. The old code judged
    // the whole list once per result (about 400 million rows here).
    void hashBatchesCostTheBatch_data()
    {
        QTest::addColumn<int>("duplicatePairs");
        QTest::addColumn<int>("missingSources");
        QTest::addRow("all fine") << 0 << 0;
        QTest::addRow("duplicates") << 100 << 0;
        QTest::addRow("errors shown") << 0 << 1000;
    }

    void hashBatchesCostTheBatch()
    {
        QFETCH(int, duplicatePairs);
        QFETCH(int, missingSources);
        constexpr int Rows = 20000;
        MainWindow window;
        window.show();
        AuthoringPanel *panel = window.authoringPanel();
        EntryTableModel *model = panel->model();
        // Content checks cost their own row each (tst_ui_contentcheck bounds them): only the
        // hashes are counted here.
        panel->contentChecker()->setEnabled(false);
        QList<AuthoringEntry> entries;
        for (int i = 0; i < Rows; ++i) {
            // The first duplicatePairs * 2 rows come in pairs of one name.
            const int n = i < duplicatePairs * 2 ? i / 2 : i;
            entries << entryFor("file-" + QByteArray::number(n) + ".tar.gz",
                i >= Rows - missingSources ? AuthoringEntry::SourceState::Missing : AuthoringEntry::SourceState::Ok);
        }
        panel->undoStack()->push(new AddEntriesCommand(model, -1, entries));
        // The edit itself validates the list once; the hashing starts after it.
        QCOMPARE(model->summary().hashing, Rows - missingSources);
        QCoreApplication::processEvents();
        QCOMPARE(model->summary().errorRows, duplicatePairs * 2 + missingSources);

        QSignalSpy batches(model, &EntryTableModel::contentsChanged);
        const quint64 before = EntryValidator::judgedRows();
        const quint64 bound = quint64(duplicatePairs) * 2 * 2; // each duplicate's group, once per row hashed
        // Ends early when the bound is broken, so that a regression fails in seconds.
        QTRY_VERIFY_WITH_TIMEOUT(
            model->summary().hashing == 0 || EntryValidator::judgedRows() - before > bound, 120000);
        const quint64 judged = EntryValidator::judgedRows() - before;
        QVERIFY2(judged <= bound,
            qPrintable(u"%1 rows judged for %2 batches of hash results, at most %3 expected"_s.arg(judged)
                           .arg(batches.size())
                           .arg(bound)));
        // The results came in batches, each signalled once.
        QVERIFY2(batches.size() < Rows / 10, qPrintable(u"%1 signals for %2 results"_s.arg(batches.size()).arg(Rows)));
        QVERIFY(matchesFullValidation(*model));
        if (duplicatePairs > 0) // same content: the hint is there, as the full validation says
            QVERIFY(model->problems(0).constLast().message.contains(u"same content"_s));
    }
};

QTEST_MAIN(TestValidation)
#include "tst_ui_validation.moc"
