// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FaultKit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace FaultKit {

bool makeSparseFile(const QString &path, qint64 size, const QByteArray &head)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(head) == head.size() &&
        file.resize(size);
}

bool makeSparseImage(const QString &path, const QByteArray &name, qint64 size)
{
    QByteArray head("LBPAYLD1");
    char field[4];
    for (const quint32 value : {1u, quint32(name.size()), quint32(size)}) {
        qToLittleEndian<quint32>(value, field);
        head.append(field, 4);
    }
    head += name;
    return makeSparseFile(path, head.size() + size, head);
}

namespace {

int runQuietly(const QString &program, const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(600000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// The script run inside the namespace: mount, copy the stage in, run, copy the result out.
// Its own exit code is the command's; 97-99 say that the set-up failed.
const char *const SmallFsScript = R"(
mnt=$1 size=$2 stage=$3 after=$4
shift 4
mount -t tmpfs -o "size=${size}k,mode=0755" payload-studio-fault "$mnt" || exit 97
cp -a "$stage/." "$mnt/" || exit 98
"$@"
rc=$?
mkdir -p "$after" && cp -a "$mnt/." "$after/" || exit 99
exit $rc
)";

} // namespace

QString whyNoSmallFilesystem()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return QStringLiteral("unshare(1) is not installed");
    QDir probe(QDir::temp().filePath(QStringLiteral("payload-studio-fault-probe-%1").arg(::getpid())));
    probe.mkpath(QStringLiteral("."));
    QByteArray err;
    const int rc = runQuietly(QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("mount"),
            QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("payload-studio-fault"), probe.path()},
        &err);
    probe.removeRecursively();
    if (rc == 0)
        return {};
    return QStringLiteral("no private mount namespace with a tmpfs here (needs root with CAP_SYS_ADMIN; "
                          "scripts/dev keeps the capabilities when run as root): ") +
        QString::fromLocal8Bit(err.trimmed());
}

SmallFsRun runInSmallFilesystem(
    int sizeKiB, const QString &mountPoint, const QString &stage, const QString &program, const QStringList &arguments)
{
    SmallFsRun run;
    run.after = mountPoint + QStringLiteral(".after");
    QDir(run.after).removeRecursively();
    QDir().mkpath(mountPoint);
    QStringList args {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
        QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(SmallFsScript), QStringLiteral("small-fs"),
        mountPoint, QString::number(sizeKiB), stage, run.after, program};
    args += arguments;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("unshare"), args);
    if (process.waitForStarted(30000) && process.waitForFinished(600000) &&
        process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.err = process.readAllStandardError();
    return run;
}

bool writeDenialPrefix(const QString &readOnlyFolder, QStringList *prefix, QString *why)
{
    const auto denied = [&](const QStringList &words) {
        const QString probe = QDir(readOnlyFolder).filePath(QStringLiteral(".probe"));
        QStringList args = words;
        args << QStringLiteral("sh") << QStringLiteral("-c") << QStringLiteral(": > \"$1\"") << QStringLiteral("sh")
             << probe;
        const QString program = args.takeFirst();
        const int rc = runQuietly(program, args);
        const bool made = QFileInfo::exists(probe);
        QFile::remove(probe);
        return rc > 0 && !made;
    };
    prefix->clear();
    if (denied({QStringLiteral("env")}))
        return true;
    // Root (or a sandbox that kept root's capabilities): drop the ones that bypass permissions
    // from the bounding set, so the command runs as root but as an owner without write access.
    const QStringList setpriv {QStringLiteral("setpriv"),
        QStringLiteral("--bounding-set=-dac_override,-dac_read_search,-fowner"), QStringLiteral("--")};
    if (!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty() && denied(setpriv)) {
        *prefix = setpriv;
        return true;
    }
    *why = QStringLiteral("cannot make a folder unwritable here: permissions are overridden and setpriv cannot "
                          "drop CAP_DAC_OVERRIDE");
    return false;
}

bool enterPrivateMountNamespace(QString *why)
{
    if (::unshare(CLONE_NEWNS) != 0 || ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *why = QStringLiteral("no private mount namespace (needs root with CAP_SYS_ADMIN; scripts/dev keeps the "
                              "capabilities when run as root): %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool dropPermissionOverride(QString *why)
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const quint32 overrides = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);
    if ((data[0].effective & overrides) == 0) {
        *why = QStringLiteral("nothing to drop: this process obeys file modes already");
        return true;
    }
    data[0].effective &= ~overrides;
    if (::syscall(SYS_capset, &header, data) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

bool mountSmallFilesystem(const QString &folder, int sizeKiB, QString *why)
{
    const QByteArray options = "size=" + QByteArray::number(sizeKiB) + "k,mode=0755";
    if (::mount("payload-studio-fault", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) != 0) {
        *why =
            QStringLiteral("cannot mount a tmpfs at %1: %2").arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void unmount(const QString &folder)
{
    ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
}

QStringList names(const QString &folder)
{
    QStringList out = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    out.sort();
    return out;
}

QStringList temporaryNames(const QString &folder)
{
    QStringList out;
    for (const QString &name : names(folder))
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".part")) ||
            name.contains(QLatin1String("XXXXXX")))
            out << name;
    return out;
}

} // namespace FaultKit
