// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "payloadstudio.ui", QtWarningMsg)
