// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

// The system's own wording for an errno value, in the user's locale (strerror), for messages
// that name the file and what failed: "cannot open x: Permission denied".
QString errnoText(int err);
