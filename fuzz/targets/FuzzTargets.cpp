// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include <QHash>

namespace FuzzTargets {

namespace {
const QHash<QString, Target> &table()
{
    static const QHash<QString, Target> targets {
        {QStringLiteral("image-reader"), &imageReader},
        {QStringLiteral("first-image"), &firstImage},
        {QStringLiteral("manifests"), &manifests},
        {QStringLiteral("livebootstrap"), &liveBootstrap},
        {QStringLiteral("archive"), &archive},
    };
    return targets;
}
} // namespace

Target byName(const QString &name)
{
    return table().value(name, nullptr);
}

QStringList names()
{
    QStringList out = table().keys();
    out.sort();
    return out;
}

} // namespace FuzzTargets
