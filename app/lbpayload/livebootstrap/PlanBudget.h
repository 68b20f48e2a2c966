// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutLayout.h"
#include "SrcfsPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What `lbpayload plan` says about the first image and the layout, beside the distfiles: the
// layout the checkout's importer reads and where it says so, and the first image's budget for
// the chosen split (SrcfsPlan). Kept apart from PlanText and PlanJson so that each stays one
// concern. Every figure that rests on the Fiwix hand-off is marked inferred.
class PlanBudget
{
    Q_DECLARE_TR_FUNCTIONS(PlanBudget)
public:
    // The value of the text's "Layout:" line: "u64 (importer <file>:<line>: <text>)" or
    // "u32 (the checkout does not say; u32 assumed)".
    static QString layoutLine(const CheckoutLayout &layout);

    // The text section: files and bytes against builder-hex0's limits, the Fiwix hand-off and
    // what it leaves (inferred), the totals by part, the largest files, the notes (stage0-posix
    // missing, bootstrap.cfg and distfiles of unknown size), the findings and a verdict line.
    static QString text(const SrcfsPlan &budget, const QString &splitStep);

    // The JSON object of `firstImage.budget`, indented for its place in the plan document.
    static QByteArray json(const SrcfsPlan &budget);
    // The JSON object of `layoutSource`: kind, file, line, text (null for the default).
    static QByteArray layoutSourceJson(const CheckoutLayout &layout);
};
