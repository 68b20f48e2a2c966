// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FetchCommandLine.h"

// `lbpayload fetch` as lbpayload runs it: checks the command line, then replaces this process
// with the helper lbpayload-fetch (HelperProgram), which downloads. The helper inherits the
// standard streams, the signals and the exit code, so to the user and to scripts it is one
// command. Downloading needs Qt Network, whose forty-odd libraries would otherwise be loaded
// by every lbpayload command at start (as git hands transports to git-remote-*).
class FetchHandOver : public FetchCommandLine
{
protected:
    // Returns Usage for a bad command line, Failure (with the helper's path and the reason on
    // standard error) when the helper cannot be started; otherwise it does not return.
    ExitCode execute(const QCommandLineParser &parser) override;
};
