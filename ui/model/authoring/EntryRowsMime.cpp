// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryRowsMime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

QString EntryRowsMime::rowsType()
{
    return QStringLiteral("application/x-payload-studio-rows");
}

QMimeData *EntryRowsMime::encode(const void *owner, QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The model's address ties the rows to this list: a drop on another window's list is
    // not a move.
    stream << quint64(quintptr(owner)) << rows;
    auto *mime = new QMimeData;
    mime->setData(rowsType(), encoded);
    return mime;
}

bool EntryRowsMime::decode(const QMimeData *data, const void *owner, QList<int> *rows)
{
    if (!data->hasFormat(rowsType()))
        return false;
    QByteArray encoded = data->data(rowsType());
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    quint64 from = 0;
    stream >> from >> *rows;
    return stream.status() == QDataStream::Ok && from == quint64(quintptr(owner));
}

QList<QUrl> EntryRowsMime::localUrls(const QMimeData *data)
{
    QList<QUrl> local;
    if (data->hasUrls())
        for (const QUrl &u : data->urls())
            if (u.isLocalFile())
                local << u;
    return local;
}
