// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ProgressPrinter.h"
#include "ByteCount.h"
#include "CancelSignal.h"

#include <atomic>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

constexpr qint64 RedrawIntervalMs = 100;
std::atomic<ProgressPrinter *> s_active {nullptr};

int terminalColumns()
{
    winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

void writeErr(const QByteArray &bytes)
{
    // Progress is best effort: a failed write to the terminal is not worth reporting.
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDERR_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

QString duration(qint64 seconds)
{
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace

ProgressPrinter::ProgressPrinter(bool quiet)
    : m_enabled(!quiet && ::isatty(STDERR_FILENO))
{
    m_clock.start();
}

ProgressPrinter::~ProgressPrinter()
{
    finish();
    ProgressPrinter *self = this;
    s_active.compare_exchange_strong(self, nullptr);
}

JobControl ProgressPrinter::control()
{
    JobControl control = JobControl::fromFlag(CancelSignal::flag());
    if (m_enabled)
        control.progress = [this](qint64 done, qint64 total, const QString &current) {
            report(done, total, current);
        };
    return control;
}

void ProgressPrinter::finish()
{
    std::lock_guard lock(m_mutex);
    eraseLocked();
    m_lastDraw = -1;
}

void ProgressPrinter::eraseActiveLine()
{
    if (ProgressPrinter *active = s_active.load())
        active->finish();
}

void ProgressPrinter::eraseLocked()
{
    if (!m_drawn)
        return;
    writeErr("\r\033[K");
    m_drawn = false;
}

void ProgressPrinter::report(qint64 done, qint64 total, const QString &current)
{
    std::lock_guard lock(m_mutex);
    if (!current.isEmpty()) {
        // An entry name may hold control characters; they must not move the cursor.
        m_current = current;
        for (QChar &c : m_current)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char('?');
    }
    // The first report draws at once, so that even a short job shows where it is.
    const qint64 now = m_clock.elapsed();
    if (m_lastDraw >= 0 && now - m_lastDraw < RedrawIntervalMs)
        return;
    m_lastDraw = now;
    s_active.store(this);
    QString text = line(done, total, m_current);
    const int columns = terminalColumns() - 1;
    if (text.size() > columns)
        text = text.left(std::max(0, columns - 1)) + QChar(0x2026);
    writeErr("\r\033[K" + text.toLocal8Bit());
    m_drawn = true;
}

QString ProgressPrinter::line(qint64 done, qint64 total, const QString &current) const
{
    QStringList parts;
    if (total > 0) {
        parts << QStringLiteral("%1%").arg(std::min<qint64>(100, done * 100 / total), 3);
        parts << tr("%1 of %2").arg(ByteCount::human(done), ByteCount::human(total));
    } else {
        parts << ByteCount::human(done);
    }
    const qint64 elapsedMs = std::max<qint64>(1, m_clock.elapsed());
    const double rate = double(done) * 1000.0 / double(elapsedMs);
    if (elapsedMs >= 200 && done > 0) {
        parts << tr("%1/s").arg(ByteCount::human(qint64(rate)));
        if (total > 0 && rate > 0)
            parts << tr("ETA %1").arg(duration(qint64(double(std::max<qint64>(0, total - done)) / rate + 0.5)));
    }
    if (!current.isEmpty())
        parts << current;
    return parts.join(QLatin1String("  "));
}
