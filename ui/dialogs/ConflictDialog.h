// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/authoring/AuthoringEntry.h"

#include <QDialog>

class QCheckBox;

// The one question asked when an added file has the name of an entry already in the list:
// replace it, skip the new file, or keep both (the new one renamed), optionally for every
// remaining conflict of the same addition.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Replace, Skip, KeepBoth, Cancel };

    // `remaining` conflicts follow this one (the "apply to all" box is shown only then).
    ConflictDialog(const AuthoringEntry &existing, const AuthoringEntry &incoming, const QString &keepBothName,
        int remaining, QWidget *parent = nullptr);

    // After the dialog was answered; Cancel when it was closed.
    Choice choice() const { return m_choice; }
    bool applyToAll() const;

    // Answers the dialog as a button click would (keyboard users and tests).
    void choose(Choice choice);

private:
    Choice m_choice = Choice::Cancel;
    QCheckBox *m_applyToAll = nullptr;
};
