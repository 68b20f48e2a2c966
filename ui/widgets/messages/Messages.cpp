// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/messages/Messages.h"

namespace Messages {

QMessageBox *show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &informative, const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("outcomeMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informative);
    box->setDetailedText(details);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}

} // namespace Messages
