// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "IntegrityTester.h"

#include <QWidget>

#include <optional>

class ArchiveMemberModel;
class ArchiveMemberSortProxy;
class InspectJob;
class QLabel;
class QListWidget;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeView;

// What is inside one distfile: its kind (told from the content, and whether the name agrees),
// whether it reads to its end, its members as a folder tree and the findings (members that
// would land outside the unpack folder, a name that lies). The inspection runs on a worker
// (InspectJob); asking for another distfile cancels the one still running, so following a
// selection with the arrow keys never queues up work, and the GUI thread never waits.
class ArchiveInspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveInspectorPanel(QWidget *parent = nullptr);
    ~ArchiveInspectorPanel() override;

    // Inspects `target` (replacing whatever is shown or running).
    void inspect(const IntegrityTester::Target &target);
    // Shows `text` instead of an archive ("Select an entry…"), stopping a running inspection.
    void showPlaceholder(const QString &text);
    // Stops a running inspection; the panel says it was stopped.
    void stop();

    bool isBusy() const;
    // The last finished inspection's report (status Canceled when stopped); empty name when none.
    const ArchiveReport &report() const { return m_report; }
    ArchiveMemberModel *memberModel() const { return m_members; }
    // Between the model and the view: sorts by the column the user clicks, folders first.
    ArchiveMemberSortProxy *memberProxy() const { return m_sorted; }
    QTreeView *memberView() const { return m_tree; }
    QListWidget *findingsView() const { return m_findings; }
    // The text of the kind line ("tar.gz: gzip-compressed tar archive"), for tests and screen readers.
    QString kindText() const;
    QString statusText() const;
    QString placeholderText() const;

Q_SIGNALS:
    // A report is shown (also after a cancel or a failure to read).
    void inspected();

private:
    void startPending();
    void onFinished();
    void showReport();
    void showFindings();
    void expandToFindings(const QModelIndex &parent, int depth);

    InspectJob *m_job;
    std::optional<IntegrityTester::Target> m_pending;
    ArchiveReport m_report;
    ArchiveMemberModel *m_members;
    ArchiveMemberSortProxy *m_sorted;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_title;
    QProgressBar *m_busy;
    QToolButton *m_stop;
    QLabel *m_kind;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_sizes;
    QListWidget *m_findings;
    QTreeView *m_tree;
    QWidget *m_body; // facts, findings and tree: disabled while the next archive is read
};
