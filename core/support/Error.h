// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

// What went wrong in a core operation, in a shape callers can act on without reading the
// words: a kind to choose an exit code or a presentation by, a one-line summary for a status
// line or an error box's text, and optional details (one item per line) for its "details"
// part. Both texts are translated by the operation that made the error.
class Error
{
public:
    enum class Kind {
        None, // no error: the default, what a successful operation leaves behind
        InvalidInput, // an input is malformed or fails its checks (a distfile missing or wrong)
        NotFound, // a named file, folder or entry does not exist
        Io, // reading or writing failed, or what was written did not read back the same
        Conflict, // the output exists and may not be replaced
        Unsupported, // a well-formed input this program cannot handle
        Cancelled, // the user stopped the operation; nothing half-done is left
    };

    // No error.
    Error() = default;
    // An error of `kind` (not None). A `summary` of several lines keeps its first line; the
    // rest goes before `details`, so summary() is always one line and nothing is lost.
    Error(Kind kind, const QString &summary, const QString &details = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // One line, never empty for an error; empty for None.
    QString summary() const { return m_summary; }
    // Empty, or more lines that explain the summary.
    QString details() const { return m_details; }
    // The summary, then the details on the following lines: for logs and single-text places.
    QString text() const;

    // A stable, untranslated key for JSON and logs, e.g. "invalid-input".
    static QString kindKey(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_summary;
    QString m_details;
};
