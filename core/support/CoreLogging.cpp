// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CoreLogging.h"

Q_LOGGING_CATEGORY(lcCore, "payloadstudio.core", QtWarningMsg)
