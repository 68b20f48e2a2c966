// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

// Images assembled byte by byte, independently of PayloadWriter, so that tests compare the
// writer and the reader against the format itself rather than against each other.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

namespace TestImage {

struct Entry {
    QByteArray name;
    QByteArray data;
};

inline QByteArray field(bool u64, quint64 value)
{
    QByteArray out(u64 ? 8 : 4, '\0');
    if (u64)
        qToLittleEndian<quint64>(value, out.data());
    else
        qToLittleEndian<quint32>(quint32(value), out.data());
    return out;
}

inline QByteArray assemble(bool u64, const QList<Entry> &entries)
{
    QByteArray out("LBPAYLD1");
    out += field(u64, quint64(entries.size()));
    for (const Entry &e : entries)
        out += field(u64, quint64(e.name.size())) + field(u64, quint64(e.data.size())) + e.name + e.data;
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Three entries with the awkward cases: a zero-byte file and a non-ASCII name.
inline QList<Entry> sample()
{
    return {{"hello.txt", "Hello, world\n"}, {"empty.bin", {}}, {QByteArray("gr\xc3\xbc\xc3\x9f" "e.tar.gz"), QByteArray(300, 'x')}};
}

} // namespace TestImage
