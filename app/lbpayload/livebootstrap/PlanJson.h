// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileCheck.h"
#include "DistfileChecker.h"
#include "SrcfsPlan.h"

#include <QByteArray>
#include <QString>

class CheckoutArguments;

// `lbpayload plan --json`: the plan and the state of the distfiles folder as one JSON
// document, format "lbpayload-plan", schemaVersion 1 (docs/schemas/lbpayload-plan.schema.json).
// Keys keep the documented order; an existing key never changes its meaning or type.
class PlanJson
{
public:
    // The document for the loaded plan of `arguments` and the check `report` (index-aligned
    // with plan().all()), with the checkout's layout (`layout`, `layoutSource`) and the first
    // image's budget (`firstImage.budget`, PlanBudget::json). The layout's findings join the
    // parser's in `findings`, told apart by their `code` (null for the parser's).
    static QByteArray document(
        const CheckoutArguments &arguments, const DistfileCheckReport &report, const SrcfsPlan &budget);

    // The untranslated key of a state: "ok", "present", "wrong-checksum", "missing",
    // "not-regular", "unreadable", "unchecked".
    static QString stateKey(DistfileCheck::State state);
};
