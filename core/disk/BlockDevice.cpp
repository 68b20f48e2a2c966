// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BlockDevice.h"

#include <algorithm>

QString BlockDevice::label() const
{
    // USB bridges often repeat the vendor at the start of the model ("SanDisk SanDisk Ultra").
    // virtio reports the PCI vendor number ("0x1af4"), which tells nobody anything.
    const bool namedVendor = !vendor.isEmpty() && !vendor.startsWith(QLatin1String("0x"));
    QString text = model;
    if (namedVendor && !model.startsWith(vendor, Qt::CaseInsensitive))
        text = vendor + QLatin1Char(' ') + model;
    text = text.simplified();
    return text.isEmpty() ? name : text;
}

QStringList BlockDevice::mountPoints() const
{
    QStringList all;
    for (const Use &use : uses)
        all += use.mountPoints;
    return all;
}

bool BlockDevice::hasSwap() const
{
    return std::any_of(uses.cbegin(), uses.cend(), [](const Use &use) { return use.swap; });
}
