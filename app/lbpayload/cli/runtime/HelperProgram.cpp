// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "HelperProgram.h"
#include "SystemError.h"
#include "TranslationLoader.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <vector>

#include <unistd.h>

QString HelperProgram::path(const QString &name)
{
    const QDir dir(
        QCoreApplication::applicationDirPath() + QLatin1Char('/') + QStringLiteral(PAYLOAD_STUDIO_HELPER_DIR));
    return QDir::cleanPath(dir.filePath(name));
}

void HelperProgram::setUpApplication(QCoreApplication *app)
{
    QCoreApplication::setApplicationName(QStringLiteral("lbpayload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYLOAD_STUDIO_VERSION));
    TranslationLoader::install(
        app, QLocale(), QCoreApplication::applicationDirPath() + QStringLiteral("/" PAYLOAD_STUDIO_HELPER_CATALOGUES));
}

QStringList HelperProgram::archiveCommands()
{
    return {QStringLiteral("inspect"), QStringLiteral("test"), QStringLiteral("export-tar")};
}

QString HelperProgram::archiveCommandSummary(const QString &command)
{
    if (command == QLatin1String("inspect"))
        return tr("Show what a distfile is and its members, or the kind of every entry of an image");
    if (command == QLatin1String("test"))
        return tr("Test distfiles, or the entries of an image: truncated, corrupt, not what their name says");
    if (command == QLatin1String("export-tar"))
        return tr("Write the entries of an image into a tar archive (plain, gz, bz2, xz or zst)");
    return {};
}

QString HelperProgram::replaceProcess(const QString &name, const QStringList &arguments)
{
    const QString program = path(name);
    const QByteArray file = QFile::encodeName(program);
    // execv() takes char * const[]: keep the encoded strings alive in one list.
    QList<QByteArray> encoded;
    encoded.reserve(arguments.size() + 1);
    encoded.append(file);
    for (const QString &argument : arguments)
        encoded.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    argv.reserve(encoded.size() + 1);
    for (QByteArray &e : encoded)
        argv.push_back(e.data());
    argv.push_back(nullptr);
    ::execv(file.constData(), argv.data());
    return tr("cannot start the helper program %1: %2").arg(program, errnoText(errno));
}
