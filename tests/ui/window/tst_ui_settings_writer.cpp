// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// SettingsWriter writes the settings on a worker: the writes keep their order (the last value
// of a key wins), an invalid value removes the key, and what reads the settings back after a
// write (the last folder, a new window's recent files) sees it.
#include "UiTestSupport.h"

#include "window/AppSettings.h"
#include "window/RecentFiles.h"
#include "window/SettingsWriter.h"

#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestSettingsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void lastWriteWins_data()
    {
        QTest::addColumn<QVariantList>("writes");
        QTest::addColumn<QVariant>("expected");
        QVariantList numbers;
        for (int i = 0; i < 40; ++i)
            numbers << i;
        QTest::addRow("one value") << QVariantList {u"a"_s} << QVariant(u"a"_s);
        QTest::addRow("many values in a row") << numbers << QVariant(39);
        QTest::addRow("removed at the end") << (numbers + QVariantList {QVariant()}) << QVariant();
        QTest::addRow("set again after a removal") << QVariantList {u"a"_s, QVariant(), QStringList {u"b"_s, u"c"_s}}
                                                   << QVariant(QStringList {u"b"_s, u"c"_s});
    }

    void lastWriteWins()
    {
        QFETCH(QVariantList, writes);
        QFETCH(QVariant, expected);
        const QString key = u"test/"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        for (const QVariant &value : std::as_const(writes))
            SettingsWriter::setValue(key, value);
        // As text: the settings file gives numbers back as strings.
        const auto text = [](const QVariant &v) {
            return v.userType() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
        };
        // Read back at once, the writes perhaps still waiting: the last one, without waiting.
        const QVariant seen = SettingsWriter::value(key);
        QCOMPARE(seen.isValid(), expected.isValid());
        QCOMPARE(text(seen), text(expected));
        SettingsWriter::waitForWrites();
        const QVariant stored = QSettings().value(key);
        QCOMPARE(stored.isValid(), expected.isValid());
        QCOMPARE(text(stored), text(expected));
        QSettings().remove(key);
    }

    void lastFolderFollowsRememberFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = UiTest::writeFile(QDir(dir.path()), u"init.img"_s, "x");
        AppSettings::rememberFolder(AppSettings::Folder::Image, file);
        // Read at once, as a file dialog opened right after would.
        QCOMPARE(AppSettings::lastFolder(AppSettings::Folder::Image), QFileInfo(file).absolutePath());
    }

    void recentFilesKeepTheirOrder()
    {
        QMenu menu;
        {
            RecentFiles recent(&menu);
            recent.clear();
            QVERIFY(!menu.isEnabled());
            for (const QString &path : {u"/a.img"_s, u"/b.img"_s, u"/c.img"_s, u"/a.img"_s})
                recent.add(path);
            QCOMPARE(recent.paths(), (QStringList {u"/a.img"_s, u"/c.img"_s, u"/b.img"_s}));
            QVERIFY(menu.isEnabled());
        }
        // A new window reads what the last one wrote, even with the writes still under way.
        QMenu again;
        RecentFiles recent(&again);
        QCOMPARE(recent.paths(), (QStringList {u"/a.img"_s, u"/c.img"_s, u"/b.img"_s}));
        QCOMPARE(again.actions().size(), 3 + 2); // the files, a separator and Clear List
        recent.clear();
        SettingsWriter::waitForWrites();
        QVERIFY(!QSettings().contains(u"recent/files"_s));
    }
};

QTEST_MAIN(TestSettingsWriter)
#include "tst_ui_settings_writer.moc"
