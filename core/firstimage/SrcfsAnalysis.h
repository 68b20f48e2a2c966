// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"
#include "FiwixHandoff.h"
#include "SrcfsRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// The first image's budget: what the srcfs takes of builder-hex0's limits, and what the
// Fiwix hand-off leaves for the files the build writes before `jump: fiwix`.
struct FirstImageBudget
{
    int filesUsed = 0; // records that take a file slot (SrcfsRecord::takesFileSlot)
    int filesLimit = 0;
    qint64 bytesUsed = 0; // data of every `src` record
    qint64 bytesLimit = 0;
    std::optional<FiwixHandoff> fiwix; // unknown when neither image nor checkout says
    // Inferred: bytesLimit - fiwix initrd - bytesUsed; negative when it does not fit.
    qint64 leftBeforeFiwix() const { return fiwix ? bytesLimit - fiwix->initrdBytes() - bytesUsed : 0; }
};

// Checks a script's records against builder-hex0's rules and counts the budget. The same
// checks serve the reader (an image) and the writer (a tree about to become one), so both
// refuse and report alike. Records are fed in script order; memory grows with the distinct
// paths only.
class SrcfsAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(SrcfsAnalysis)
public:
    // `imageName` starts every message ("init.img: record 12 at byte 90112: ...").
    explicit SrcfsAnalysis(const QString &imageName);

    // Checks one record: name length, argument length, parent folder, duplicate, an empty
    // `src` that looks like a file, a hex0 input or a program no earlier record wrote, and the running file and byte
    // totals (the finding is made once, at the record that first goes past a limit).
    void add(const SrcfsRecord &record);
    // Adds the Fiwix hand-off figure and its finding when the srcfs leaves it no room. Call
    // after the last add().
    void finish(const std::optional<FiwixHandoff> &fiwix);

    const FirstImageBudget &budget() const { return m_budget; }
    const FirstImageFindings &findings() const { return m_findings; }
    // Adds a finding made elsewhere (the reader's structural ones), keeping one list.
    void addFinding(FirstImageFinding finding) { m_findings.append(std::move(finding)); }
    // "init.img: record 12 at byte 90112" or "init.img" when `record` is -1.
    QString where(int record, qint64 offset) const;

private:
    QString m_imageName;
    FirstImageBudget m_budget;
    FirstImageFindings m_findings;
    QHash<QByteArray, int> m_paths; // absolute path -> first record that wrote it
    QSet<QByteArray> m_files; // absolute paths written as files (src with data, hex0 outputs)
    bool m_filesReported = false;
    bool m_bytesReported = false;
};
