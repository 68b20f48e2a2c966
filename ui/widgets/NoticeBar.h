// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;

// A coloured strip above a view with an icon and one message, in the manner of KDE's
// KMessageWidget: what blocks the build, why an image could not be read.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows `text` (rich text allowed) with the look of `kind`.
    void showNotice(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    // A button at the right end (e.g. "Show details"); the caller connects it.
    void addAction(QAction *action);

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
};
