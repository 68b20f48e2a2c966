// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the English plural forms (EnglishPlurals), then the project's translation
// (embedded at :/i18n) and Qt's own for `locale`, so the GUI and the CLI speak the user's
// language (LANGUAGE=de gives German) and count correctly in English.
namespace TranslationLoader {
// Returns true when a project translation for the locale was found and installed; English
// needs none and returns false.
bool install(QCoreApplication *app, const QLocale &locale = QLocale());
} // namespace TranslationLoader
