// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

// Test data and helpers shared by the archive suites (inspector, integrity test, tar export):
// archives made here with KArchive (a good tar.gz, the same cut in half, an HTML page named
// .tar.gz, a tar whose members would escape the unpack folder) and an image holding the
// first three, plus the steps the suites repeat: open an image, fill the list, follow a row.

#include "UiTestSupport.h"

#include "PayloadWriter.h"
#include "controllers/authoring/EntryImporter.h"
#include "model/archive/ArchiveMemberModel.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "window/AppSettings.h"
#include "window/ArchiveInspectorDock.h"
#include "window/MainWindow.h"

#include <KTar>

#include <QAbstractItemView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

struct ArchiveUiFixture
{
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_good, m_trunc, m_page, m_evil, m_image;
    QByteArray m_readme = "Read me first.\n";
    QByteArray m_data;

    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    static QByteArray noise(qint64 size, quint32 seed)
    {
        QByteArray out(size, Qt::Uninitialized);
        QRandomGenerator gen(seed);
        gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
        return out;
    }

    // One ustar header block with a valid checksum: KTar will not write a "../" path.
    static QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {})
    {
        QByteArray h(512, '\0');
        auto put = [&h](int at, const QByteArray &v) {
            std::copy(v.cbegin(), v.cend(), h.begin() + at);
        };
        put(0, name);
        put(100, "0000644");
        put(108, "0000000");
        put(116, "0000000");
        put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
        put(136, QByteArray::number(1700000000, 8).rightJustified(11, '0'));
        h[156] = type;
        put(157, link);
        put(257,
            QByteArray("ustar\0"
                       "00",
                8));
        put(148, "        ");
        unsigned sum = 0;
        for (char c : std::as_const(h))
            sum += uchar(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        return h;
    }

    QString buildImage(const QString &name, const QList<QPair<QString, QByteArray>> &entries)
    {
        QList<BuildEntry> build;
        for (const auto &[source, entryName] : entries)
            build << BuildEntry::fromFile(source, entryName);
        BuildPlan plan(build, BuildOptions {});
        PayloadWriter writer;
        if (!writer.write(plan, path(name)))
            qFatal("%s", qPrintable(writer.error()));
        return path(name);
    }

    ImagePanel *openImage(const QString &image)
    {
        ImagePanel *panel = m_window->openImage(image);
        QSignalSpy done(panel, &ImagePanel::openFinished);
        if (panel->isLoading())
            done.wait(20000);
        return panel;
    }

    void addToList(const QStringList &files)
    {
        AuthoringPanel *list = m_window->authoringPanel();
        QSignalSpy done(list->importer(), &EntryImporter::finished);
        list->addPaths(files);
        QVERIFY(done.wait(10000));
        QCOMPARE(list->model()->rowCount(), files.size());
    }

    // Makes `row` of `view` current and waits for the inspector to show it.
    bool inspectRow(QAbstractItemView *view, int row)
    {
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QSignalSpy inspected(inspector, &ArchiveInspectorPanel::inspected);
        view->setCurrentIndex(view->model()->index(row, 2));
        m_window->inspectorDock()->refreshNow();
        return inspected.wait(10000);
    }

    // Names of the children of `parent` in the inspector's member tree.
    QStringList childNames(const QModelIndex &parent = {}) const
    {
        const ArchiveMemberModel *model = m_window->inspectorDock()->panel()->memberModel();
        QStringList names;
        for (int r = 0; r < model->rowCount(parent); ++r)
            names << model->index(r, ArchiveMemberModel::NameColumn, parent).data().toString();
        return names;
    }

    static QStringList tarMembers(const QString &tarPath, QHash<QString, QByteArray> *contents = nullptr)
    {
        KTar tar(tarPath);
        if (!tar.open(QIODevice::ReadOnly))
            return {QStringLiteral("<cannot open %1>").arg(tarPath)};
        QStringList names = tar.directory()->entries();
        names.sort();
        if (contents)
            for (const QString &n : std::as_const(names))
                if (const KArchiveFile *f = tar.directory()->file(n))
                    contents->insert(n, f->data());
        return names;
    }

    // Makes the test archives and the image; call once, from initTestCase().
    void setUp()
    {
        QVERIFY(m_dir.isValid());
        m_data = noise(64 * 1024, 7);
        m_good = path(QStringLiteral("good.tar.gz"));
        {
            KTar tar(m_good, QStringLiteral("application/x-gzip"));
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeDir(QStringLiteral("pkg")));
            QVERIFY(tar.writeFile(QStringLiteral("pkg/README"), m_readme));
            QVERIFY(tar.writeDir(QStringLiteral("pkg/src")));
            QVERIFY(tar.writeFile(QStringLiteral("pkg/src/data.bin"), m_data));
            QVERIFY(tar.writeSymLink(QStringLiteral("pkg/link"), QStringLiteral("README")));
            QVERIFY(tar.close());
        }
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray gz = good.readAll();
        m_trunc = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("trunc.tar.gz"), gz.left(gz.size() / 2));
        m_page = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("page.tar.gz"),
            "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
            "<body><h1>Not Found</h1></body></html>\n");
        m_evil = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("evil.tar"),
            tarHeader("ok.txt", '0', 3) + QByteArray("ok\n").leftJustified(512, '\0') +
                tarHeader("../escape.txt", '0', 0) + tarHeader("/etc/passwd", '0', 0) + QByteArray(1024, '\0'));
        m_image = buildImage(QStringLiteral("payload.img"),
            {{m_good, "good.tar.gz"}, {m_trunc, "trunc.tar.gz"}, {m_page, "page.tar.gz"}});
    }

    // A fresh, shown main window with the inspector visible; call from init().
    void startWindow()
    {
        AppSettings::setInspectorVisible(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->inspectorDock()->isVisible());
    }

    // Closes leftover messages and the window; call from cleanup().
    void stopWindow()
    {
        UiTest::closeDialogs();
        m_window.reset();
    }
};
