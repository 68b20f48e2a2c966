// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/SourceScanJob.h"

#include <QDialog>

// The single report after adding files: how many were added and which were skipped, why.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportSummaryDialog(int added, const QList<SkippedSource> &skipped, QWidget *parent = nullptr);
};
