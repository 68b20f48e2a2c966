// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

class QCoreApplication;

// Source strings count with Qt's %n notation ("%n entry(s)"), which only a catalogue turns
// into "1 entry" and "2 entries". This installs the English one (plural forms only), as the
// fallback beneath any other language's catalogue.
class EnglishPlurals
{
public:
    // Install before the user's language (TranslationLoader), so that one takes precedence.
    // Returns false when the catalogue is missing from the resources.
    static bool install(QCoreApplication *app);
};
