// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QThread>

class QObject;

// A minimal HTTP/1.1 server for tests, on 127.0.0.1 and a port the system picks. It runs in
// its own thread, so it answers while the test blocks (QProcess::waitForFinished) or runs
// its own event loop. Each response ends with `Connection: close`. Paths not configured get a
// 404. Configuration and hits() may be used from any thread at any time.
class LocalHttpServer
{
public:
    LocalHttpServer();
    ~LocalHttpServer(); // stop()
    LocalHttpServer(const LocalHttpServer &) = delete;
    LocalHttpServer &operator=(const LocalHttpServer &) = delete;

    // Starts listening; false when no port could be bound. Call once.
    bool start();
    // Closes the listening socket and every open connection (a stalled one too), then ends
    // the thread. Idempotent.
    void stop();
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port><path>"; a path without a leading '/' gets one.
    QString url(const QString &path) const;

    // GET `path` answers 200 with `body`.
    void serve(const QString &path, const QByteArray &body);
    // GET `path` answers `code` (301, 302, 303, 307, 308) with a Location header.
    void redirect(const QString &path, const QString &location, int code = 302);
    // GET `path` sends headers with Content-Length `announcedLength` and `firstBytes`, then
    // nothing until the client goes away or the server stops.
    void stall(const QString &path, const QByteArray &firstBytes, qint64 announcedLength);
    // GET `path` answers `code` (an error such as 404, 500 or 503) with a short body.
    void fail(const QString &path, int code);
    // Forgets what `path` was configured to do: it answers 404 again.
    void remove(const QString &path);
    // How many requests `path` has received (any method, whatever the answer).
    int hits(const QString &path) const;

private:
    struct Route
    {
        enum class Kind { Body, Redirect, Stall, Error };
        Kind kind = Kind::Body;
        int code = 200;
        QByteArray body; // the body, or the first bytes of a stall
        QString location;
        qint64 announcedLength = 0;
    };
    // Called in the server thread for each request: counts it and builds the answer.
    // Returns the bytes to send and whether to keep the connection open afterwards (stall).
    QByteArray respond(const QString &path, bool *keepOpen);
    static QString normalized(const QString &path);
    void setRoute(const QString &path, const Route &route);

    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_hits;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
};
