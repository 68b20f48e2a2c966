// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskWriteResult.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// The outcome of writing an image to a disk: what the disk holds now in one sentence, the
// facts of the write (bytes, rate, direct I/O) and of the read-back (entries whose SHA-256
// matched, header bytes compared, whether the page cache was bypassed), every difference
// found, and for a refused or unopenable disk what to do about it.
class DiskWriteResultDialog : public QDialog
{
    Q_OBJECT
public:
    DiskWriteResultDialog(const DiskWriteResult &result, const QString &imagePath, QWidget *parent = nullptr);

    // For tests: the texts shown.
    QString headline() const;
    QString details() const;
    QString differences() const;

private:
    static QString factsHtml(const DiskWriteResult &result, const QString &imagePath);

    QLabel *m_headline;
    QLabel *m_details;
    QPlainTextEdit *m_differences;
};
