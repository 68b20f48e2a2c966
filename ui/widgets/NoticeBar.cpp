// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/NoticeBar.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    setAccessibleName(tr("Notice"));
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text)
{
    m_kind = kind;
    QString iconName, colour;
    // KDE's semantic colours (Breeze): readable on light and dark palettes alike.
    switch (kind) {
    case Kind::Information:
        iconName = QStringLiteral("dialog-information");
        colour = QStringLiteral("61, 174, 233");
        break;
    case Kind::Positive:
        iconName = QStringLiteral("emblem-ok");
        colour = QStringLiteral("39, 174, 96");
        break;
    case Kind::Warning:
        iconName = QStringLiteral("dialog-warning");
        colour = QStringLiteral("246, 116, 0");
        break;
    case Kind::Error:
        iconName = QStringLiteral("dialog-error");
        colour = QStringLiteral("218, 68, 83");
        break;
    }
    setStyleSheet(
        QStringLiteral("#noticeBar { background: rgba(%1, 0.18); border: 1px solid rgb(%1); border-radius: 4px; }")
            .arg(colour));
    m_icon->setPixmap(Icons::get(iconName).pixmap(22, 22));
    m_text->setText(text);
    setAccessibleDescription(m_text->text());
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::addAction(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(button, 0, Qt::AlignVCenter);
}
