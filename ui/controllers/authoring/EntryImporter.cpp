// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/EntryImporter.h"
#include "commands/AddEntriesCommand.h"
#include "commands/RemoveEntriesCommand.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ImportSummaryDialog.h"
#include "model/EntryKind.h"
#include "model/authoring/EntryTableModel.h"

#include <QUndoStack>
#include <QWidget>

EntryImporter::EntryImporter(EntryTableModel *model, QUndoStack *undoStack, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
    connect(&m_scan, &SourceScanJob::finished, this, &EntryImporter::scanFinished);
}

bool EntryImporter::isBusy() const
{
    return m_active;
}

ConflictDialog *EntryImporter::pendingQuestion() const
{
    return m_question;
}

void EntryImporter::addPaths(const QStringList &paths, int row, bool recursive)
{
    if (paths.isEmpty())
        return;
    Request r;
    r.paths = paths;
    r.row = row;
    r.recursive = recursive;
    m_queue << r;
    startNext();
}

void EntryImporter::replaceList(const QList<BuildEntry> &entries, const QString &commandText)
{
    Request r;
    r.replace = true;
    r.entries = entries;
    r.commandText = commandText;
    m_queue << r;
    startNext();
}

void EntryImporter::startNext()
{
    if (m_active || m_queue.isEmpty())
        return;
    m_active = true;
    Q_EMIT busyChanged(true);
    m_current = m_queue.takeFirst();
    if (m_current.replace) {
        QList<AuthoringEntry> entries;
        entries.reserve(m_current.entries.size());
        for (const BuildEntry &b : std::as_const(m_current.entries))
            entries << AuthoringEntry::fromBuildEntry(b, false);
        m_scan.probeEntries(entries);
    } else {
        m_scan.scanPaths(m_current.paths, m_current.recursive, m_model->layout());
    }
}

void EntryImporter::scanFinished()
{
    // What is decided below reads the whole list.
    m_model->finishInserting();
    m_incoming = m_scan.entries();
    m_skipped = m_scan.skipped();
    m_replacedRows.clear();
    m_cursor = 0;
    m_policy = Policy::Ask;
    if (m_current.replace) {
        QList<int> all;
        for (int i = 0; i < m_model->rowCount(); ++i)
            all << i;
        m_undoStack->beginMacro(m_current.commandText);
        if (!all.isEmpty())
            m_undoStack->push(new RemoveEntriesCommand(m_model, all));
        if (!m_incoming.isEmpty())
            m_undoStack->push(new AddEntriesCommand(m_model, 0, m_incoming, true));
        m_undoStack->endMacro();
        finishWhenInserted(int(m_incoming.size()));
        return;
    }
    // Nothing can clash in an empty list with names the worker found distinct: no pass over
    // them here.
    if (m_model->rowCount() == 0 && m_scan.namesDistinct()) {
        commit();
        return;
    }
    m_taken.clear();
    for (const AuthoringEntry &e : m_model->entries())
        m_taken.insert(e.name);
    resolveConflicts();
}

QString EntryImporter::uniqueName(const QByteArray &name) const
{
    const QString base = QString::fromUtf8(name);
    for (int n = 2;; ++n) {
        const QString candidate = EntryKind::withTag(base, QString::number(n));
        if (!m_taken.contains(candidate.toUtf8()))
            return candidate;
    }
}

void EntryImporter::resolveConflicts()
{
    while (m_cursor < m_incoming.size()) {
        const AuthoringEntry &e = m_incoming.at(m_cursor);
        if (!m_taken.contains(e.name)) {
            m_taken.insert(e.name);
            ++m_cursor;
            continue;
        }
        if (m_policy != Policy::Ask) {
            applyDecision(m_policy);
            continue;
        }
        // Ask, and carry on from here once answered.
        int remaining = 0;
        for (qsizetype k = m_cursor + 1; k < m_incoming.size(); ++k)
            if (m_taken.contains(m_incoming.at(k).name))
                ++remaining;
        AuthoringEntry existing;
        bool inBatch = false;
        for (int k = 0; k < m_cursor; ++k) {
            if (m_incoming.at(k).name == e.name) {
                existing = m_incoming.at(k);
                inBatch = true;
            }
        }
        if (!inBatch)
            existing = m_model->entry(m_model->rowOfName(e.name));
        m_question = new ConflictDialog(existing, e, uniqueName(e.name), remaining, m_dialogParent);
        m_question->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_question, &QDialog::finished, this, &EntryImporter::questionAnswered);
        m_question->open();
        return;
    }
    commit();
}

void EntryImporter::questionAnswered()
{
    const ConflictDialog::Choice choice = m_question ? m_question->choice() : ConflictDialog::Choice::Cancel;
    const bool all = m_question && m_question->applyToAll();
    m_question = nullptr;
    Policy decision = Policy::Skip;
    switch (choice) {
    case ConflictDialog::Choice::Cancel:
        // Nothing of this addition is added.
        m_incoming.clear();
        m_active = false;
        Q_EMIT busyChanged(false);
        Q_EMIT finished(0);
        startNext();
        return;
    case ConflictDialog::Choice::Replace:
        decision = Policy::Replace;
        break;
    case ConflictDialog::Choice::Skip:
        decision = Policy::Skip;
        break;
    case ConflictDialog::Choice::KeepBoth:
        decision = Policy::KeepBoth;
        break;
    }
    if (all)
        m_policy = decision;
    applyDecision(decision);
    resolveConflicts();
}

void EntryImporter::applyDecision(Policy decision)
{
    AuthoringEntry &e = m_incoming[m_cursor];
    switch (decision) {
    case Policy::Replace: {
        // What is replaced is an earlier file of this addition, or else the entry in the list.
        for (int k = 0; k < m_cursor; ++k) {
            if (m_incoming.at(k).name == e.name) {
                m_incoming.removeAt(k);
                return; // m_cursor now points past the replacement
            }
        }
        const int row = m_model->rowOfName(e.name);
        if (row >= 0 && !m_replacedRows.contains(row))
            m_replacedRows << row;
        ++m_cursor;
        return;
    }
    case Policy::Skip:
        m_skipped << SkippedSource {
            e.sourcePath, tr("an entry named “%1” is already in the list").arg(e.displayName())};
        m_incoming.removeAt(m_cursor);
        return;
    case Policy::KeepBoth:
        e.name = uniqueName(e.name).toUtf8();
        m_taken.insert(e.name);
        ++m_cursor;
        return;
    case Policy::Ask:
        break;
    }
}

void EntryImporter::commit()
{
    if (!m_active)
        return;
    const int added = int(m_incoming.size());
    if (added > 0 || !m_replacedRows.isEmpty()) {
        int row = m_current.row;
        if (row >= 0)
            for (int r : std::as_const(m_replacedRows))
                if (r < m_current.row)
                    --row;
        if (m_replacedRows.isEmpty()) {
            m_undoStack->push(new AddEntriesCommand(m_model, row, m_incoming, true));
        } else {
            m_undoStack->beginMacro(tr("Add %n File(s)", nullptr, added));
            m_undoStack->push(new RemoveEntriesCommand(m_model, m_replacedRows));
            m_undoStack->push(new AddEntriesCommand(m_model, row, m_incoming, true));
            m_undoStack->endMacro();
        }
    }
    if (!m_skipped.isEmpty()) {
        auto *summary = new ImportSummaryDialog(added, m_skipped, m_dialogParent);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->open();
    }
    m_incoming.clear();
    finishWhenInserted(added);
}

void EntryImporter::finishWhenInserted(int added)
{
    // The rows of a large add go in over several events: the addition ends with the last.
    if (m_model->isInserting()) {
        connect(
            m_model, &EntryTableModel::insertingFinished, this, [this, added] { finishWhenInserted(added); },
            Qt::SingleShotConnection);
        return;
    }
    m_active = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(added);
    startNext();
}
