// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FiwixHandoff.h"

#include <QDir>
#include <QFile>

std::optional<FiwixHandoff> FiwixHandoff::parse(const QByteArray &script, const QString &source)
{
    const QList<QByteArray> lines = script.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype call = std::find_if(words.cbegin(), words.cend(), [](const QByteArray &w) {
            return w.endsWith("make_fiwix_initrd");
        }) - words.cbegin();
        for (qsizetype w = call + 1; w + 1 < words.size(); ++w) {
            if (words.at(w) != "-s")
                continue;
            bool ok = false;
            const qint64 kib = words.at(w + 1).toLongLong(&ok);
            if (!ok || kib <= 0 || kib > (qint64(1) << 40))
                return std::nullopt;
            return FiwixHandoff {kib, source, i + 1};
        }
    }
    return std::nullopt;
}

std::optional<FiwixHandoff> FiwixHandoff::fromCheckout(const QString &checkoutRoot)
{
    const QString path = QDir(checkoutRoot).filePath(checkoutPath());
    QFile file(path);
    // A script is a few hundred bytes; a bound keeps a hostile file from being read whole.
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.read(1024 * 1024), path);
}
