// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QIcon>
#include <QString>
#include <QStyle>

// Icons by freedesktop name: from the desktop's icon theme when it has one, else the copy
// bundled in resources/icons (so every action has an icon on any desktop).
namespace Icons {
// The theme icon `name`, falling back to :/icons/<name>.svg.
QIcon get(const QString &name);
// The application icon.
QIcon application();
// The application style's standard icon `which`, made once per style: QStyle::standardIcon()
// makes a new icon, looked up in the theme and without pixmaps yet, at every call, which cost a
// fifth of a list row's painting when a model returned it per row. GUI thread only.
QIcon standard(QStyle::StandardPixmap which);
} // namespace Icons
