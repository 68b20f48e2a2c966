// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileCheck.h"
#include "DistfileChecker.h"

#include <QByteArray>
#include <QString>

class CheckoutArguments;

// `lbpayload plan --json`: the plan and the state of the distfiles folder as one JSON
// document, format "lbpayload-plan", schemaVersion 1 (schema in the README). Keys keep the
// documented order; an existing key never changes its meaning or type.
class PlanJson
{
public:
    // The document for the loaded plan of `arguments` and the check `report` (index-aligned
    // with plan().all()).
    static QByteArray document(const CheckoutArguments &arguments, const DistfileCheckReport &report);

    // The untranslated key of a state: "ok", "present", "wrong-checksum", "missing",
    // "not-regular", "unreadable", "unchecked".
    static QString stateKey(DistfileCheck::State state);
};
