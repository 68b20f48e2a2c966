// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutFinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// One line of `steps/manifest`: `<directive>: <name> [( predicate )] [# comment]`.
struct ManifestStep {
    QString directive; // "build", "improve", "define", "jump", "uninstall"
    QString name; // the second space-separated word, anything from '#' on removed
    QString predicate; // the text inside "( ... )", empty when there is none
    int line = 0; // 1-based
};

// The parser of `steps/manifest`, reading it as upstream's generator does: a `build: ` line
// names a step by its second space-separated word with anything from '#' on removed;
// predicates are kept for display but never evaluated, since upstream collects the sources
// of every build step whatever its predicate. Comments and blank lines are skipped.
class StepManifest
{
    Q_DECLARE_TR_FUNCTIONS(StepManifest)
public:
    // Parses `data`, the contents of the file `path` (used in findings only). Never fails:
    // a line that cannot be read (an unknown directive, a directive without a name) is left
    // out and reported in `findings`.
    static QList<ManifestStep> parse(const QByteArray &data, const QString &path, CheckoutFindings *findings);
};
