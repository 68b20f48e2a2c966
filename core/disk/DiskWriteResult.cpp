// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskWriteResult.h"

QString DiskWriteResult::summary() const
{
    switch (outcome) {
    case Outcome::NotStarted:
        return tr("%1: nothing was written").arg(device.path);
    case Outcome::Refused:
        return refusal.message();
    case Outcome::Failed:
    case Outcome::Canceled:
        return error;
    case Outcome::Mismatch:
        return tr("%1: the read-back differs from the image in %n place(s)", nullptr, int(mismatches.size()))
            .arg(device.path);
    case Outcome::Written:
        if (verified)
            return tr(
                "%1: written and verified: %n entry(s) read back with the image's SHA-256", nullptr, entriesChecked)
                .arg(device.path);
        return tr("%1: written, not verified").arg(device.path);
    }
    return {};
}
