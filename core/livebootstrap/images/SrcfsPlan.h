// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"
#include "SrcfsAnalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Checkout;
class DistfilePlan;

// The first image's budget for a split, counted before anything is copied: the `src` records
// upstream's generator would write for the prepared folder `target/init` of this checkout and
// split (FIRST-IMAGE.md, "What the prepared folder holds"), fed through SrcfsAnalysis, so that
// `plan` refuses a split builder-hex0 cannot hold with the same findings the image reader
// gives for an image.
//
// What is counted, each path as `./<path>` in the prepared folder:
// - `src 0 .`, the root;
// - the entries of `seed/stage0-posix/` except `bootstrap-seeds`, recursively, at the top;
// - the regular files directly in `seed/`, at the top (a name stage0-posix has already is
//   one file, as the copy overwrites it);
// - the whole `steps/` tree, as `steps/...`; when `steps/bootstrap.cfg` is missing (rootfs.py
//   writes it there before the copy) it is counted as one file of unknown size;
// - `external`, `external/distfiles` and the first half's distfiles, once per file name, with
//   their sizes in the distfiles folder; a missing one counts one file of unknown size and is
//   named in missingDistfiles();
// - every folder of the tree as a `src 0` record;
// - the fixed tail (FirstImageFormat::fixedTail()): 3 folders and 3 hex0 outputs.
// Every path containing ".git" is left out, as upstream's generator does. A symbolic link is
// counted as what it points to; a linked folder is not descended into (a loop would never end).
//
// Only directory listings and stat() are used, never file data: 14,000 files take a fraction of
// a second. The folders are listed in name order (upstream's os.walk takes the file system's
// order), which changes no count.
class SrcfsPlan
{
    Q_DECLARE_TR_FUNCTIONS(SrcfsPlan)
public:
    // The parts of the prepared folder, for the per-part totals.
    enum class Part { Seed, Steps, Distfiles, Fixed };
    static constexpr int PartCount = 4;

    struct Totals
    {
        int files = 0; // file slots: files, folders and hex0 outputs
        qint64 bytes = 0;
    };
    struct Contributor
    {
        QString path; // as in the prepared folder, e.g. "./external/distfiles/gcc-4.7.4.tar.bz2"
        qint64 size = 0;
        Part part = Part::Steps;
    };

    // How many of the largest files largest() keeps.
    static constexpr int LargestCount = 10;

    // The part of the prepared folder that is the same for every split: the root, seed/ and
    // steps/ as listed once, and the Fiwix hand-off figure. count() with a Tree stats only the
    // split's distfiles, so that judging every split point of a checkout costs one walk of the
    // tree, not one per split. A Tree is a snapshot: files changed after list() are not seen.
    class Tree
    {
    public:
        // Lists `<checkoutRoot>`'s seed/ and steps/ and reads steps/jump/fiwix.sh (directory
        // listings and stat() only, plus that one script). Never fails, as count().
        static Tree list(const QString &checkoutRoot);
        // How many records the listing holds (root, seed and steps, bootstrap.cfg included).
        qsizetype size() const { return m_items.size(); }

    private:
        friend class SrcfsPlan;
        struct Item
        {
            QString path;
            qint64 size = 0;
            bool folder = false;
            bool unknownSize = false;
            Part part = Part::Steps;
        };
        void walk(const QString &dir, const QString &path, Part part);
        void add(const QString &path, qint64 size, bool folder, Part part, bool unknownSize = false)
        {
            m_items.append({path, size, folder, unknownSize, part});
        }

        QList<Item> m_items;
        bool m_stage0Missing = false;
        bool m_bootstrapCfgAssumed = false;
        std::optional<FiwixHandoff> m_fiwix;
    };

    // Counts the prepared folder for `plan`'s first half, with the distfiles of
    // `distfilesDir`, and the Fiwix hand-off figure of the checkout's steps/jump/fiwix.sh.
    // Never fails: what cannot be listed or stat'ed is counted as missing and said.
    void count(const Checkout &checkout, const DistfilePlan &plan, const QString &distfilesDir);
    // The same with the seed and steps part of `tree` (Tree::list() of the same checkout):
    // the result equals count()'s for a checkout that did not change since the listing.
    void count(const Tree &tree, const DistfilePlan &plan, const QString &distfilesDir);

    const FirstImageBudget &budget() const { return m_budget; }
    // SrcfsAnalysis's findings (too-many-files, too-many-bytes, fiwix-initrd-does-not-fit,
    // name-too-long, ...), each message starting with "target/init".
    const FirstImageFindings &findings() const { return m_findings; }
    // Whether builder-hex0 can take the prepared folder: no error among findings().
    bool fits() const { return !hasFirstImageErrors(m_findings); }

    // Whether seed/stage0-posix is missing or holds nothing counted (a git submodule that was
    // not checked out): then the budget lacks its files, and stage0PosixNote() says so.
    bool stage0PosixMissing() const { return m_stage0Missing; }
    QString stage0PosixNote() const { return m_stage0Note; }
    // The first half's distfiles not in the distfiles folder (counted as files of unknown size).
    const QStringList &missingDistfiles() const { return m_missingDistfiles; }
    // Whether steps/bootstrap.cfg was counted without a size (the checkout has none yet).
    bool bootstrapCfgAssumed() const { return m_bootstrapCfgAssumed; }

    // The LargestCount largest files, largest first (equal sizes by path).
    const QList<Contributor> &largest() const { return m_largest; }
    const Totals &totals(Part part) const { return m_totals[int(part)]; }
    // "seed", "steps", "distfiles" or "fixed": the spelling of JSON output.
    static QString partKey(Part part);
    // Translated part name for people.
    static QString partName(Part part);

private:
    class Walk;
    friend class Walk;

    FirstImageBudget m_budget;
    FirstImageFindings m_findings;
    bool m_stage0Missing = false;
    QString m_stage0Note;
    QStringList m_missingDistfiles;
    bool m_bootstrapCfgAssumed = false;
    QList<Contributor> m_largest;
    Totals m_totals[PartCount];
};
