// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PlanBudget.h"
#include "ByteCount.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using BudgetPart = SrcfsPlan::Part;
// How many missing distfiles the text names.
constexpr int MissingShown = 5;

const BudgetPart BudgetParts[] = {BudgetPart::Seed, BudgetPart::Steps, BudgetPart::Distfiles, BudgetPart::Fixed};

QByteArray usedOf(qint64 used, qint64 limit)
{
    return "{\"used\": " + QByteArray::number(used) + ", \"limit\": " + QByteArray::number(limit) + '}';
}

QString severityWord(FirstImageFinding::Severity severity)
{
    switch (severity) {
    case FirstImageFinding::Severity::Error:
        return PlanBudget::tr("error");
    case FirstImageFinding::Severity::Warning:
        return PlanBudget::tr("warning");
    case FirstImageFinding::Severity::Info:
        break;
    }
    return PlanBudget::tr("note");
}

} // namespace

QString PlanBudget::layoutLine(const CheckoutLayout &layout)
{
    //: %1 u32 or u64, %2 where the checkout says so
    return tr("%1 (%2)").arg(PayloadFormat::layoutName(layout.layout()), layout.describeSource());
}

QString PlanBudget::text(const SrcfsPlan &plan, const QString &splitStep)
{
    const FirstImageBudget &b = plan.budget();
    QString out;
    const auto line = [&out](const QString &text) {
        out += QLatin1String("  ") + text + QLatin1Char('\n');
    };
    out += tr("First image budget (target/init, before improve: %1):").arg(splitStep) + QLatin1Char('\n');
    line(tr("files  %1 of %2 builder-hex0 can create").arg(b.filesUsed).arg(b.filesLimit));
    line(tr("bytes  %1 of %2 (%3 of %4)")
             .arg(QString::number(b.bytesUsed), QString::number(b.bytesLimit), ByteCount::human(b.bytesUsed),
                 ByteCount::human(b.bytesLimit)));
    if (b.fiwix) {
        line(tr("Fiwix hand-off (inferred): its ext2 image takes %1 KiB (%2 bytes), %3:%4")
                 .arg(QString::number(b.fiwix->initrdKiB), QString::number(b.fiwix->initrdBytes()), b.fiwix->source,
                     QString::number(b.fiwix->line)));
        const qint64 left = b.leftBeforeFiwix();
        if (left >= 0)
            line(tr("left for the build's own files before jump: fiwix (inferred): %1 bytes (%2)")
                     .arg(QString::number(left), ByteCount::human(left)));
        else
            line(tr("left for the build's own files before jump: fiwix (inferred): none, %1 bytes (%2) short")
                     .arg(QString::number(-left), ByteCount::human(-left)));
    } else {
        line(tr("Fiwix hand-off (inferred): unknown, the checkout has no steps/jump/fiwix.sh with "
                "'make_fiwix_initrd -s KIB'"));
    }
    line(tr("by part:"));
    int nameWidth = 0;
    for (const BudgetPart part : BudgetParts)
        nameWidth = std::max<int>(nameWidth, int(SrcfsPlan::partName(part).size()));
    for (const BudgetPart part : BudgetParts) {
        const SrcfsPlan::Totals &t = plan.totals(part);
        line(QLatin1String("  ") + SrcfsPlan::partName(part).leftJustified(nameWidth + 2) +
            tr("%n file(s)", nullptr, t.files) + QLatin1String(", ") + ByteCount::human(t.bytes));
    }
    if (!plan.largest().isEmpty()) {
        line(tr("largest files:"));
        int sizeWidth = 1;
        for (const SrcfsPlan::Contributor &c : plan.largest())
            sizeWidth = std::max<int>(sizeWidth, int(QString::number(c.size).size()));
        for (const SrcfsPlan::Contributor &c : plan.largest())
            line(
                QLatin1String("  ") + QString::number(c.size).rightJustified(sizeWidth) + QLatin1String("  ") + c.path);
    }
    if (plan.stage0PosixMissing())
        line(tr("note: %1").arg(plan.stage0PosixNote()));
    if (plan.bootstrapCfgAssumed())
        line(tr("note: steps/bootstrap.cfg is not there yet (rootfs.py writes it); counted as one file of "
                "unknown size"));
    if (!plan.missingDistfiles().isEmpty()) {
        // The names are in the distfile lists above; a few say enough here.
        const QStringList &missing = plan.missingDistfiles();
        QString names = missing.mid(0, MissingShown).join(QLatin1String(", "));
        if (missing.size() > MissingShown)
            names += tr(" and %n more", nullptr, int(missing.size() - MissingShown));
        line(tr("note: %n distfile(s) of the first image missing, counted as files of unknown size (their bytes "
                "are not in the total): %1",
            nullptr, int(missing.size()))
                 .arg(names));
    }
    for (const FirstImageFinding &f : plan.findings())
        line(severityWord(f.severity) + QLatin1String(": ") + f.message);
    const bool partial = plan.stage0PosixMissing() || !plan.missingDistfiles().isEmpty();
    if (plan.fits() && partial)
        out += tr("The first image fits builder-hex0's limits as far as it is known (see the notes above).");
    else
        out += plan.fits() ? tr("The first image fits builder-hex0's limits.")
                           : tr("The first image does not fit builder-hex0's limits: choose a split step with fewer "
                                "distfiles before it.");
    out += QLatin1Char('\n');
    return out;
}

QByteArray PlanBudget::layoutSourceJson(const CheckoutLayout &layout)
{
    const std::optional<CheckoutLayout::Evidence> e = layout.evidence();
    QByteArray out = "{\"kind\": " + JsonText::string(CheckoutLayout::sourceKey(layout.source()));
    out += ", \"file\": " + (e ? JsonText::string(e->file) : QByteArray("null"));
    out += ", \"line\": " + (e ? QByteArray::number(e->line) : QByteArray("null"));
    out += ", \"text\": " + (e ? JsonText::string(e->text) : QByteArray("null")) + '}';
    return out;
}

QByteArray PlanBudget::json(const SrcfsPlan &plan)
{
    const FirstImageBudget &b = plan.budget();
    QByteArray out = "{\n";
    out += "      \"fits\": " + JsonText::boolean(plan.fits()) + ",\n";
    out += "      \"files\": " + usedOf(b.filesUsed, b.filesLimit) + ",\n";
    out += "      \"bytes\": " + usedOf(b.bytesUsed, b.bytesLimit) + ",\n";
    out += "      \"fiwix\": ";
    if (b.fiwix) {
        out += "{\"initrdKiB\": " + QByteArray::number(b.fiwix->initrdKiB);
        out += ", \"source\": " + JsonText::string(b.fiwix->source);
        out += ", \"line\": " + QByteArray::number(b.fiwix->line);
        out += ", \"leftBeforeFiwix\": " + QByteArray::number(b.leftBeforeFiwix());
        out += ", \"inferred\": true}";
    } else {
        out += "null";
    }
    out += ",\n";
    out += "      \"stage0PosixMissing\": " + JsonText::boolean(plan.stage0PosixMissing()) + ",\n";
    out += "      \"stage0PosixNote\": " + JsonText::stringOrNull(plan.stage0PosixNote()) + ",\n";
    out += "      \"bootstrapCfgAssumed\": " + JsonText::boolean(plan.bootstrapCfgAssumed()) + ",\n";
    out += "      \"missingDistfiles\": " +
        QJsonDocument(QJsonArray::fromStringList(plan.missingDistfiles())).toJson(QJsonDocument::Compact) + ",\n";
    out += "      \"parts\": {";
    for (const BudgetPart part : BudgetParts) {
        const SrcfsPlan::Totals &t = plan.totals(part);
        out += (part == BudgetParts[0] ? "" : ", ") + JsonText::string(SrcfsPlan::partKey(part)) +
            ": {\"files\": " + QByteArray::number(t.files) + ", \"bytes\": " + QByteArray::number(t.bytes) + '}';
    }
    out += "},\n";
    out += "      \"largest\": [";
    for (qsizetype i = 0; i < plan.largest().size(); ++i) {
        const SrcfsPlan::Contributor &c = plan.largest().at(i);
        out += i ? ",\n        {" : "\n        {";
        out += "\"path\": " + JsonText::string(c.path) + ", \"size\": " + QByteArray::number(c.size) +
            ", \"part\": " + JsonText::string(SrcfsPlan::partKey(c.part)) + '}';
    }
    out += plan.largest().isEmpty() ? "],\n" : "\n      ],\n";
    out += "      \"findings\": [";
    for (qsizetype i = 0; i < plan.findings().size(); ++i) {
        const FirstImageFinding &f = plan.findings().at(i);
        out += i ? ",\n        {" : "\n        {";
        out += "\"severity\": " + JsonText::string(FirstImageFinding::severityKey(f.severity));
        out += ", \"code\": " + JsonText::string(FirstImageFinding::codeKey(f.code));
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    out += plan.findings().isEmpty() ? "]\n    }" : "\n      ]\n    }";
    return out;
}
