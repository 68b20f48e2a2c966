// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "EntrySetDiff.h"
#include "ExitCode.h"
#include "FirstImageReader.h"
#include "JobControl.h"
#include "PayloadReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One side of `lbpayload diff`: an image (file or block device) or a folder of files, as a
// list of named items that can be hashed on demand. A first image (init.img) counts with its
// files, named by their paths as written, so two first images compare by path, and a first
// image and an external.img by name against path (a file moved from one disk to the other
// shows as renamed).
class DiffSide
{
    Q_DECLARE_TR_FUNCTIONS(DiffSide)
public:
    // Reads the image's table, or lists the folder (its regular files; sub-folders too when
    // `recursive`). Prints the error and returns Failure when neither works.
    ExitCode load(const QString &path, bool recursive);

    QString path() const { return m_path; }
    const QList<DiffItem> &items() const { return m_items; }
    // Fills in the SHA-256 of the given items, reading in parallel. Prints the error and
    // returns Failure or Interrupted when that fails.
    ExitCode hash(const QList<int> &indices, const JobControl &control);

private:
    QString m_path;
    bool m_isImage = false;
    bool m_isFirstImage = false;
    PayloadReader m_reader;
    FirstImageReader m_firstImage;
    QList<int> m_records; // a first image's record index of each item
    QStringList m_files; // a folder's file paths, parallel to m_items
    QList<DiffItem> m_items;
};
