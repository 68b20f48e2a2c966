// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "TranslationLoader.h"

#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QTranslator>

// The German catalogue loads and the window speaks it; English counts right without one.
class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void germanStringsLoad()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("payload-studio_de"), QStringLiteral(PAYLOAD_STUDIO_QM_DIR)),
            "the German catalogue was not built");
        if (translator.isEmpty())
            QSKIP("translations/payload-studio_de.ts has no translations yet");
        QVERIFY(QApplication::installTranslator(&translator));
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(!menus.contains(QStringLiteral("&File")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(window.actions()->buildImage->text() != QStringLiteral("&Build Image…"));
        QApplication::removeTranslator(&translator);
    }

    // English needs no catalogue of its own: the plural forms are installed beneath any language.
    void englishInstallsNoSecondCatalogue()
    {
        QVERIFY(!TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("PayloadStatusWidget", "%n entry(s)", nullptr, 2), QStringLiteral("2 entries"));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_ui_translation.moc"
