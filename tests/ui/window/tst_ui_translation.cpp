// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "TranslationLoader.h"

#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
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

    // Qt's own words (standard buttons, file dialogs, QCommandLineParser's headings) come from
    // Qt's catalogue, qtbase_de.qm (Debian's qt6-translations-l10n), looked up where
    // TranslationLoader looks. Without it they stay English in a German window; lbpayload's
    // headings under LANGUAGE=de are checked by tst_cli_general.
    void qtStringsInGerman()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"), folder),
            qPrintable(QStringLiteral("no qtbase_de.qm in %1: install qt6-translations-l10n").arg(folder)));
        QVERIFY(QApplication::installTranslator(&qt));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Speichern"));
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("a file"));
        const QString help = parser.helpText();
        QVERIFY2(help.contains(QStringLiteral("\nOptionen:\n")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("\nArgumente:\n")), qPrintable(help));
        QApplication::removeTranslator(&qt);
    }

    // English needs no catalogue of its own: the plural forms are installed beneath any language.
    void englishInstallsNoSecondCatalogue()
    {
        QVERIFY(!TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(
            QCoreApplication::translate("PayloadStatusWidget", "%n entry(s)", nullptr, 2), QStringLiteral("2 entries"));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_ui_translation.moc"
