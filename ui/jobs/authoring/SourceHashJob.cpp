// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/SourceHashJob.h"
#include "Sha256.h"

#include <QFile>

#include <utility>

void SourceHashJob::start(const QList<AuthoringEntry> &entries)
{
    m_pending = std::make_shared<Pending>();
    m_pending->handed = entries;
    BackgroundJob::start([pending = m_pending](const JobControl &control) {
        QList<AuthoringEntry> todo;
        {
            // The GUI thread gave `handed` up at start(): no lock (the results' lock would hold
            // up its tick).
            for (const AuthoringEntry &e : std::exchange(pending->handed, {}))
                if (e.hashState == AuthoringEntry::HashState::Pending &&
                    e.sourceState == AuthoringEntry::SourceState::Ok)
                    todo << e;
        }
        for (const AuthoringEntry &e : std::as_const(todo)) {
            if (control.canceled())
                return;
            Result r = hashOne(e, control);
            if (control.canceled())
                return; // a partial digest is no digest
            QMutexLocker lock(&pending->mutex);
            pending->results << r;
        }
    });
}

SourceHashJob::Result SourceHashJob::hashOne(const AuthoringEntry &entry, const JobControl &control)
{
    Result r;
    r.id = entry.id;
    QFile file(entry.sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    if (entry.sourceOffset > 0 && !file.seek(entry.sourceOffset)) {
        r.error = file.errorString();
        return r;
    }
    Sha256 sha;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 left = entry.wholeFile ? std::numeric_limits<qint64>::max() : entry.size;
    qint64 done = 0;
    while (left > 0 && !control.canceled()) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), left));
        if (n < 0) {
            r.error = file.errorString();
            return r;
        }
        if (n == 0)
            break;
        sha.addData(buffer.constData(), n);
        left -= n;
        done += n;
        control.report(done, entry.size, entry.displayName());
    }
    if (!entry.wholeFile && left > 0) {
        r.error = tr("the source ended before the entry's last byte");
        return r;
    }
    r.sha256 = sha.hexResult();
    return r;
}

void SourceHashJob::collect()
{
    QList<Result> batch;
    {
        QMutexLocker lock(&m_pending->mutex);
        batch.swap(m_pending->results);
    }
    if (!batch.isEmpty())
        Q_EMIT hashed(batch);
}
