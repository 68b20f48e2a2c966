// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class PayloadReader;

// Copies entries of an image into a folder as the importer would, but safely: a name that
// could leave the folder or that the importer rejects is refused, a symlink in the folder is
// never followed, nothing is overwritten unless asked, and each file appears whole or not
// at all (written under a temporary name, then linked or renamed into place).
class PayloadExtractor
{
    Q_DECLARE_TR_FUNCTIONS(PayloadExtractor)
public:
    struct Options
    {
        bool overwrite = false;
        QList<int> indices; // entries to extract; all when empty
    };

    // Extracts into `directory`, creating it when missing. Returns false and sets error() at
    // the first entry that cannot be extracted (refused name, existing file, I/O error) or
    // on a cancel (wasCanceled()); files already extracted stay.
    [[nodiscard]] bool extract(
        const PayloadReader &reader, const QString &directory, const Options &options, const JobControl &control = {});

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // Paths written, in order.
    const QStringList &written() const { return m_written; }

    // Why a name cannot be extracted, or an empty string when it can.
    static QString refusal(const QByteArray &name);

private:
    QString m_error;
    bool m_canceled = false;
    QStringList m_written;
};
