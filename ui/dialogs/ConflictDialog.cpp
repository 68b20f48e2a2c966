// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/ConflictDialog.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const AuthoringEntry &existing, const AuthoringEntry &incoming,
    const QString &keepBothName, int remaining, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Name Already in the List"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(
        Icons::get(QStringLiteral("dialog-warning")).pixmap(style()->pixelMetric(QStyle::PM_MessageBoxIconSize)));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(tr("The list already has an entry named <b>%1</b>. An image can hold each name only "
                               "once: the importer would overwrite one file with the other.")
                                .arg(existing.displayName().toHtmlEscaped()));
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    auto describe = [](const AuthoringEntry &e) {
        auto *l = new QLabel(tr("%1\n%2").arg(e.sourcePath, Formatting::bytes(e.size)));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    form->addRow(tr("In the list:"), describe(existing));
    form->addRow(tr("Being added:"), describe(incoming));
    layout->addLayout(form);

    if (remaining > 0) {
        m_applyToAll =
            new QCheckBox(tr("Do the same for the %n other conflict(s) of this addition", nullptr, remaining));
        layout->addWidget(m_applyToAll);
    }

    auto *buttons = new QDialogButtonBox;
    auto *replace = buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    replace->setToolTip(tr("Remove the entry in the list and add the new file"));
    auto *skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::RejectRole);
    skip->setToolTip(tr("Leave the list as it is and do not add the new file"));
    auto *keep = buttons->addButton(tr("&Keep Both"), QDialogButtonBox::ActionRole);
    keep->setToolTip(tr("Add the new file as “%1”").arg(keepBothName));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Add none of the files"));
    connect(replace, &QPushButton::clicked, this, [this] { choose(Choice::Replace); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(Choice::Skip); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepBoth); });
    connect(cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });
    layout->addWidget(buttons);
    keep->setDefault(true);
}

bool ConflictDialog::applyToAll() const
{
    return m_applyToAll && m_applyToAll->isChecked();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Choice::Cancel ? QDialog::Rejected : QDialog::Accepted);
}
