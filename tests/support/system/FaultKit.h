// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Ways to make a write fail on purpose, shared by the fault-injection suites: a file system that
// is full, a folder the writer may not write to, sources that change under a running job, and
// the inspection afterwards (what is left in a folder).
namespace FaultKit {

// A sparse file of `size` bytes (no disk space until written), with `head` at its start.
bool makeSparseFile(const QString &path, qint64 size, const QByteArray &head = {});
// An LBPAYLD1 image (u32) of one entry `name` whose data is `size` zero bytes, sparse.
bool makeSparseImage(const QString &path, const QByteArray &name, qint64 size);

// Whether this process may make a private mount namespace with a size-limited tmpfs (root, or
// a sandbox that kept CAP_SYS_ADMIN). Empty when it can; otherwise why not, for QSKIP.
QString whyNoSmallFilesystem();

// What a run inside a small file system left behind.
struct SmallFsRun
{
    int exitCode = -1;
    QByteArray err;
    QString after; // a copy of the mounted folder's contents after the run
};
// Runs `program arguments` with a tmpfs of `sizeKiB` mounted at `mountPoint` in a private mount
// namespace. The files of `stage` are copied into it first; afterwards its contents are copied
// to a new folder (SmallFsRun::after) beside `mountPoint`, since the mount ends with the run.
SmallFsRun runInSmallFilesystem(
    int sizeKiB, const QString &mountPoint, const QString &stage, const QString &program, const QStringList &arguments);

// The words to put before a command so that it cannot write to a folder of mode 0555: nothing
// for an ordinary user; for root, setpriv without the capabilities that override permissions.
// Sets `why` and returns false when neither makes writing fail (checked with a probe).
bool writeDenialPrefix(const QString &readOnlyFolder, QStringList *prefix, QString *why);

// For suites that inject faults in their own process (the GUI's jobs run on its threads): call
// from main() before any thread exists, since mount namespaces and capabilities are per thread
// at creation. enterPrivateMountNamespace() lets the process mount a tmpfs that no other
// process sees; dropPermissionOverride() makes root obey file modes (CAP_DAC_OVERRIDE,
// CAP_DAC_READ_SEARCH and CAP_FOWNER leave the effective set). Both return false and say why
// when they cannot (an ordinary user: then there is nothing to drop and no mount to make).
bool enterPrivateMountNamespace(QString *why);
bool dropPermissionOverride(QString *why);
// Mounts a tmpfs of `sizeKiB` at `folder` (after enterPrivateMountNamespace), or unmounts it.
bool mountSmallFilesystem(const QString &folder, int sizeKiB, QString *why);
void unmount(const QString &folder);

// Every name in `folder`, hidden ones included, sorted.
QStringList names(const QString &folder);
// Names in `folder` that look like a writer's temporary file (".NAME.XXXXXX.part" and the like).
QStringList temporaryNames(const QString &folder);

} // namespace FaultKit
