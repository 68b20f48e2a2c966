// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "JobControl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class FirstImageReader;
class PayloadReader;
class QIODevice;

// Tests distfiles the way the bootstrap will use them: every compressed stream decompressed to
// its end and its checksum checked, every tar header read and verified, every zip member's
// CRC-32 compared, so that a truncated or damaged download shows now rather than an hour into
// a boot. One result per distfile (ArchiveReport without a member listing): its status says
// OK, truncated, corrupt, unsupported, not what its name says, unreadable or canceled, with the
// member and the offsets where it failed and the findings (dangerous members, name mismatch).
//
// testAll() spreads the distfiles over worker threads (all cores by default), biggest first,
// each read in place (an image's entries through their own devices, nothing copied). Progress
// is the bytes of distfiles consumed over their total; a cancel stops every worker within one
// chunk, and the distfiles not finished are reported Canceled. Callbacks come from worker
// threads. Everything here blocks until done (testAll() runs one of its workers on the calling
// thread): call it from a worker thread, never from the GUI thread.
class IntegrityTester
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityTester)
public:
    // One distfile to test: a file on disk or an entry of an image.
    struct Target
    {
        QString name; // the distfile's name (compared with its content)
        QString source; // for messages: the path, or "image, entry N"
        qint64 size = 0;
        // Opens the data, read-only and random access; nullptr (and `error` set) when it cannot.
        std::function<std::unique_ptr<QIODevice>(QString *error)> open;

        static Target fromFile(const QString &path);
        // The reader is copied (its entry table is shared, not duplicated).
        static Target fromEntry(const PayloadReader &reader, int index);
        // `size` bytes at `offset` of the file at `path`, read in place; `source` is the path.
        static Target fromRange(const QString &name, const QString &path, qint64 offset, qint64 size);
        // The File record `record` of a first image, read in place, named by the last
        // component of its path (the name the bootstrap sees). A record the image cuts off
        // reads as far as the image goes, and so tests truncated.
        static Target fromRecord(const FirstImageReader &reader, int record);
    };

    struct Options
    {
        int threads = 0; // at most this many threads; 0: as many as the thread budget gives
        // Called once per finished distfile, from the worker thread that tested it.
        std::function<void(int index, const ArchiveReport &report)> onResult;
    };

    static ArchiveReport test(const Target &target, const JobControl &control = {});
    static ArchiveReport testFile(const QString &path, const JobControl &control = {});
    // Results in the order of `targets`.
    static QList<ArchiveReport> testAll(
        const QList<Target> &targets, const Options &options, const JobControl &control = {});

    // Every entry of an opened image, as targets.
    static QList<Target> targetsOfImage(const PayloadReader &reader);
    static QList<Target> targetsOfFiles(const QStringList &paths);
};
