// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Icons.h"

NoticeBar::NoticeBar(QWidget *parent)
    : KMessageWidget(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setWordWrap(true);
    setCloseButtonVisible(false);
    setAccessibleName(tr("Notice"));
    hide();
}

void NoticeBar::showNotice(KMessageWidget::MessageType type, const QString &text)
{
    QString iconName;
    switch (type) {
    case KMessageWidget::Information:
        iconName = QStringLiteral("dialog-information");
        break;
    case KMessageWidget::Positive:
        iconName = QStringLiteral("emblem-ok");
        break;
    case KMessageWidget::Warning:
        iconName = QStringLiteral("dialog-warning");
        break;
    case KMessageWidget::Error:
        iconName = QStringLiteral("dialog-error");
        break;
    }
    setMessageType(type);
    setIcon(Icons::get(iconName));
    setText(text);
    setAccessibleDescription(text);
    show();
}
