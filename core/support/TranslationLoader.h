// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the English plural forms (EnglishPlurals), then the project's translation
// (payload-studio_<lang>.qm from catalogueFolder()) and Qt's own for `locale`, so the GUI and
// the CLI speak the user's language (LANGUAGE=de gives German) and count correctly in English.
namespace TranslationLoader {
// Where the catalogues are: share/payload-studio/translations beside the program's bin/
// folder, in the build folder as in an installed tree (translations/CMakeLists.txt puts them
// there).
QString catalogueFolder();
// Returns true when a project translation for the locale was found and installed; English
// needs none and returns false. `folder` overrides catalogueFolder() for a program that is
// not in bin/ (lbpayload's helpers, in libexec/payload-studio/).
bool install(QCoreApplication *app, const QLocale &locale = QLocale(), const QString &folder = {});
} // namespace TranslationLoader
