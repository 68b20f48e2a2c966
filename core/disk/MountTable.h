// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// What the running system has mounted and swaps on, keyed the two ways a disk can be found in
// it. A mount's device number (mountinfo's third field) names the disk for most file systems,
// but btrfs and overlay report an anonymous number, so the mount source's device name counts too.
class MountTable
{
public:
    // Reads mountinfo (format of /proc/self/mountinfo) and a swaps list (format of
    // /proc/swaps). A file that cannot be read yields no entries: the caller decides whether
    // that is safe (DiskEnumerator refuses every disk then).
    static MountTable read(const QString &mountInfoPath, const QString &swapsPath, const QString &devRoot);

    bool isValid() const { return m_valid; }
    // Mount points of the device with number `majorMinor` ("8:1") or kernel name `name` ("sda1").
    QStringList mountPointsOf(const QString &majorMinor, const QString &name) const;
    bool isSwap(const QString &name) const { return m_swaps.contains(name); }

    // mountinfo escapes space, tab, newline and backslash as \ooo.
    static QString unescape(const QByteArray &field);

private:
    // "/dev/mapper/root" to "dm-0"; names outside devRoot stay as they are.
    static QString kernelName(const QString &path, const QString &devRoot);

    bool m_valid = false;
    QHash<QString, QStringList> m_byNumber;
    QHash<QString, QStringList> m_byName;
    QSet<QString> m_swaps;
};
