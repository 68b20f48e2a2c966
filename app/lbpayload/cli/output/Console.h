// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstring>

// Messages for people go to standard error, one write per message so that lines from
// different sources never interleave; an active progress line is erased first.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    // "lbpayload: <message>"
    static void error(const QString &message);
    // "lbpayload: warning: <message>"
    static void warning(const QString &message);
    // "lbpayload: <message>", for notes and summaries; callers skip it under --quiet.
    static void note(const QString &message);
    // Writes `text` to standard error as it is (help text, multi-line usage).
    static void writeErr(const QString &text);

    // An entry name as one line of text: backslash, tab, line breaks and other control bytes
    // become backslash escapes (\\, \t, \n, \r, \xNN), everything else stays as stored. Lines
    // of `list` and `diff` output therefore always hold exactly one name.
    static QByteArray escapedName(const QByteArray &raw);
    // The same, decoded for use inside a translated message.
    static QString displayName(const QByteArray &raw);
};

// Standard output through one large buffer: a 200,000-line listing costs a handful of
// write() calls instead of a flush per line. The buffer is allocated once and filled with
// plain copies: QByteArray::append costs about a hundred instructions a call, and a listing
// makes five calls a line (callgrind).
class StdoutBuffer
{
    Q_DECLARE_TR_FUNCTIONS(StdoutBuffer)
public:
    StdoutBuffer();
    ~StdoutBuffer(); // flushes; a failure then goes unreported, so call flush() yourself

    void append(QByteArrayView bytes)
    {
        if (bytes.size() > m_buffer.size() - m_used)
            makeRoom(bytes.size());
        std::memcpy(m_buffer.data() + m_used, bytes.data(), size_t(bytes.size()));
        m_used += bytes.size();
        if (m_used >= FlushThreshold)
            flush();
    }
    void append(char c) { append(QByteArrayView(&c, 1)); }
    // Appends `text` in UTF-8 and a line break.
    void appendLine(const QString &text)
    {
        append(text.toUtf8());
        append('\n');
    }
    // Appends `value` in decimal, right-aligned in `width` columns.
    void appendNumber(qint64 value, int width = 0);
    // How many decimal digits `value` (>= 0) takes: the width of a right-aligned column.
    static int digitsOf(qint64 value);

    // Writes out what is buffered. Returns false once any write has failed (disk full,
    // closed pipe); errorString() says why.
    bool flush();
    QString errorString() const { return m_error; }

private:
    // Flushes, then grows the buffer if `bytes` still do not fit.
    void makeRoom(qsizetype bytes);

    static constexpr qsizetype FlushThreshold = 1024 * 1024;
    QByteArray m_buffer; // its size is the capacity; m_used bytes of it are filled
    qsizetype m_used = 0;
    QString m_error;
};
