// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Console.h"
#include "ProgressPrinter.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <unistd.h>

namespace {

bool writeAll(int fd, const char *data, qsizetype length, int *error)
{
    while (length > 0) {
        const ssize_t n = ::write(fd, data, size_t(length));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = errno;
            return false;
        }
        data += n;
        length -= n;
    }
    return true;
}

void writeMessage(const QString &text)
{
    ProgressPrinter::eraseActiveLine();
    const QByteArray bytes = text.toLocal8Bit();
    int error = 0;
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size(), &error);
}

QString prefix()
{
    return QCoreApplication::applicationName() + QLatin1String(": ");
}

} // namespace

void Console::error(const QString &message)
{
    writeMessage(prefix() + message + QLatin1Char('\n'));
}

void Console::warning(const QString &message)
{
    writeMessage(prefix() + tr("warning: %1").arg(message) + QLatin1Char('\n'));
}

void Console::note(const QString &message)
{
    writeMessage(prefix() + message + QLatin1Char('\n'));
}

void Console::writeErr(const QString &text)
{
    writeMessage(text);
}

QByteArray Console::escapedName(const QByteArray &raw)
{
    const auto needsEscape = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f || c == '\\';
    };
    if (std::none_of(raw.cbegin(), raw.cend(), needsEscape))
        return raw;
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(raw.size() + 8);
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (needsEscape(c)) {
                out += "\\x";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    return out;
}

QString Console::displayName(const QByteArray &raw)
{
    return QString::fromUtf8(escapedName(raw));
}

StdoutBuffer::StdoutBuffer()
    : m_buffer(FlushThreshold + 64 * 1024, Qt::Uninitialized)
{ }

void StdoutBuffer::makeRoom(qsizetype bytes)
{
    flush();
    if (bytes > m_buffer.size())
        m_buffer.resize(bytes);
}

StdoutBuffer::~StdoutBuffer()
{
    flush();
}

void StdoutBuffer::appendNumber(qint64 value, int width)
{
    // Right-aligned in one piece: the padding, then the digits.
    char text[64];
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    const int length = int(result.ptr - digits);
    const int pad = std::clamp(width - length, 0, int(sizeof text) - length);
    std::memset(text, ' ', size_t(pad));
    std::memcpy(text + pad, digits, size_t(length));
    append(QByteArrayView(text, pad + length));
}

bool StdoutBuffer::flush()
{
    if (!m_error.isEmpty()) {
        m_used = 0;
        return false;
    }
    int error = 0;
    const bool ok = m_used == 0 || writeAll(STDOUT_FILENO, m_buffer.constData(), m_used, &error);
    m_used = 0;
    if (!ok)
        m_error = tr("cannot write to standard output: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    return ok;
}

int StdoutBuffer::digitsOf(qint64 value)
{
    int n = 1;
    while (value >= 10) {
        value /= 10;
        ++n;
    }
    return n;
}
