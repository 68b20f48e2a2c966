// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiffSide.h"
#include "Console.h"
#include "EntryHasher.h"
#include "FileHasher.h"
#include "FirstImageArgument.h"
#include "FirstImageHasher.h"
#include "ImageArgument.h"
#include "InputCollector.h"

#include <QFileInfo>

ExitCode DiffSide::load(const QString &path, bool recursive)
{
    m_path = path;
    if (FirstImageArgument::isFirstImage(path)) {
        m_isFirstImage = true;
        const ExitCode opened = FirstImageArgument::open(m_firstImage, path);
        if (opened != ExitCode::Ok)
            return opened;
        // A damaged script would compare a part of the tree as if it were the whole.
        if (FirstImageArgument::damaged(m_firstImage))
            return ExitCode::Failure;
        for (const SrcfsRecord &r : m_firstImage.records()) {
            if (r.kind != SrcfsRecord::Kind::File)
                continue;
            m_records << r.index;
            m_items << DiffItem {r.path, r.size, {}};
        }
        return ExitCode::Ok;
    }
    if (!QFileInfo(path).isDir()) {
        m_isImage = true;
        const ExitCode opened = ImageArgument::open(m_reader, path);
        if (opened != ExitCode::Ok)
            return opened;
        m_items.reserve(m_reader.entries().size());
        for (const PayloadEntry &e : m_reader.entries())
            m_items << DiffItem {e.rawName, e.size, {}};
        return ExitCode::Ok;
    }
    QList<BuildEntry> entries;
    QString error;
    if (!InputCollector::folderEntries(path, recursive, &entries, &error)) {
        Console::error(error);
        return ExitCode::Failure;
    }
    for (const BuildEntry &e : std::as_const(entries)) {
        m_files << e.sourcePath;
        m_items << DiffItem {e.name, QFileInfo(e.sourcePath).size(), {}};
    }
    return ExitCode::Ok;
}

ExitCode DiffSide::hash(const QList<int> &indices, const JobControl &control)
{
    // Empty means "everything" to the hashers: nothing asked for is nothing to do.
    if (indices.isEmpty())
        return ExitCode::Ok;
    QString error;
    bool canceled = false;
    QList<QByteArray> digests;
    if (m_isFirstImage) {
        QList<int> records;
        for (int i : indices)
            records << m_records.at(i);
        const QList<QByteArray> byRecord = FirstImageHasher::hash(m_firstImage, records, control, &error, &canceled);
        if (!byRecord.isEmpty()) {
            digests.resize(m_items.size());
            for (int i : indices)
                digests[i] = byRecord.value(m_records.at(i));
        }
    } else if (m_isImage) {
        digests = EntryHasher::hash(m_reader, indices, control, &error, &canceled);
    } else {
        QStringList paths;
        for (int i : indices)
            paths << m_files.at(i);
        const QList<QByteArray> some = FileHasher::hash(paths, control, &error, &canceled);
        if (!some.isEmpty()) {
            digests.resize(m_items.size());
            for (qsizetype k = 0; k < indices.size(); ++k)
                digests[indices.at(k)] = some.at(k);
        }
    }
    if (canceled) {
        Console::error(tr("%1: canceled while hashing").arg(m_path));
        return ExitCode::Interrupted;
    }
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitCode::Failure;
    }
    for (int i : indices)
        m_items[i].sha256 = digests.value(i);
    return ExitCode::Ok;
}
