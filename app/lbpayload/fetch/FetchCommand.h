// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FetchCommandLine.h"

struct FetchItem;

// lbpayload fetch [options] CHECKOUT, as the helper lbpayload-fetch runs it: checks the
// distfiles folder like `plan`, then downloads every distfile of either image that is missing
// or wrong, mirrors first, several at once. Only a file whose SHA-256 is the planned one ever
// takes a distfile's name. Exit 0 only when everything is present and right afterwards, 1
// otherwise, 130 when interrupted.
class FetchCommand : public FetchCommandLine
{
protected:
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    // Downloads `items` into the distfiles folder with `jobs` transfers at once, printing one
    // line per item as it ends. Returns Interrupted when Ctrl-C canceled it, Failure when the
    // folder cannot be created, else Ok (whether each item succeeded is re-checked after).
    ExitCode download(const QList<FetchItem> &items, int jobs, int stallMs);
};
