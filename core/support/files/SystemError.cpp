// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SystemError.h"

#include <cstring>

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}
