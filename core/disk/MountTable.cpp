// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "MountTable.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

QString MountTable::unescape(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QByteArray digits = field.mid(i + 1, 3);
        const bool octal = digits.size() == 3 &&
            std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '7'; });
        if (field.at(i) == '\\' && octal) {
            out.append(char(digits.toInt(nullptr, 8)));
            i += 3;
            continue;
        }
        out.append(field.at(i));
    }
    return QString::fromUtf8(out);
}

QString MountTable::kernelName(const QString &path, const QString &devRoot)
{
    if (!path.startsWith(QLatin1Char('/')))
        return path; // "tmpfs", "proc", "none": not a device
    // Symbolic links (/dev/mapper/x, /dev/disk/by-uuid/y) lead to the kernel's node.
    QString resolved = QFileInfo(path).canonicalFilePath();
    if (resolved.isEmpty())
        resolved = path;
    const QString prefix = devRoot + QLatin1Char('/');
    return resolved.startsWith(prefix) ? resolved.mid(prefix.size()) : resolved;
}

MountTable MountTable::read(const QString &mountInfoPath, const QString &swapsPath, const QString &devRoot)
{
    MountTable table;
    QFile info(mountInfoPath);
    if (!info.open(QIODevice::ReadOnly))
        return table;
    table.m_valid = true;
    // "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw": the optional
    // fields before " - " vary in number, so the source is found after the separator.
    const QList<QByteArray> lines = info.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString number = QString::fromLatin1(fields.at(2));
        const QString mountPoint = unescape(fields.at(4));
        table.m_byNumber[number] << mountPoint;
        const qsizetype dash = fields.indexOf("-");
        if (dash > 0 && dash + 2 < fields.size()) {
            const QString source = kernelName(unescape(fields.at(dash + 2)), devRoot);
            if (!source.isEmpty())
                table.m_byName[source] << mountPoint;
        }
    }
    QFile swaps(swapsPath);
    if (swaps.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> swapLines = swaps.readAll().split('\n');
        for (qsizetype i = 1; i < swapLines.size(); ++i) { // the first line is the header
            const QByteArray path = swapLines.at(i).simplified().split(' ').constFirst();
            if (!path.isEmpty())
                table.m_swaps.insert(kernelName(unescape(path), devRoot));
        }
    }
    return table;
}

QStringList MountTable::mountPointsOf(const QString &majorMinor, const QString &name) const
{
    QStringList points = m_byNumber.value(majorMinor);
    for (const QString &point : m_byName.value(name))
        if (!points.contains(point))
            points << point;
    return points;
}
