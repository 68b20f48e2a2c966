// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Settings > Mirrors…: the distfile mirrors Fetch Missing tries before a distfile's own URLs,
// one base URL a line (`<mirror>/<file name>` is fetched), in the order given. Accepting
// stores them in AppSettings; lines that are not http, https or ftp URLs keep the dialog open.
class MirrorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MirrorsDialog(QWidget *parent = nullptr);

    // The URLs as typed, trimmed, without blank lines or a trailing slash.
    QStringList mirrors() const;
    void setMirrors(const QStringList &mirrors);
    // The lines that are not acceptable URLs (empty when all are fine).
    QStringList invalidLines() const;

    void accept() override;

private:
    void refresh();

    QPlainTextEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
