// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

ImportSummaryDialog::ImportSummaryDialog(int added, const QList<SkippedSource> &skipped, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Files Added"));
    resize(640, 360);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%n file(s) added.", nullptr, added) + QLatin1Char(' ') +
        tr("%n source(s) were not added:", nullptr, int(skipped.size())));
    text->setWordWrap(true);
    layout->addWidget(text);

    // A read-only model for a read-only list: sortable by path or reason.
    auto *model = new QStandardItemModel(0, 2, this);
    model->setHorizontalHeaderLabels({tr("Source"), tr("Reason")});
    for (const SkippedSource &s : skipped) {
        auto *path = new QStandardItem(s.path);
        path->setToolTip(s.path);
        auto *reason = new QStandardItem(s.reason);
        reason->setToolTip(s.reason);
        path->setEditable(false);
        reason->setEditable(false);
        model->appendRow({path, reason});
    }
    auto *view = new QTreeView;
    view->setRootIsDecorated(false);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setAccessibleName(tr("Sources not added"));
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}
