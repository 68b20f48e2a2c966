// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileChecker.h"
#include "DistfilePlan.h"
#include "SrcfsPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CheckoutArguments;

// The plan of a checkout and the state of its distfiles folder, for people (`lbpayload plan`)
// and for `wget -i` (--missing-urls). `report.checks` is index-aligned with `plan().all()`:
// the first image's rows, then the external image's.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    // Both halves, each with its counts and sizes and one line per distfile (state, size,
    // name) followed by what explains a bad state: the URLs to get a missing file from
    // (mirrors first), expected and actual checksums, why a file is unreadable; then the extra
    // files of the folder and a one-line verdict on the external image; then the first image's
    // budget (PlanBudget::text). The header names the layout the checkout's importer reads.
    static QByteArray text(
        const CheckoutArguments &arguments, const DistfileCheckReport &report, const SrcfsPlan &budget);

    // One URL a line, the first candidate (mirrors first) of each distfile of either half
    // that is not OK, each file name once. Distfiles that no URL can provide (a `_` URL and no
    // mirror) are left out and named in `unavailable`.
    static QByteArray missingUrls(
        const CheckoutArguments &arguments, const DistfileCheckReport &report, QStringList *unavailable);

    // Whether every distfile of the external image is OK: the exit code of `plan`.
    static bool externalComplete(const DistfilePlan &plan, const DistfileCheckReport &report);

    // The step names that list a distfile, in the order met, each once.
    static QStringList steps(const PlannedDistfile &distfile);
};
