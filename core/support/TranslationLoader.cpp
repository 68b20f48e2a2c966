// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TranslationLoader.h"
#include "EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString TranslationLoader::catalogueFolder()
{
    // Relative to the program, so one lookup serves the build folder (bin/, tests/) and any
    // install prefix (/usr/bin next to /usr/share) alike.
    return QCoreApplication::applicationDirPath() + QLatin1String("/../share/payload-studio/translations");
}

bool TranslationLoader::install(QCoreApplication *app, const QLocale &locale, const QString &folder)
{
    // Beneath everything else: what the user's language does not translate still counts right.
    EnglishPlurals::install(app);
    // The English catalogue holds only those plural forms: loading it again as "the user's
    // language" would install it twice.
    const QString preferred = locale.uiLanguages().value(0);
    if (preferred == QLatin1String("en") || preferred.startsWith(QLatin1String("en-")) ||
        preferred.startsWith(QLatin1String("en_")))
        return false;

    auto *qt = new QTranslator(app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("payload-studio"), QStringLiteral("_"),
            folder.isEmpty() ? catalogueFolder() : folder)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}
