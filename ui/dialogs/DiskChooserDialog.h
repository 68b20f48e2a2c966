// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskWriter.h"

#include <QDialog>
#include <QFileSystemWatcher>
#include <QTimer>

class DiskListModel;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

// File > Write to Disk…: which disk to write an image to. Disks that must not be written to
// are listed greyed with the reason in their tooltip. The list follows disks being plugged in
// and out: /dev is watched (devtmpfs reports new nodes; sysfs does not), with a slow poll for
// what the watch misses, such as a medium put into a card reader.
class DiskChooserDialog : public QDialog
{
    Q_OBJECT
public:
    DiskChooserDialog(
        const QString &imagePath, qint64 imageSize, const DiskEnumerator::Paths &paths, QWidget *parent = nullptr);

    // The chosen disk's path, empty when none is selected.
    QString selectedPath() const;
    // The row of the chosen disk in model(), or -1.
    int selectedRow() const;
    DiskWriter::Options options() const;

    DiskListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPushButton *writeButton() const { return m_write; }
    QCheckBox *showLoopBox() const { return m_loop; }
    // Lists the disks again now (also done on its own when they change).
    void refresh();

private:
    void updateState();

    DiskEnumerator::Paths m_paths;
    DiskListModel *m_model;
    QListView *m_view;
    QLabel *m_notice;
    QCheckBox *m_verify;
    QCheckBox *m_zeroTail;
    QCheckBox *m_loop;
    QPushButton *m_write;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // coalesces the burst of events one plugged-in stick causes
    QTimer m_poll;
};
