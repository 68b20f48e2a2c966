// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveUiFixture.h"

#include "PayloadReader.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/image/TarExportController.h"
#include "model/image/ImageEntryModel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainActions.h"

#include <QAction>
#include <QCryptographicHash>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

// Entries leaving an image: dragged out onto a file manager, and the entries of a damaged
// image (read before the damage) tested, hashed, extracted and exported as tar.
class TestExtraction : public QObject
{
    Q_OBJECT

private:
    ArchiveUiFixture f;
    QString m_damaged;

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString outcomeNote()
    {
        auto *box = UiTest::waitForVisible<QMessageBox>(u"outcomeMessage"_s);
        return box ? box->text() + u'\n' + box->informativeText() : u"<no message>"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        f.setUp();
        // The image cut inside its last entry's data: the first two entries are whole.
        const QByteArray image = bytesOf(f.m_image);
        m_damaged = UiTest::writeFile(QDir(f.m_dir.path()), u"damaged.img"_s, image.left(image.size() - 20));
    }
    void init() { f.startWindow(); }
    void cleanup() { f.stopWindow(); }

    // The drag's data for a selection names files that exist once it is made and hold the
    // entries' bytes, in the order of the selection.
    void dragOutCarriesTheEntries()
    {
        ImagePanel *panel = f.openImage(f.m_image);
        QVERIFY(panel->isReady());
        ImageTableView *view = panel->view();
        QItemSelection selection;
        for (int row : {0, 2})
            selection.select(view->model()->index(row, 0), view->model()->index(row, 0));
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<int> indices = view->selectedEntryIndices();
        QCOMPARE(indices, (QList<int> {0, 2}));

        std::unique_ptr<QMimeData> mime = panel->dragData(indices);
        QVERIFY(mime);
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(QFileInfo(urls.at(0).toLocalFile()).fileName(), u"good.tar.gz"_s);
        QCOMPARE(QFileInfo(urls.at(1).toLocalFile()).fileName(), u"page.tar.gz"_s);
        QCOMPARE(bytesOf(urls.at(0).toLocalFile()), bytesOf(f.m_good));
        QCOMPARE(bytesOf(urls.at(1).toLocalFile()), bytesOf(f.m_page));
        // A second drag gets a folder of its own: the first drop's files stay for the file manager.
        std::unique_ptr<QMimeData> again = panel->dragData({1});
        QVERIFY(again);
        QVERIFY(QFile::exists(urls.at(0).toLocalFile()));
        QCOMPARE(bytesOf(again->urls().constFirst().toLocalFile()), bytesOf(f.m_trunc));
    }

    void damagedImageStaysUsable()
    {
        ImagePanel *panel = f.openImage(m_damaged);
        QVERIFY(!panel->isReady());
        QVERIFY(panel->isPartial());
        QCOMPARE(panel->model()->rowCount(), 2);
        QVERIFY2(panel->notice()->text().contains(u"could not be read"_s), qPrintable(panel->notice()->text()));
        QVERIFY(panel->notice()->text().contains(u"exported as tar"_s));
        MainActions *a = f.m_window->actions();
        QTRY_VERIFY(a->extractAll->isEnabled());
        QVERIFY(a->hashAll->isEnabled());
        QVERIFY(a->testAll->isEnabled());
        QVERIFY(a->exportTar->isEnabled());
        QVERIFY(!a->verify->isEnabled()); // a manifest is about the whole image

        // Tested.
        QSignalSpy tested(panel->integrity(), &IntegrityController::finished);
        a->testAll->trigger();
        QVERIFY(tested.wait(20000));
        QCOMPARE(panel->model()->index(0, 0).data(ImageEntryModel::IntegrityRole).toString(), u"ok"_s);
        QCOMPARE(panel->model()->index(1, 0).data(ImageEntryModel::IntegrityRole).toString(), u"truncated"_s);
        UiTest::closeDialogs();

        // Hashed.
        a->hashAll->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->digest(1).isEmpty(), 10000);
        QCOMPARE(
            panel->model()->digest(0), QCryptographicHash::hash(bytesOf(f.m_good), QCryptographicHash::Sha256).toHex());
        UiTest::closeDialogs();

        // Extracted, with the note.
        const QString out = f.path(u"extracted"_s);
        QDir().mkpath(out);
        panel->extractTo({}, out);
        QVERIFY2(outcomeNote().contains(u"the rest of the image could not be read"_s), qPrintable(outcomeNote()));
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList {u"good.tar.gz"_s, u"trunc.tar.gz"_s}));
        QCOMPARE(bytesOf(QDir(out).filePath(u"trunc.tar.gz"_s)), bytesOf(f.m_trunc));
        UiTest::closeDialogs();

        // Exported as tar, with the note.
        const QString tar = f.path(u"partial.tar"_s);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), tar, {}));
        QVERIFY2(outcomeNote().contains(u"the rest of the image could not be read"_s), qPrintable(outcomeNote()));
        QHash<QString, QByteArray> contents;
        QCOMPARE(ArchiveUiFixture::tarMembers(tar, &contents), (QStringList {u"good.tar.gz"_s, u"trunc.tar.gz"_s}));
        QCOMPARE(contents.value(u"good.tar.gz"_s), bytesOf(f.m_good));
    }
};

QTEST_MAIN(TestExtraction)
#include "tst_ui_extraction.moc"
