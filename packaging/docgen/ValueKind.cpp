// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ValueKind.h"

#include "Manifest.h"
#include "PayloadFormat.h"

namespace {
// Every layout and manifest format, each by the name its parser accepts: a name that no
// longer parses back would complete to a usage error, so it is left out.
QStringList layoutNames()
{
    QStringList names;
    for (const auto layout : {PayloadFormat::Layout::U32, PayloadFormat::Layout::U64}) {
        const QString name = PayloadFormat::layoutName(layout);
        if (PayloadFormat::parseLayout(name) == layout)
            names.append(name);
    }
    return names;
}

QStringList manifestFormatNames()
{
    QStringList names;
    for (const auto format : {Manifest::Format::Json, Manifest::Format::Tsv, Manifest::Format::Sha256Sum}) {
        const QString name = Manifest::formatName(format);
        if (Manifest::parseFormat(name) == format)
            names.append(name);
    }
    return names;
}
} // namespace

ValueKind ValueKind::of(const QString &valueName)
{
    QString name = valueName;
    name.remove(QLatin1String("..."));
    if (name == QLatin1String("LAYOUT"))
        return {Words, layoutNames()};
    if (name == QLatin1String("FORMAT"))
        return {Words, manifestFormatNames()};
    if (name == QLatin1String("DIR") || name == QLatin1String("CHECKOUT") || name == QLatin1String("DISTFILES"))
        return {Directories, {}};
    static const QStringList nothing {QStringLiteral("BYTES"), QStringLiteral("N"), QStringLiteral("SECONDS"),
        QStringLiteral("STEP"), QStringLiteral("URL"), QStringLiteral("ENTRY"), QStringLiteral("NAME"),
        QStringLiteral("COMMAND")};
    if (nothing.contains(name))
        return {Nothing, {}};
    return {Files, {}};
}
