// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutFixture.h"
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

// Shared by the suites that run lbpayload plan and build on a CheckoutFixture checkout.
namespace CheckoutCli {

// A fresh standard checkout (CheckoutFixture::writeStandard) at <temporary folder>/lb.
struct Standard
{
    QTemporaryDir dir;
    CheckoutFixture fixture {dir.path() + QStringLiteral("/lb")};
    Standard() { fixture.writeStandard(); }
    QString root() const { return fixture.root(); }
    // A path in the temporary folder, beside the checkout.
    QString path(const QString &name) const { return dir.filePath(name); }
};

// Runs `lbpayload plan --json ARGUMENTS`; `doc` gets the document (empty when the output is
// not a JSON object).
inline CliTest::Result planJson(const QStringList &arguments, QJsonObject *doc)
{
    const CliTest::Result r = CliTest::run(QStringList {QStringLiteral("plan"), QStringLiteral("--json")} + arguments);
    *doc = QJsonDocument::fromJson(r.out).object();
    return r;
}

// The names of one half ("firstImage" or "externalImage") of a plan document, in order.
inline QStringList names(const QJsonObject &plan, const QString &half)
{
    QStringList out;
    for (const QJsonValue &v : plan.value(half).toObject().value(QStringLiteral("distfiles")).toArray())
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

// The first distfile object of either half named `name`; empty when there is none.
inline QJsonObject distfile(const QJsonObject &plan, const QString &name)
{
    for (const QString &half : {QStringLiteral("firstImage"), QStringLiteral("externalImage")})
        for (const QJsonValue &v : plan.value(half).toObject().value(QStringLiteral("distfiles")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
    return {};
}

// The external image of the standard checkout, assembled here from the fixture's contents:
// entries sorted by name, in the u32 or u64 layout.
inline QByteArray expectedImage(bool u64)
{
    QList<CliTest::Entry> entries;
    for (const QString &name : CheckoutFixture::standardExternalImage())
        entries.append({name.toUtf8(), CheckoutFixture::contentOf(name)});
    std::sort(entries.begin(), entries.end(),
        [](const CliTest::Entry &a, const CliTest::Entry &b) { return a.name < b.name; });
    return CliTest::image(u64, entries);
}

} // namespace CheckoutCli
