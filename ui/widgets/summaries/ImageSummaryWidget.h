// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QWidget>

class PayloadReader;
class QLabel;
class QListWidget;
class QListWidgetItem;
struct ImporterFinding;

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

    // How many entries failed their integrity test: where the importer found nothing, the
    // findings say so instead of "No findings" (a red "unsafe" beside it would contradict it).
    void setIntegrityFailures(int failures);

    int findingCount() const;
    // The text of the finding shown last when there is none of the importer's.
    QString noFindingsText() const;

Q_SIGNALS:
    // A finding about one entry was activated: show that entry.
    void entryActivated(int entryIndex);

private:
    // The importer's finding as a sentence, its numbers as the locale writes them.
    static QString findingText(const PayloadReader &reader, const ImporterFinding &finding);
    void showNoFindings();

    QLabel *m_layout;
    QLabel *m_imageSize;
    QLabel *m_entries;
    QLabel *m_payload;
    QLabel *m_trailing;
    QLabel *m_verdict;
    QListWidget *m_findings;
    QListWidgetItem *m_noFindings = nullptr;
    bool m_read = false;
    int m_integrityFailures = 0;
};
