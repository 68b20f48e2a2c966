// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

#include <memory>

class BackgroundJob;
class QTemporaryDir;
class QWidget;

// Where files dragged out of an image are extracted before the drop, and the wait for that
// extraction: what the image tab and the first image's tab share for drag-out.
class DragStaging
{
public:
    DragStaging();
    ~DragStaging();

    // A fresh folder under a temporary directory that lives as long as this object, so the
    // file manager can still copy from it after the drop. Empty when none can be made.
    QString freshFolder();
    // Runs an event loop until `job` (started by the caller) has finished; a progress dialog
    // titled `title` appears when it takes longer than 300 ms, so small files go unnoticed
    // and large ones can be canceled.
    static void waitFor(BackgroundJob *job, const QString &title, QWidget *dialogParent);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
