// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QFrame>
#include <QStringList>

class CheckoutLayout;
class FillMeter;
class NoticeBar;
class QLabel;
class SrcfsPlan;

// The checkout tab's strip about the first image (init.img): which LBPAYLD1 layout the
// checkout's importer reads and where it says so (its findings as a warning), and the first
// image's budget for the selected split as three meters: files and bytes against
// builder-hex0's limits, and the share of the room the Fiwix hand-off leaves, labelled
// inferred (FIRST-IMAGE.md, "The Fiwix hand-off"). Below: the notes that make the budget
// partial, the findings, the largest files and how many split points fit. Numbers are in the
// user's locale. It only shows what it is given: the counting is CheckoutBudget's job.
class FirstImageBudgetView : public QFrame
{
    Q_OBJECT
public:
    explicit FirstImageBudgetView(QWidget *parent = nullptr);

    // "Layout: u64, read from <file> line <n>" (or the generator, or "the checkout does not
    // say; u32 assumed"), and the layout's findings as a warning below it.
    void setLayoutInfo(const CheckoutLayout &layout);
    // The budget of the split at `splitStep`.
    void setBudget(const QString &splitStep, const SrcfsPlan &plan);
    // Nothing to show for `splitStep`: `reason` says why (plan errors, no split chosen).
    void clearBudget(const QString &reason);
    // Whether a count runs: the title says so, the meters keep the last values meanwhile.
    void setCounting(bool counting);
    // How many of the checkout's split points fit, and the names of those that do not.
    void setSplitFits(int fitting, int total, const QStringList &notFitting);

    QLabel *layoutLabel() const { return m_layout; }
    NoticeBar *layoutNotice() const { return m_layoutNotice; }
    QLabel *titleLabel() const { return m_title; }
    FillMeter *filesMeter() const { return m_files; }
    FillMeter *bytesMeter() const { return m_bytes; }
    FillMeter *fiwixMeter() const { return m_fiwix; }
    QLabel *fiwixLabel() const { return m_fiwixCaption; }
    QLabel *notesLabel() const { return m_notes; }
    QLabel *largestLabel() const { return m_largest; }
    QLabel *splitsLabel() const { return m_splits; }

private:
    void updateTitle();

    QLabel *m_layout;
    NoticeBar *m_layoutNotice;
    QLabel *m_title;
    FillMeter *m_files;
    FillMeter *m_bytes;
    QLabel *m_fiwixCaption;
    FillMeter *m_fiwix;
    QLabel *m_notes;
    QLabel *m_largest;
    QLabel *m_splits;
    QString m_step;
    bool m_counting = false;
};
