// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// Writes the seeds of one fuzz target's corpus: `<root>/<target>/<label>`. Seeds are small on
// purpose (libFuzzer mutates small inputs faster), and the same run writes the same files.
class CorpusWriter
{
public:
    CorpusWriter(const QString &root, const QString &target);

    // Writes `data` as the seed `label` (a file name). Returns false when it cannot be written.
    bool add(const QString &label, const QByteArray &data);
    // Writes `data` whole and cut at a spread of lengths (`label.cutN`), including inside its
    // first header and one byte short of its end.
    void addWithTruncations(const QString &label, const QByteArray &data);

    int written() const { return m_written; }
    bool failed() const { return m_failed; }
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    int m_written = 0;
    bool m_failed = false;
};
