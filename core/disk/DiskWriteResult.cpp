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
        //: device path: what was done (see writtenText())
        return tr("%1: %2").arg(device.path, writtenText());
    }
    return {};
}

QString DiskWriteResult::writtenText() const
{
    if (outcome != Outcome::Written)
        return {};
    if (verified)
        return tr("written and verified: %n entry(s) read back with the image's SHA-256", nullptr, entriesChecked);
    return tr("written, not verified");
}
