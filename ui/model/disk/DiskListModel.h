// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskEnumerator.h"

#include <QAbstractListModel>

// The disks an image could be written to, one row each: the label, size and path, a drive or
// USB stick icon, and the reason in the tooltip for a disk that must not be written to, whose
// row is then disabled. refresh() reads the system again; rows change only when it differs.
class DiskListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, RefusedRole };

    explicit DiskListModel(QObject *parent = nullptr);

    // Where sysfs, mountinfo and swaps are read from (tests); the system's by default.
    void setSystemPaths(const DiskEnumerator::Paths &paths) { m_paths = paths; }
    // The image to be written, for the size rule (-1: none).
    void setImageSize(qint64 size) { m_imageSize = size; }
    void setIncludeLoop(bool include) { m_includeLoop = include; }

    // Lists the disks anew. Returns true when the list changed (a disk came or went, or a
    // verdict changed). error() is set when the disks cannot be listed at all.
    bool refresh();
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const BlockDevice &disk(int row) const { return m_disks.at(row); }
    const DiskRefusal &refusal(int row) const { return m_refusals.at(row); }
    // The row of the disk at `path`, or -1.
    int rowOf(const QString &path) const;

private:
    DiskEnumerator::Paths m_paths;
    qint64 m_imageSize = -1;
    bool m_includeLoop = false;
    QList<BlockDevice> m_disks;
    QList<DiskRefusal> m_refusals;
    QStringList m_signature; // what refresh() compares
    QString m_error;
};
