// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TranslationLoader.h"
#include "widgets/Icons.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("payload-studio"));
    QApplication::setOrganizationName(QStringLiteral("payload-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Payload Studio"));
    QApplication::setApplicationVersion(QStringLiteral(PAYLOAD_STUDIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("payload-studio"));
    QApplication::setWindowIcon(Icons::application());
    TranslationLoader::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Author and inspect live-bootstrap payload images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Images to open, or a list file (\"<name> <path>\" lines) to edit."),
        QStringLiteral("[files...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    for (const QString &path : parser.positionalArguments())
        window.openPath(path);
    return QApplication::exec();
}
