// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/SourceScanJob.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ConflictDialog;
class EntryTableModel;
class QUndoStack;
class QWidget;

// Brings files into the authoring list: probes them on a worker, asks one question per name
// conflict (with "apply to all"), adds everything with one undoable command, and shows one
// summary of what was skipped and why. Dialogs are window-modal and asynchronous, so the
// event loop never nests.
class EntryImporter : public QObject
{
    Q_OBJECT
public:
    EntryImporter(EntryTableModel *model, QUndoStack *undoStack, QWidget *dialogParent, QObject *parent = nullptr);

    // Adds files and folders before `row` (-1: at the end). Requests made while one is under
    // way wait their turn.
    void addPaths(const QStringList &paths, int row = -1, bool recursive = false);
    // Replaces the whole list with `entries` (an opened list file, an image's entries) as one
    // undoable command named `commandText`. Sources are probed but none is skipped: problems
    // show up in the status column instead.
    void replaceList(const QList<BuildEntry> &entries, const QString &commandText);

    bool isBusy() const;
    // The conflict question currently shown, if any (tests answer it).
    ConflictDialog *pendingQuestion() const;

Q_SIGNALS:
    // An addition or replacement finished; `added` entries went into the list, and every
    // one of them is in the model (a large one goes in over several events).
    void finished(int added);
    void busyChanged(bool busy);

private:
    struct Request
    {
        QStringList paths;
        int row = -1;
        bool recursive = false;
        bool replace = false;
        QList<BuildEntry> entries;
        QString commandText;
    };
    enum class Policy { Ask, Replace, Skip, KeepBoth };

    void startNext();
    void scanFinished();
    void resolveConflicts();
    void questionAnswered();
    void applyDecision(Policy decision);
    void commit();
    // Ends the addition of `added` entries once the model has put in every row.
    void finishWhenInserted(int added);
    QString uniqueName(const QByteArray &name) const;

    EntryTableModel *m_model;
    QUndoStack *m_undoStack;
    QWidget *m_dialogParent;
    SourceScanJob m_scan;
    QList<Request> m_queue;
    Request m_current;
    bool m_active = false;

    // State of the addition being resolved.
    QList<AuthoringEntry> m_incoming;
    QList<SkippedSource> m_skipped;
    QList<int> m_replacedRows;
    QSet<QByteArray> m_taken; // names in the list (minus replaced) plus those accepted so far
    int m_cursor = 0;
    Policy m_policy = Policy::Ask;
    QPointer<ConflictDialog> m_question;
};
