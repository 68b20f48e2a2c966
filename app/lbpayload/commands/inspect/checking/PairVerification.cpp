// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PairVerification.h"
#include "CancelSignal.h"
#include "Console.h"
#include "ProgressPrinter.h"

#include <QLocale>

ExitCode PairVerification::run(DiskPairCheck::Request request, bool quiet)
{
    CancelSignal::install();
    ProgressPrinter progress(quiet);
    DiskPairCheck check;
    const bool ran = check.check(request, progress.control());
    progress.finish();
    if (check.wasCanceled() || CancelSignal::raised()) {
        Console::error(tr("the check of the two disks was canceled"));
        return ExitCode::Interrupted;
    }
    if (!ran) {
        Console::error(check.error());
        return ExitCode::Failure;
    }

    StdoutBuffer out;
    for (const DiskPairProblem &p : check.problems())
        out.appendLine(QStringLiteral("%1: %2: %3").arg(p.disk, DiskPairProblem::codeKey(p.code), p.message));
    if (!quiet)
        for (const QString &note : check.notes())
            out.appendLine(tr("note: %1").arg(note));
    const QLocale locale;
    const QString counts = tr("checked: first-half distfiles %1, external distfiles %2, step files %3")
                               .arg(locale.toString(check.firstHalfChecked()), locale.toString(check.externalChecked()),
                                   locale.toString(check.stepFilesChecked()));
    if (check.holds()) {
        if (!quiet)
            out.appendLine(tr("%1 + %2: OK, they boot together from %3 (%4)")
                               .arg(request.firstImage, request.externalImage, request.checkoutRoot, counts));
    } else {
        out.appendLine(tr("%1 + %2: FAILED: %n problem(s) (%3)", nullptr, int(check.problems().size()))
                           .arg(request.firstImage, request.externalImage, counts));
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return check.holds() ? ExitCode::Ok : ExitCode::Findings;
}
