// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QMessageBox>

// Outcome messages that do not block: window-modal, opened with open() and deleted when
// closed, so no nested event loop runs while a job's result is shown.
namespace Messages {
// Opens the message and returns it (for adding buttons before it is answered).
QMessageBox *show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &informative = {}, const QString &details = {});
} // namespace Messages
