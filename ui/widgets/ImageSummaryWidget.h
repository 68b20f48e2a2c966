// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QWidget>

class PayloadReader;
class QLabel;
class QListWidget;

// The facts about an opened image beside its table: detected layout (and how it was told),
// image size, entry count, payload bytes, trailing bytes, and every importer finding.
class ImageSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImageSummaryWidget(QWidget *parent = nullptr);

    // While reading: the path and how many entries so far.
    void showLoading(const QString &path, int entriesSoFar);
    // After reading (successful or not).
    void showReader(const PayloadReader &reader);

    int findingCount() const;

Q_SIGNALS:
    // A finding about one entry was activated: show that entry.
    void entryActivated(int entryIndex);

private:
    QLabel *m_layout;
    QLabel *m_imageSize;
    QLabel *m_entries;
    QLabel *m_payload;
    QLabel *m_trailing;
    QLabel *m_verdict;
    QListWidget *m_findings;
};
