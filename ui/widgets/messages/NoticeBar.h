// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <KMessageWidget>

// The strip above a view with one message: what blocks the build, why an image could not be
// read. It is KDE's KMessageWidget, so its colours come from the colour scheme in use; this
// class only fixes how the application shows one (an icon for each kind, wrapped text, no
// close button: the panel hides it when its cause is gone).
class NoticeBar : public KMessageWidget
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows `text` (rich text allowed) with the look of `type`, at once (no animation: a
    // notice that answers a finished job must be readable in the same event-loop turn).
    void showNotice(KMessageWidget::MessageType type, const QString &text);
};
