// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QLoggingCategory>

// Debug output of the command-line tool: QT_LOGGING_RULES="payloadstudio.cli.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCli)
