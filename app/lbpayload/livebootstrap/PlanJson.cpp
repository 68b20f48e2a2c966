// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PlanJson.h"
#include "CheckoutArguments.h"
#include "JsonEnvelope.h"
#include "JsonText.h"
#include "PlanBudget.h"
#include "PlanText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Written by hand, like the other JSON outputs, so that keys keep the documented order
// (JsonText). Plan's lists are compact, ["a","b"], as they always were.
QByteArray stringArray(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

// One half's object; `budget`, when given, is added as its last key.
QByteArray half(
    const QList<PlannedDistfile> &distfiles, const QList<DistfileCheck> &checks, const QByteArray &budget = {})
{
    qint64 bytes = 0;
    int good = 0;
    for (const DistfileCheck &c : checks) {
        good += c.isGood() ? 1 : 0;
        if (c.size > 0 && c.state != DistfileCheck::State::NotRegular)
            bytes += c.size;
    }
    QByteArray out = "{\n";
    out += "    \"count\": " + QByteArray::number(distfiles.size()) + ",\n";
    out += "    \"okCount\": " + QByteArray::number(good) + ",\n";
    out += "    \"presentBytes\": " + QByteArray::number(bytes) + ",\n";
    out += "    \"complete\": " + JsonText::boolean(good == distfiles.size()) + ",\n";
    out += "    \"distfiles\": [";
    for (qsizetype i = 0; i < distfiles.size(); ++i) {
        const PlannedDistfile &d = distfiles.at(i);
        const DistfileCheck &c = checks.at(i);
        const bool sized = c.size >= 0 && c.state != DistfileCheck::State::NotRegular;
        QStringList sources;
        for (const DistfileSource &origin : d.origins)
            sources << origin.location();
        out += i ? ",\n      {" : "\n      {";
        out += "\"name\": " + JsonText::string(d.fileName);
        out += ", \"sha256\": " + JsonText::string(QString::fromLatin1(d.sha256));
        out += ", \"size\": " + (sized ? QByteArray::number(c.size) : QByteArray("null"));
        out += ", \"status\": " + JsonText::string(PlanJson::stateKey(c.state));
        out += ", \"actualSha256\": " +
            (c.state == DistfileCheck::State::WrongChecksum ? JsonText::string(QString::fromLatin1(c.actualSha256))
                                                            : QByteArray("null"));
        out += ", \"detail\": " + JsonText::stringOrNull(c.detail);
        out += ", \"cutShort\": " + JsonText::stringOrNull(c.cutShort);
        out += ", \"urls\": " + stringArray(d.urls);
        out += ", \"steps\": " + stringArray(PlanText::steps(d));
        out += ", \"sources\": " + stringArray(sources) + '}';
    }
    out += distfiles.isEmpty() ? "]" : "\n    ]";
    if (!budget.isEmpty())
        out += ",\n    \"budget\": " + budget;
    out += "\n  }";
    return out;
}

} // namespace

QString PlanJson::stateKey(DistfileCheck::State state)
{
    switch (state) {
    case DistfileCheck::State::Ok:
        return QStringLiteral("ok");
    case DistfileCheck::State::Present:
        return QStringLiteral("present");
    case DistfileCheck::State::WrongChecksum:
        return QStringLiteral("wrong-checksum");
    case DistfileCheck::State::Missing:
        return QStringLiteral("missing");
    case DistfileCheck::State::NotRegular:
        return QStringLiteral("not-regular");
    case DistfileCheck::State::Unreadable:
        return QStringLiteral("unreadable");
    case DistfileCheck::State::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

QByteArray PlanJson::document(
    const CheckoutArguments &arguments, const DistfileCheckReport &report, const SrcfsPlan &budget)
{
    const DistfilePlan &plan = arguments.plan();
    const qsizetype first = plan.firstImage().size();
    QByteArray out = JsonEnvelope::open(JsonEnvelope::Document::CheckoutPlan);
    out += "  \"checkout\": " + JsonText::string(arguments.checkout().root()) + ",\n";
    out += "  \"splitStep\": " + JsonText::string(plan.splitStep()) + ",\n";
    out += "  \"splitLine\": " + QByteArray::number(plan.splitLine()) + ",\n";
    out += "  \"guix\": " + JsonText::boolean(arguments.checkout().withGuix()) + ",\n";
    out += "  \"distfilesDir\": " + JsonText::string(QDir::cleanPath(arguments.distfilesDir())) + ",\n";
    out += "  \"mirrors\": " + stringArray(arguments.mirrors()) + ",\n";
    out += "  \"layout\": " + JsonText::string(PayloadFormat::layoutName(arguments.layout().layout())) + ",\n";
    out += "  \"layoutSource\": " + PlanBudget::layoutSourceJson(arguments.layout()) + ",\n";
    out += "  \"externalComplete\": " + JsonText::boolean(PlanText::externalComplete(plan, report)) + ",\n";
    out +=
        "  \"firstImage\": " + half(plan.firstImage(), report.checks.mid(0, first), PlanBudget::json(budget)) + ",\n";
    out += "  \"externalImage\": " + half(plan.externalImage(), report.checks.mid(first)) + ",\n";
    out += "  \"extraFiles\": " + stringArray(report.extraFiles) + ",\n";
    out += "  \"findings\": [";
    const CheckoutFindings &findings = arguments.checkout().findings();
    qsizetype count = 0;
    for (const CheckoutFinding &f : findings) {
        out += count++ ? ",\n    {" : "\n    {";
        out += "\"severity\": " +
            JsonText::string(
                f.severity == CheckoutFinding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
        out += ", \"code\": null";
        out += ", \"file\": " + JsonText::string(f.file);
        out += ", \"line\": " + (f.line > 0 ? QByteArray::number(f.line) : QByteArray("null"));
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    for (const CheckoutLayout::Finding &f : arguments.layout().findings()) {
        out += count++ ? ",\n    {" : "\n    {";
        out += "\"severity\": \"warning\"";
        out += ", \"code\": " + JsonText::string(CheckoutLayout::Finding::codeKey(f.code));
        out += ", \"file\": " + JsonText::string(f.file);
        out += ", \"line\": " + (f.line > 0 ? QByteArray::number(f.line) : QByteArray("null"));
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    out += count == 0 ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}
