// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "PayloadReader.h"
#include "PayloadWriter.h"
#include "Sha256.h"
#include "controllers/authoring/EntryImporter.h"
#include "model/authoring/EntryTableModel.h"
#include "model/image/ImageEntryModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/summaries/ImageSummaryWidget.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// Opening images in the window: good ones fill the table, damaged ones show why, and the
// inspect operations (extract, hash, edit as new) work on what was read.
class TestInspect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString buildImage(const QString &name, const QList<QPair<QByteArray, QByteArray>> &files,
        PayloadFormat::Layout layout = PayloadFormat::Layout::U32)
    {
        const QDir dir(m_dir.path());
        dir.mkpath(name + QStringLiteral(".src"));
        QList<BuildEntry> entries;
        for (const auto &[n, content] : files)
            entries << BuildEntry::fromFile(
                UiTest::writeFile(QDir(dir.filePath(name + QStringLiteral(".src"))), QString::fromUtf8(n), content), n);
        BuildOptions options;
        options.layout = layout;
        BuildPlan plan(entries, options);
        PayloadWriter writer;
        const QString path = dir.filePath(name);
        if (!writer.write(plan, path))
            qFatal("%s", qPrintable(writer.error()));
        return path;
    }

    ImagePanel *open(const QString &path)
    {
        ImagePanel *panel = m_window->openImage(path);
        QSignalSpy done(panel, &ImagePanel::openFinished);
        if (panel->isLoading())
            done.wait(20000);
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
    }

    void opensGoodImage()
    {
        const QString path =
            buildImage(QStringLiteral("good.img"), {{"b.tar.gz", "bee"}, {"a.txt", "a"}}, PayloadFormat::Layout::U64);
        ImagePanel *panel = open(path);
        QVERIFY(panel->isReady());
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->model()->index(0, ImageEntryModel::NameColumn).data().toString(), QStringLiteral("b.tar.gz"));
        QCOMPARE(panel->model()->index(0, ImageEntryModel::OffsetColumn).data(ImageEntryModel::SortRole).toLongLong(),
            8 + 8 + 16 + 8);
        QVERIFY(!panel->notice()->isVisible());
        QCOMPARE(panel->reader()->layout(), PayloadFormat::Layout::U64);
        QVERIFY(m_window->actions()->extractAll->isEnabled());

        // Hash on demand fills the column.
        QSignalSpy stateChanged(panel, &ImagePanel::stateChanged);
        panel->hashAll();
        QTRY_VERIFY(!panel->isBusy());
        QTRY_COMPARE(panel->model()->digest(0), Sha256::hexOf("bee"));

        // Extract everything into a new folder.
        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("extracted"));
        panel->extractTo({}, out);
        QTRY_VERIFY(!panel->isBusy());
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Extracted"));
        QFile extracted(QDir(out).filePath(QStringLiteral("b.tar.gz")));
        QVERIFY(extracted.open(QIODevice::ReadOnly));
        QCOMPARE(extracted.readAll(), QByteArray("bee"));

        // Opening the same image again shows its tab instead of a second one.
        QCOMPARE(m_window->openImage(path), panel);
        QCOMPARE(m_window->tabs()->count(), 2);
    }

    // # and Status as wide as what they hold, the SHA-256 as wide as its 64 digits.
    void columnsFitTheirContents()
    {
        const QString path = buildImage(u"columns.img"_s, {{"a.tar.gz", "aa"}, {"b.tar.gz", "bee"}});
        ImagePanel *panel = open(path);
        QVERIFY(panel->isReady());
        const QHeaderView *header = panel->view()->horizontalHeader();
        const QFontMetrics metrics = panel->view()->fontMetrics();
        QVERIFY(header->sectionSize(ImageEntryModel::Sha256Column) >=
            metrics.horizontalAdvance(QString(64, QLatin1Char('0'))));
        QVERIFY(!header->stretchLastSection());
        // Two entries: one digit and the title; not the room of a 200,000-entry table.
        QVERIFY2(header->sectionSize(ImageEntryModel::IndexColumn) < metrics.horizontalAdvance(u"0000000"_s) + 20,
            qPrintable(QString::number(header->sectionSize(ImageEntryModel::IndexColumn))));
        QVERIFY(header->sectionSize(ImageEntryModel::StatusColumn) < 130);
    }

    // "No findings" is not shown beside entries that failed their integrity test.
    void summaryAgreesWithTheIntegrityTest()
    {
        const QString path = buildImage(u"summary.img"_s, {{"a.tar.gz", "not gzip"}});
        ImagePanel *panel = open(path);
        QVERIFY(panel->isReady());
        QCOMPARE(panel->summary()->noFindingsText(), u"No findings."_s);
        panel->summary()->setIntegrityFailures(1);
        QVERIFY2(panel->summary()->noFindingsText().contains(u"integrity test"_s),
            qPrintable(panel->summary()->noFindingsText()));
        QCOMPARE(panel->summary()->findingCount(), 1);
        panel->summary()->setIntegrityFailures(0);
        QCOMPARE(panel->summary()->noFindingsText(), u"No findings."_s);
    }

    void editAsNewPayload()
    {
        const QString path = buildImage(QStringLiteral("edit.img"), {{"one.tar.gz", "1111"}, {"two.zip", "22"}});
        ImagePanel *panel = open(path);
        QVERIFY(panel->isReady());
        AuthoringPanel *list = m_window->authoringPanel();
        QSignalSpy done(list->importer(), &EntryImporter::finished);
        m_window->actions()->editAsNew->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_window->tabs()->currentWidget(), list);
        QCOMPARE(list->model()->rowCount(), 2);
        const AuthoringEntry &e = list->model()->entry(0);
        QVERIFY(!e.wholeFile);
        QCOMPARE(e.sourcePath, path);
        QCOMPARE(e.size, 4);
        QCOMPARE(list->model()->summary().errorRows, 0);
        // The background hasher reads the range from the image.
        QTRY_COMPARE(list->model()->entry(0).sha256, Sha256::hexOf("1111"));
    }

    void malformedImagesShowTheError()
    {
        const QDir dir(m_dir.path());
        // Not an image at all.
        const QString junk = UiTest::writeFile(dir, QStringLiteral("junk.img"), "this is not a payload image");
        ImagePanel *panel = open(junk);
        QVERIFY(!panel->isReady());
        QVERIFY(panel->notice()->isVisible());
        QCOMPARE(panel->notice()->messageType(), KMessageWidget::Error);
        QVERIFY(panel->notice()->text().contains(QStringLiteral("LBPAYLD1")));
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!m_window->actions()->extractAll->isEnabled());

        // A good image cut short in its third entry's data: neither layout reads it whole, and
        // the message names the entry where the u32 reading broke.
        const QString good = buildImage(QStringLiteral("cut.src.img"),
            {{"a.tar.gz", QByteArray(100, 'a')}, {"b.tar.gz", QByteArray(100, 'b')},
                {"c.tar.gz", QByteArray(100, 'c')}});
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString cut = UiTest::writeFile(dir, QStringLiteral("cut.img"), in.readAll().chopped(50));
        panel = open(cut);
        QVERIFY(!panel->isReady());
        QCOMPARE(panel->notice()->messageType(), KMessageWidget::Error);
        QVERIFY(panel->notice()->text().contains(QStringLiteral("c.tar.gz")));
        QVERIFY(panel->summary()->findChild<QListWidget *>()->count() >= 1);

        // An image the importer rejects (a name with a slash) opens, with the finding shown.
        const QString bad = UiTest::writeFile(dir, QStringLiteral("slash.img"),
            QByteArray("LBPAYLD1") + QByteArray("\x01\0\0\0", 4) + QByteArray("\x03\0\0\0", 4) +
                QByteArray("\x01\0\0\0", 4) + "a/b" + "x");
        panel = open(bad);
        QVERIFY(panel->isReady());
        QCOMPARE(panel->errorCount(), 1);
        QCOMPARE(panel->notice()->messageType(), KMessageWidget::Error);
        QCOMPARE(panel->model()->index(0, ImageEntryModel::StatusColumn).data().toString(), QStringLiteral("Rejected"));
        QVERIFY(m_window->isVisible());
    }

    void largeImageFillsProgressively()
    {
        // 20,000 entries: rows must arrive in more than one batch, and the window stays live.
        const QDir dir(m_dir.path());
        QByteArray bytes("LBPAYLD1");
        const int count = 20000;
        bytes.append(reinterpret_cast<const char *>(&count), 4);
        for (int i = 0; i < count; ++i) {
            const QByteArray name = "f" + QByteArray::number(i) + ".txt";
            const quint32 nameLength = quint32(name.size()), size = 1;
            bytes.append(reinterpret_cast<const char *>(&nameLength), 4);
            bytes.append(reinterpret_cast<const char *>(&size), 4);
            bytes += name + "x";
        }
        const QString path = UiTest::writeFile(dir, QStringLiteral("many.img"), bytes);
        ImagePanel *panel = m_window->openImage(path);
        QSignalSpy rows(panel->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy done(panel, &ImagePanel::openFinished);
        QVERIFY(done.wait(30000));
        QVERIFY(panel->isReady());
        QCOMPARE(panel->model()->rowCount(), count);
        QVERIFY(rows.count() >= 1);
    }
};

QTEST_MAIN(TestInspect)
#include "tst_ui_inspect.moc"
