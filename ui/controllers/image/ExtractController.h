// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "controllers/authoring/DragStaging.h"

#include <QObject>

#include <memory>

class ExtractJob;
class QMimeData;
class PayloadReader;
class QWidget;

// Entries > Extract and dragging entries out of an image's table: asks for a folder and
// before overwriting anything, extracts on a worker with a progress dialog and Cancel, and
// tells the outcome through Messages. A drag extracts first into a temporary folder that
// lives as long as the controller, so the file manager can still copy from it after the
// drop.
class ExtractController : public QObject
{
    Q_OBJECT
public:
    explicit ExtractController(QWidget *dialogParent);
    ~ExtractController() override;

    ExtractJob *job() const { return m_job; }
    bool isRunning() const;

    // Asks for a folder, then extracts `indices` (all entries when empty) into it as
    // extractTo() does.
    void chooseAndExtract(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices);
    // Extracts `indices` (all entries when empty) into `directory` without asking for the
    // folder, but asking before overwriting existing files. Does nothing without a reader
    // (the image is not ready) or while an extraction runs.
    void extractTo(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices, const QString &directory);
    // Extracts `indices` into a fresh temporary folder, then drags the files from `source`;
    // returns once the drag ended. Does nothing without a reader or while an extraction runs.
    void dragOut(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices, QWidget *source);
    // What such a drag carries: the URLs of the extracted files, which stay as long as the
    // controller. Waits for the extraction (showing progress after a moment); nullptr when it
    // failed (the user is told) or was canceled, without a reader, or while one runs.
    std::unique_ptr<QMimeData> prepareDrag(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices);

Q_SIGNALS:
    // An extraction into a chosen folder was started (its end: job()->finished()).
    void started();

private:
    void onExtracted();

    QWidget *m_dialogParent;
    ExtractJob *m_job;
    DragStaging m_drag;
    // Said with the outcome when the image is damaged after the entries extracted.
    QString m_partialNote;
};
