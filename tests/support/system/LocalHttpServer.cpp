// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "LocalHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace {

QByteArray reason(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray response(int code, const QByteArray &extraHeaders, const QByteArray &body, qint64 contentLength)
{
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason(code) +
        "\r\n"
        "Content-Type: application/octet-stream\r\n"
        "Content-Length: " +
        QByteArray::number(contentLength) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
}

} // namespace

LocalHttpServer::LocalHttpServer()
{
    m_thread.setObjectName(QStringLiteral("LocalHttpServer"));
}

LocalHttpServer::~LocalHttpServer()
{
    stop();
}

QString LocalHttpServer::normalized(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
}

QString LocalHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(normalized(path));
}

void LocalHttpServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(normalized(path), route);
}

void LocalHttpServer::serve(const QString &path, const QByteArray &body)
{
    Route route;
    route.body = body;
    setRoute(path, route);
}

void LocalHttpServer::redirect(const QString &path, const QString &location, int code)
{
    Route route;
    route.kind = Route::Kind::Redirect;
    route.code = code;
    route.location = location;
    setRoute(path, route);
}

void LocalHttpServer::stall(const QString &path, const QByteArray &firstBytes, qint64 announcedLength)
{
    Route route;
    route.kind = Route::Kind::Stall;
    route.body = firstBytes;
    route.announcedLength = announcedLength;
    setRoute(path, route);
}

void LocalHttpServer::fail(const QString &path, int code)
{
    Route route;
    route.kind = Route::Kind::Error;
    route.code = code;
    setRoute(path, route);
}

void LocalHttpServer::remove(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_routes.remove(normalized(path));
}

int LocalHttpServer::hits(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_hits.value(normalized(path));
}

QByteArray LocalHttpServer::respond(const QString &path, bool *keepOpen)
{
    QMutexLocker lock(&m_mutex);
    ++m_hits[path];
    *keepOpen = false;
    const auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd()) {
        const QByteArray body = "not found\n";
        return response(404, {}, body, body.size());
    }
    const Route &route = *it;
    switch (route.kind) {
    case Route::Kind::Body:
        return response(200, {}, route.body, route.body.size());
    case Route::Kind::Redirect:
        return response(route.code, "Location: " + route.location.toUtf8() + "\r\n", {}, 0);
    case Route::Kind::Stall:
        *keepOpen = true;
        return response(200, {}, route.body, route.announcedLength);
    case Route::Kind::Error:
        break;
    }
    const QByteArray body = reason(route.code) + '\n';
    return response(route.code, {}, body, body.size());
}

bool LocalHttpServer::start()
{
    if (m_worker)
        return m_port != 0;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    // Everything network happens in the server thread, created there and owned by m_worker.
    QMetaObject::invokeMethod(
        m_worker,
        [this, &listening] {
            auto *server = new QTcpServer(m_worker);
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, m_worker, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    socket->setParent(m_worker);
                    auto *request = new QByteArray;
                    QObject::connect(socket, &QObject::destroyed, [request] { delete request; });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                        if (request->contains("\r\n\r\n"))
                            return; // answered already; ignore anything after the request
                        request->append(socket->readAll());
                        if (!request->contains("\r\n\r\n"))
                            return;
                        const QList<QByteArray> words = request->left(request->indexOf("\r\n")).split(' ');
                        const QString target = words.size() >= 2 ? QString::fromUtf8(words.at(1)) : QString();
                        const QString path = QUrl(target).path();
                        bool keepOpen = false;
                        socket->write(respond(path.isEmpty() ? QStringLiteral("/") : path, &keepOpen));
                        socket->flush();
                        if (!keepOpen)
                            socket->disconnectFromHost();
                    });
                }
            });
            listening = server->listen(QHostAddress::LocalHost, 0);
            m_port = listening ? server->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

void LocalHttpServer::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            // The server and every connection, stalled ones included, go away in their thread.
            const QList<QObject *> children = m_worker->children();
            for (QObject *child : children) {
                if (auto *socket = qobject_cast<QTcpSocket *>(child))
                    socket->abort();
                delete child;
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}
