// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskPairCheck.h"
#include "ExitCode.h"

#include <QCoreApplication>

// `lbpayload verify --checkout CHECKOUT [--split-at STEP] init.img external.img`: whether the
// two disks of a kernel-bootstrap run boot together from that checkout (DiskPairCheck).
// Prints every problem as "DISK: code: message", the notes unless quiet, then one verdict
// line. Exit codes: 0 when all holds, 1 on problems, 3 when a disk or the checkout cannot be
// read, 130 on Ctrl-C.
class PairVerification
{
    Q_DECLARE_TR_FUNCTIONS(PairVerification)
public:
    // `request` carries the paths and the split; the importer's layout is read from the
    // checkout here, so the command line needs no --layout.
    static ExitCode run(DiskPairCheck::Request request, bool quiet);
};
