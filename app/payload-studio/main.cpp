// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CommandLine.h"
#include "TranslationLoader.h"
#include "widgets/presentation/Icons.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("payload-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("payload-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYLOAD_STUDIO_VERSION));
    if (CommandLine::asksForTextOnly(argc, argv)) {
        // Printing the help or the version needs no display: QApplication would want one.
        QCoreApplication textOnly(argc, argv);
        TranslationLoader::install(&textOnly);
        QCommandLineParser parser;
        CommandLine::declare(parser);
        parser.process(textOnly); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Payload Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("payload-studio"));
    QApplication::setWindowIcon(Icons::application());
    TranslationLoader::install(&app);

    QCommandLineParser parser;
    CommandLine::declare(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    for (const QString &path : parser.positionalArguments())
        window.openPath(path);
    return QApplication::exec();
}
