// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Checkout.h"
#include "CheckoutLayout.h"
#include "DistfileChecker.h"
#include "DistfilePlan.h"
#include "ExitCode.h"
#include "HashCache.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

// What `plan`, `fetch` and `build` share: the options that choose a checkout's plan and its
// distfiles folder (--split-at, --guix, --distfiles, --no-cache, and --mirror where asked
// for), loading the checkout and splitting it, the hash cache, and the check of the folder.
// Messages go to standard error; every method that can fail returns the exit code to use.
class CheckoutArguments
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutArguments)
public:
    // Adds the shared options to `parser`, --mirror too when `withMirrors`, and the CHECKOUT
    // positional argument.
    void declare(QCommandLineParser &parser, bool withMirrors);

    // Reads the shared options of a parsed command line whose only positional argument is
    // CHECKOUT. Returns false and sets `usage` (a usage message) when a value is unusable
    // (an empty --split-at, a --mirror that is not an http(s) or ftp URL).
    bool read(const QCommandLineParser &parser, QString *usage);

    // Loads the checkout and splits it. Prints every parser finding (`file:line: error:
    // message`) to standard error unless `quiet` is set and it is only a warning; prints the
    // error(s) and returns Failure when the checkout cannot be read or the plan cannot be made
    // (no such split step, one file name with two checksums); else Ok. Also fails when
    // --distfiles names something that exists and is not a folder. Reads which layout the
    // checkout's importer reads (layout()) and prints its findings as warnings unless `quiet`.
    ExitCode load(bool quiet);

    // The hash cache to use, loaded (its warning printed unless `quiet`), or null with
    // --no-cache.
    HashCache *cache(bool quiet);
    // Saves the cache, if any; a failure is a warning only (the results stand).
    void saveCache(bool quiet);

    // Checks the given distfiles of the plan in the distfiles folder, hashing what the cache
    // does not know, with a progress line and Ctrl-C (CancelSignal must be installed by the
    // caller). The report's canceled says whether it was interrupted.
    DistfileCheckReport check(const QList<PlannedDistfile> &distfiles, bool quiet);

    const Checkout &checkout() const { return m_checkout; }
    const DistfilePlan &plan() const { return m_plan; }
    // The layout the checkout's importer (or generator) reads, after load().
    const CheckoutLayout &layout() const { return m_layout; }
    // --distfiles, or `<checkout>/distfiles`.
    QString distfilesDir() const { return m_distfilesDir; }
    QString root() const { return m_root; }
    QString splitStep() const { return m_splitStep; }
    const QStringList &mirrors() const { return m_mirrors; }
    bool useCache() const { return m_useCache; }

    // The distfiles of `plan.all()` with one entry per file name (the first image may list a
    // name twice with different URLs: their URLs are merged), in plan order.
    static QList<PlannedDistfile> uniqueByName(const QList<PlannedDistfile> &distfiles);

private:
    QString m_root;
    QString m_splitStep;
    QString m_distfilesOption;
    QString m_distfilesDir;
    QStringList m_mirrors;
    bool m_withMirrors = false;
    bool m_guix = false;
    bool m_useCache = true;
    Checkout m_checkout;
    DistfilePlan m_plan;
    CheckoutLayout m_layout;
    std::unique_ptr<HashCache> m_cache;
};
