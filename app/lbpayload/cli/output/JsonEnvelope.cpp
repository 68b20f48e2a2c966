// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "JsonEnvelope.h"
#include "JsonText.h"

QString JsonEnvelope::format(Document document)
{
    switch (document) {
    case Document::DistfileReport:
        return QStringLiteral("lbpayload-inspect");
    case Document::EntryKinds:
        return QStringLiteral("lbpayload-inspect-image");
    case Document::IntegrityTest:
        return QStringLiteral("lbpayload-test");
    case Document::DiskList:
        return QStringLiteral("lbpayload-disks");
    case Document::CheckoutPlan:
        break;
    }
    return QStringLiteral("lbpayload-plan");
}

QByteArray JsonEnvelope::open(Document document)
{
    return open(format(document));
}

QByteArray JsonEnvelope::open(const QString &imageFormat)
{
    return "{\n  \"format\": " + JsonText::string(imageFormat) +
        ",\n  \"schemaVersion\": " + QByteArray::number(SchemaVersion) + ",\n";
}
