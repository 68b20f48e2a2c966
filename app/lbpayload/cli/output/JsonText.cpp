// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray JsonText::string(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] without the brackets
}

QByteArray JsonText::stringOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArray("null") : string(text);
}

QByteArray JsonText::stringArray(const QStringList &list)
{
    // Compact JSON puts no space after the commas; the documents do, like their other lists.
    QByteArray out = "[";
    for (qsizetype i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + string(list.at(i));
    return out + ']';
}

QByteArray JsonText::boolean(bool value)
{
    return value ? QByteArray("true") : QByteArray("false");
}

QByteArray JsonText::numberOrNull(qint64 value)
{
    return value >= 0 ? QByteArray::number(value) : QByteArray("null");
}
