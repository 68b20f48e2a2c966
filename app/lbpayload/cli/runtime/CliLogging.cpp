// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliLogging.h"

Q_LOGGING_CATEGORY(lcCli, "payloadstudio.cli", QtWarningMsg)
