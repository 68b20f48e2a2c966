// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PlanText.h"
#include "ByteCount.h"
#include "CheckoutArguments.h"
#include "PlanBudget.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace {

using State = DistfileCheck::State;

struct Half
{
    QString title;
    QList<PlannedDistfile> distfiles;
    QList<DistfileCheck> checks;
};

// The states in the order the header line counts them.
const State CountedStates[] = {State::Ok, State::Present, State::WrongChecksum, State::Missing, State::NotRegular,
    State::Unreadable, State::Unchecked};

QString summaryOf(const Half &half)
{
    qint64 bytes = 0;
    int counts[int(State::Unreadable) + 1] = {};
    for (const DistfileCheck &c : half.checks) {
        ++counts[int(c.state)];
        if (c.size > 0 && c.state != State::NotRegular)
            bytes += c.size;
    }
    QStringList parts;
    parts << PlanText::tr("%n distfile(s)", nullptr, int(half.distfiles.size()));
    for (const State state : CountedStates)
        if (counts[int(state)] > 0)
            //: %1 a count, %2 a state such as "missing"
            parts << PlanText::tr("%1 %2").arg(counts[int(state)]).arg(DistfileCheck::stateName(state));
    parts << PlanText::tr("%1 present").arg(ByteCount::human(bytes));
    return parts.join(QLatin1String(", "));
}

void appendHalf(QString &out, const Half &half, const QStringList &mirrors, int stateWidth)
{
    out += half.title + QLatin1String(": ") + summaryOf(half) + QLatin1Char('\n');
    // State, size, name; what explains a bad state follows, indented to the name column.
    int sizeWidth = 1;
    for (const DistfileCheck &c : half.checks)
        sizeWidth = std::max<int>(sizeWidth, int(QString::number(c.size).size()));
    const QString indent(2 + stateWidth + 2 + sizeWidth + 2, QLatin1Char(' '));
    for (qsizetype i = 0; i < half.distfiles.size(); ++i) {
        const PlannedDistfile &d = half.distfiles.at(i);
        const DistfileCheck &c = half.checks.at(i);
        const QString size = c.size >= 0 && c.state != State::NotRegular ? QString::number(c.size) : QString();
        out += QLatin1String("  ") + c.statusText().leftJustified(stateWidth) + QLatin1String("  ") +
            size.rightJustified(sizeWidth) + QLatin1String("  ") + d.fileName + QLatin1Char('\n');
        switch (c.state) {
        case State::Missing: {
            const QStringList urls = d.candidateUrls(mirrors);
            for (const QString &url : urls)
                out += indent + url + QLatin1Char('\n');
            if (urls.isEmpty())
                out += indent + PlanText::tr("no URL: only a mirror (--mirror) can provide it") + QLatin1Char('\n');
            break;
        }
        case State::WrongChecksum:
            out += indent + PlanText::tr("expected %1").arg(QString::fromLatin1(d.sha256)) + QLatin1Char('\n');
            out += indent + PlanText::tr("actual   %1").arg(QString::fromLatin1(c.actualSha256)) + QLatin1Char('\n');
            break;
        case State::NotRegular:
        case State::Unreadable:
            if (!c.detail.isEmpty())
                out += indent + c.detail + QLatin1Char('\n');
            break;
        default:
            break;
        }
        if (!c.cutShort.isEmpty())
            out += indent + c.cutShort + QLatin1Char('\n');
    }
}

} // namespace

QStringList PlanText::steps(const PlannedDistfile &distfile)
{
    QStringList names;
    for (const DistfileSource &origin : distfile.origins)
        if (!names.contains(origin.step))
            names << origin.step;
    return names;
}

bool PlanText::externalComplete(const DistfilePlan &plan, const DistfileCheckReport &report)
{
    const qsizetype first = plan.firstImage().size();
    for (qsizetype i = 0; i < plan.externalImage().size(); ++i)
        if (first + i >= report.checks.size() || !report.checks.at(first + i).isGood())
            return false;
    return true;
}

QByteArray PlanText::text(
    const CheckoutArguments &arguments, const DistfileCheckReport &report, const SrcfsPlan &budget)
{
    const DistfilePlan &plan = arguments.plan();
    const qsizetype first = plan.firstImage().size();
    const Half halves[] = {
        {tr("First image (before improve: %1, manifest order)").arg(plan.splitStep()), plan.firstImage(),
            report.checks.mid(0, first)},
        {tr("External image (external.img, sorted by name)"), plan.externalImage(), report.checks.mid(first)},
    };
    int stateWidth = 1;
    for (const DistfileCheck &c : report.checks)
        stateWidth = std::max<int>(stateWidth, int(c.statusText().size()));

    QString out;
    const QStringList labels = {tr("Checkout:"), tr("Split:"), tr("Distfiles:"), tr("Layout:")};
    int labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max<int>(labelWidth, int(label.size()));
    const QString splitAt =
        tr("improve: %1 (%2:%3)").arg(plan.splitStep(), arguments.checkout().manifestPath()).arg(plan.splitLine());
    const QStringList values = {arguments.checkout().root(), splitAt, QDir::cleanPath(arguments.distfilesDir()),
        PlanBudget::layoutLine(arguments.layout())};
    for (qsizetype i = 0; i < labels.size(); ++i)
        out += labels.at(i).leftJustified(labelWidth + 2) + values.at(i) + QLatin1Char('\n');
    for (const Half &half : halves) {
        out += QLatin1Char('\n');
        appendHalf(out, half, arguments.mirrors(), stateWidth);
    }
    if (!report.extraFiles.isEmpty()) {
        out += QLatin1Char('\n') + tr("Extra files, not used by the plan: %n", nullptr, int(report.extraFiles.size())) +
            QLatin1Char('\n');
        for (const QString &name : report.extraFiles)
            out += QLatin1String("  ") + name + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    qsizetype bad = 0;
    for (qsizetype i = first; i < report.checks.size(); ++i)
        bad += report.checks.at(i).isGood() ? 0 : 1;
    out += bad == 0 ? tr("Every distfile of the external image is present and right.")
                    : tr("Missing or wrong in the external image: %n distfile(s).", nullptr, int(bad));
    out += QLatin1String("\n\n") + PlanBudget::text(budget, plan.splitStep());
    return out.toUtf8();
}

QByteArray PlanText::missingUrls(
    const CheckoutArguments &arguments, const DistfileCheckReport &report, QStringList *unavailable)
{
    QByteArray out;
    QSet<QString> done;
    const QList<PlannedDistfile> all = arguments.plan().all();
    // A name the first image lists twice has its URLs merged: any of them will do.
    const QList<PlannedDistfile> unique = CheckoutArguments::uniqueByName(all);
    QHash<QString, const PlannedDistfile *> byName;
    for (const PlannedDistfile &d : unique)
        byName.insert(d.fileName, &d);
    for (qsizetype i = 0; i < all.size() && i < report.checks.size(); ++i) {
        const QString &name = all.at(i).fileName;
        if (report.checks.at(i).isGood() || done.contains(name))
            continue;
        done.insert(name);
        const QStringList urls = byName.value(name)->candidateUrls(arguments.mirrors());
        if (urls.isEmpty())
            unavailable->append(name);
        else
            out += urls.constFirst().toUtf8() + '\n';
    }
    return out;
}
