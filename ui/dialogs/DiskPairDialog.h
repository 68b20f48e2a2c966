// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskPairCheck.h"

#include <QDialog>

class DiskPairCheckJob;
class NoticeBar;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// "Open Both Disks…": the two images of a kernel-bootstrap run and the checkout they are made
// from, checked together (DiskPairCheck on a worker, with progress and Cancel), and the
// verdict: whether they boot together, and every problem with the disk and file it is about.
class DiskPairDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DiskPairDialog(QWidget *parent = nullptr);
    ~DiskPairDialog() override;

    // Prefills the fields; an empty value leaves a field as it is.
    void setImages(const QString &firstImage, const QString &externalImage);
    void setCheckout(const QString &root);
    // Starts the check with the fields as they are (the Check button does the same).
    void startCheck();

    // For tests: the verdict shown and the problems listed (code, disk, subject).
    QString verdictText() const;
    int problemCount() const;
    bool isChecking() const;
    DiskPairCheckJob *job() const { return m_job; }

Q_SIGNALS:
    // The check has ended: passed, failed, could not run, or was canceled.
    void checkFinished();

protected:
    void reject() override;

private:
    void browse(QLineEdit *edit, bool folder);
    void refreshSplitSteps();
    void refreshButtons();
    void onFinished();

    QLineEdit *m_checkout;
    QComboBox *m_split;
    QLineEdit *m_first;
    QLineEdit *m_external;
    NoticeBar *m_verdict;
    QProgressBar *m_progress;
    QTreeWidget *m_problems;
    QLabel *m_notes;
    QPushButton *m_check;
    QDialogButtonBox *m_buttons;
    DiskPairCheckJob *m_job;
};
