// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveUiFixture.h"

#include "PayloadReader.h"
#include "controllers/image/TarExportController.h"
#include "jobs/image/ExportTarJob.h"
#include "model/image/ImageEntryModel.h"
#include "window/MainActions.h"

#include <QAction>
#include <QMessageBox>
#include <QtEndian>

// File > Export as Tar: every compression the save dialog offers gives a tar whose members are
// the entries; a canceled or failed export leaves no file.
class TestTarExportUi : public QObject, private ArchiveUiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        setUp();
    }

    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void exportAsTar_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("indices");
        QTest::addColumn<QStringList>("members");
        const QStringList all {
            QStringLiteral("good.tar.gz"), QStringLiteral("page.tar.gz"), QStringLiteral("trunc.tar.gz")};
        QTest::newRow("tar") << "out.tar" << QList<int> {} << all;
        QTest::newRow("tar.gz") << "out.tar.gz" << QList<int> {} << all;
        QTest::newRow("tar.bz2") << "out.tar.bz2" << QList<int> {} << all;
        QTest::newRow("tar.xz") << "out.tar.xz" << QList<int> {} << all;
        QTest::newRow("tar.zst") << "out.tar.zst" << QList<int> {} << all;
        QTest::newRow("selected") << "sel.tar" << QList<int> {2, 0}
                                  << QStringList {QStringLiteral("good.tar.gz"), QStringLiteral("page.tar.gz")};
    }

    void exportAsTar()
    {
        QFETCH(QString, name);
        QFETCH(QList<int>, indices);
        QFETCH(QStringList, members);
        ImagePanel *panel = openImage(m_image);
        QVERIFY(m_window->actions()->exportTar->isEnabled());
        const QString out = path(name);
        QFile::remove(out);
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, indices));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QHash<QString, QByteArray> contents;
        QCOMPARE(tarMembers(out, &contents), members);
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        QCOMPARE(contents.value(QStringLiteral("good.tar.gz")), good.readAll());
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Exported"));
    }

    void exportFilters()
    {
        // The save dialog offers every compression the exporter knows, each a name it accepts.
        const QStringList filters = TarExportController::nameFilters();
        QCOMPARE(filters.size(), 5);
        for (const char *suffix : {".tar.gz", ".tar", ".tar.bz2", ".tar.xz", ".tar.zst"}) {
            QVERIFY(TarExporter::compressionForFileName(QStringLiteral("x") + QLatin1String(suffix)).has_value());
            bool offered = false;
            for (const QString &f : filters)
                offered = offered || f.contains(QLatin1Char('*') + QLatin1String(suffix) + QLatin1Char(')')) ||
                    f.contains(QLatin1Char('*') + QLatin1String(suffix) + QLatin1Char(' '));
            QVERIFY2(offered, suffix);
        }
        QVERIFY(filters.constFirst().contains(QStringLiteral("*.tar.gz")));
    }

    void canceledExportLeavesNoFile()
    {
        // 24 MiB of noise through xz takes seconds: long enough to cancel in the middle.
        const QString big = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("big.bin"), noise(24 << 20, 3));
        const QString image = buildImage(QStringLiteral("big.img"), {{big, "big.bin"}, {m_good, "good.tar.gz"}});
        QFile::remove(big);
        ImagePanel *panel = openImage(image);
        const QDir outDir(path(QStringLiteral("cancel-out")));
        QVERIFY(outDir.mkpath(QStringLiteral(".")));
        const QString out = outDir.filePath(QStringLiteral("big.tar.xz"));
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, {}));
        QTRY_VERIFY_WITH_TIMEOUT(panel->tarExport()->job()->bytesDone() > 0, 20000);
        QVERIFY(panel->tarExport()->isRunning());
        panel->tarExport()->cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(outDir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList {});
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Export Canceled"));
    }

    void repeatedNameExportsTheLastEntry()
    {
        // Built byte by byte: PayloadWriter refuses a name twice, but images in the wild have it.
        auto field = [](quint32 v) {
            QByteArray f(4, '\0');
            qToLittleEndian<quint32>(v, f.data());
            return f;
        };
        QByteArray bytes = QByteArray("LBPAYLD1") + field(3);
        for (const auto &[name, data] :
            QList<QPair<QByteArray, QByteArray>> {{"a.txt", "first"}, {"b.txt", "bee"}, {"a.txt", "second"}})
            bytes += field(quint32(name.size())) + field(quint32(data.size())) + name + data;
        ImagePanel *panel = openImage(UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("twice.img"), bytes));
        QCOMPARE(panel->model()->rowCount(), 3);
        int shadowed = -1;
        QCOMPARE(TarExportController::lastOfEachName(*panel->reader(), {}, &shadowed), (QList<int> {1, 2}));
        QCOMPARE(shadowed, 1);

        const QString out = path(QStringLiteral("twice.tar"));
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QHash<QString, QByteArray> contents;
        QCOMPARE(tarMembers(out, &contents), (QStringList {QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
        QCOMPARE(contents.value(QStringLiteral("a.txt")), QByteArray("second"));
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QVERIFY2(message->informativeText().contains(QStringLiteral("1 entry left out")),
            qPrintable(message->informativeText()));
    }

    void failedExportLeavesNoFile()
    {
        // The output's folder does not exist: the temporary file cannot be made, nothing appears.
        ImagePanel *panel = openImage(m_image);
        const QString out = path(QStringLiteral("no-such-folder/out.tar"));
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Export Failed"));
        QVERIFY2(!message->text().isEmpty(), "the failure says why");
        UiTest::closeDialogs();

        // A name that chooses no compression is refused up front.
        QVERIFY(!panel->tarExport()->exportTo(panel->reader(), path(QStringLiteral("x.zip")), {}));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.zip"))));
    }
};

QTEST_MAIN(TestTarExportUi)
#include "tst_ui_tarexport.moc"
