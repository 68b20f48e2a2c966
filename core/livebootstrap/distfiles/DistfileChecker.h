// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileCheck.h"
#include "DistfilePlan.h"
#include "JobControl.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class HashCache;

// The outcome of checking a distfiles folder against a plan.
struct DistfileCheckReport
{
    QList<DistfileCheck> checks; // index-aligned with the distfiles given
    QStringList extraFiles; // names in the folder the plan does not use (sorted)
    bool canceled = false; // the rows not reached stay Unchecked
    qint64 bytesHashed = 0; // bytes actually read (0 when everything came from the cache)
    int cacheHits = 0;

    int count(DistfileCheck::State state) const;
};

// Checks a distfiles folder against planned distfiles: each file is looked at with stat(),
// its digest taken from the hash cache when its identity is unchanged, and otherwise read and
// hashed, on every core at once, largest first. Digests read from files go into the cache.
// A file that is not known good (Present, WrongChecksum) also gets TrailerCheck's look at its
// end, which sets DistfileCheck::cutShort for a download cut short.
class DistfileChecker
{
    Q_DECLARE_TR_FUNCTIONS(DistfileChecker)
public:
    enum class Mode {
        Hash, // read every file the cache does not know
        // hash nothing: uncached files are reported Present (the build hashes them while
        // copying); only TrailerCheck's small reads at the end of xz, zip and 7z files are made
        StatOnly,
    };

    // Checks `distfiles` in `dir`. `cache` may be null (--no-cache). `onResult` is called once
    // per distfile as its state becomes known, from worker threads, with the distfile's
    // index; it must be thread-safe. progress() reports bytes hashed of bytes to hash.
    // Canceling stops within one chunk; the report then says canceled and unfinished rows
    // stay Unchecked. Never fails as a whole: each file's problem is its own state.
    static DistfileCheckReport check(const QList<PlannedDistfile> &distfiles, const QString &dir, HashCache *cache,
        Mode mode, const JobControl &control = {},
        const std::function<void(int index, const DistfileCheck &check)> &onResult = {});

    // Checks one file (stat, cache, hash in this thread): for a file that appeared or changed
    // in a watched folder.
    static DistfileCheck checkOne(const PlannedDistfile &distfile, const QString &dir, HashCache *cache,
        Mode mode = Mode::Hash, const JobControl &control = {});

    // The regular files and links of `dir` (not hidden, not temporary `.part` files) whose
    // names the plan does not use, sorted.
    static QStringList extraFiles(const QStringList &planned, const QString &dir);
};
