// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "StepManifest.h"


namespace {
bool isKnownDirective(const QString &directive)
{
    static const QStringList known = {QStringLiteral("build"), QStringLiteral("improve"), QStringLiteral("define"),
        QStringLiteral("jump"), QStringLiteral("uninstall")};
    return known.contains(directive);
}
} // namespace

QList<ManifestStep> StepManifest::parse(const QByteArray &data, const QString &path, CheckoutFindings *findings)
{
    QList<ManifestStep> steps;
    auto report = [&](CheckoutFinding::Severity severity, int line, const QString &message) {
        if (findings)
            findings->append(CheckoutFinding{severity, path, line, message});
    };
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString text = QString::fromUtf8(lines.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (text.at(0).isSpace()) {
            // Upstream matches "build: " at the start of the line: an indented line is skipped.
            report(CheckoutFinding::Severity::Warning, lineNumber,
                tr("the line is indented; upstream's generator ignores it"));
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString directive = colon > 0 ? text.left(colon) : QString();
        if (directive.isEmpty() || directive.contains(QLatin1Char(' ')) || !isKnownDirective(directive)) {
            report(CheckoutFinding::Severity::Warning, lineNumber,
                tr("\"%1\" is not a directive (build, improve, define, jump, uninstall); the line is ignored")
                    .arg(directive.isEmpty() ? trimmed : directive));
            continue;
        }
        QString rest = text.mid(colon + 1);
        if (!rest.startsWith(QLatin1Char(' '))) {
            report(CheckoutFinding::Severity::Warning, lineNumber,
                tr("no space after \"%1:\"; upstream's generator ignores the line").arg(directive));
            continue;
        }
        const qsizetype hash = rest.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            rest.truncate(hash);
        // The step is the second space-separated word; what follows is the predicate.
        const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            report(CheckoutFinding::Severity::Error, lineNumber, tr("\"%1:\" names no step").arg(directive));
            continue;
        }
        ManifestStep step;
        step.directive = directive;
        step.name = words.constFirst();
        step.line = lineNumber;
        const qsizetype open = rest.indexOf(QLatin1Char('('));
        const qsizetype close = rest.lastIndexOf(QLatin1Char(')'));
        if (open >= 0 && close > open)
            step.predicate = rest.mid(open + 1, close - open - 1).trimmed();
        if (directive == QLatin1String("build")
            && (step.name.contains(QLatin1Char('/')) || step.name == QLatin1String("..") || step.name == QLatin1String("."))) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("the step name \"%1\" is not a folder name under steps/").arg(step.name));
            continue;
        }
        steps.append(step);
    }
    return steps;
}
