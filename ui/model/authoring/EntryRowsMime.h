// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QMimeData;

// What the authoring list's drags carry and its drops accept: rows of the list itself (a
// private type tied to the model that made it, so that other applications and other windows
// never see a move) and local files (text/uri-list).
class EntryRowsMime
{
public:
    static QString rowsType();
    // The private data for `rows` of the list `owner`.
    static QMimeData *encode(const void *owner, QList<int> rows);
    // Returns false when `data` holds no rows of `owner`; else sets `rows`.
    static bool decode(const QMimeData *data, const void *owner, QList<int> *rows);
    // The local files among `data`'s URLs.
    static QList<QUrl> localUrls(const QMimeData *data);
};
