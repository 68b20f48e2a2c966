// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

static void initEnglishResources()
{
    Q_INIT_RESOURCE(english_plurals);
}

bool EnglishPlurals::install(QCoreApplication *app)
{
    initEnglishResources();
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/payload-studio_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}
