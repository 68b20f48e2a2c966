// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

// The documented exit codes (README, "Exit codes"). Scripts depend on them: never renumber.
enum class ExitCode : int {
    Ok = 0, // the command did what was asked and found nothing wrong
    Findings = 1, // the command ran, and found importer errors, mismatches or differences
    Usage = 2, // the command line cannot be run as given: fix the arguments
    Failure = 3, // reading or writing failed, or an input is not a sound image
    Interrupted = 130, // stopped by Ctrl-C (or SIGTERM, SIGHUP); nothing half-written is left
};
