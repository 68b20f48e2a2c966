// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString> // with QT_USE_QSTRINGBUILDER, the operator+ of path() comes from here

// A new file in a folder that has no name until it is complete, so that a process killed while
// writing it (SIGKILL, a crash, a power cut) leaves nothing in the folder: with a named
// temporary file only a clean exit can remove it. On Linux the file is made with O_TMPFILE and
// linked under its name when done; where the file system lacks O_TMPFILE it is a hidden named
// file (".NAME.RANDOM.part") instead, removed on every path but a kill.
//
// Works relative to a folder's descriptor, which must stay open until publish() or discard():
// names are never resolved again through a path that could have changed meanwhile.
class PendingFile
{
public:
    PendingFile(int dirFd, const QByteArray &name);
    ~PendingFile(); // discard() unless published
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    // Creates the file, writable, mode 0666 less the umask. Returns false with errno set.
    [[nodiscard]] bool create();
    // The descriptor to write to (owned here); -1 before create().
    int handle() const { return m_fd; }
    // A path that opens the file for reading while it is pending: its /proc/self/fd link.
    QByteArray path() const { return "/proc/self/fd/" + QByteArray::number(m_fd); }
    // True when the file is unnamed (O_TMPFILE) rather than a hidden temporary.
    bool isUnnamed() const { return m_tempName.isEmpty(); }

    // Gives the file its name. `replace`: an existing file, or a symbolic link, at the name is
    // replaced atomically (never written through). Otherwise an existing name makes it fail
    // with errno EEXIST. Returns false with errno set; the file is then discarded.
    [[nodiscard]] bool publish(bool replace);
    // Removes the file (closes an unnamed one; unlinks a named temporary).
    void discard();

private:
    QByteArray uniqueTempName() const;

    int m_dirFd;
    QByteArray m_name;
    QByteArray m_tempName; // empty while the file is unnamed
    int m_fd = -1;
};
