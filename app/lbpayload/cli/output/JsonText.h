// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// JSON values for the documents lbpayload writes by hand (so that keys keep their documented
// order and indentation). Strings go through QJsonDocument, which escapes them correctly.
class JsonText
{
public:
    // `"text"`, escaped.
    static QByteArray string(const QString &text);
    // string(text), or `null` when `text` is empty.
    static QByteArray stringOrNull(const QString &text);
    // `["a", "b"]` on one line; `[]` when empty.
    static QByteArray stringArray(const QStringList &list);
    // `true` or `false`.
    static QByteArray boolean(bool value);
    // The number, or `null` when it is negative (the "not known" of the readers).
    static QByteArray numberOrNull(qint64 value);
};
