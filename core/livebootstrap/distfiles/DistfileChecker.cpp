// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DistfileChecker.h"
#include "HashCache.h"
#include "ParallelWork.h"
#include "Sha256.h"
#include "SystemError.h"
#include "TrailerCheck.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>

using State = DistfileCheck::State;

namespace {
// A file that is there but not known good gets the look at its end that tells a download cut
// short (two small reads): it says why a checksum is wrong, or that an unhashed file will be.
void lookAtTrailer(DistfileCheck &check)
{
    if (check.state == State::Present || check.state == State::WrongChecksum)
        if (const std::optional<ArchiveFinding> f = TrailerCheck::checkFile(check.path))
            check.cutShort = f->message;
}

// What stat() and the cache say, before any byte is read. Leaves the state Unchecked when
// the file has to be hashed.
DistfileCheck look(const PlannedDistfile &distfile, const QString &dir, HashCache *cache, DistfileChecker::Mode mode)
{
    DistfileCheck check;
    check.path = dir + QLatin1Char('/') + distfile.fileName;
    int err = 0;
    const std::optional<FileIdentity> id = FileIdentity::ofPath(check.path, &err);
    if (!id) {
        if (err == ENOENT || err == ENOTDIR) {
            check.state = State::Missing;
        } else {
            check.state = State::Unreadable;
            check.detail = DistfileChecker::tr("cannot look at the file: %1").arg(errnoText(err));
        }
        return check;
    }
    check.identity = *id;
    if (!id->regular) {
        check.state = State::NotRegular;
        return check;
    }
    check.size = id->size;
    if (cache) {
        if (const std::optional<QByteArray> digest = cache->lookup(*id)) {
            check.actualSha256 = *digest;
            check.fromCache = true;
            check.state = *digest == distfile.sha256 ? State::Ok : State::WrongChecksum;
            lookAtTrailer(check);
            return check;
        }
    }
    if (mode == DistfileChecker::Mode::StatOnly)
        check.state = State::Present;
    lookAtTrailer(check);
    return check;
}

// Reads and hashes the file of `check` (state Unchecked), holding it to the identity it has
// when opened: a file that changes while it is read is read again, once.
void hashInto(
    DistfileCheck &check, const PlannedDistfile &distfile, HashCache *cache, const std::function<bool(qint64)> &step)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(QFile::encodeName(check.path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            check.state = err == ENOENT ? State::Missing : State::Unreadable;
            check.detail = err == ENOENT ? QString() : DistfileChecker::tr("cannot open: %1").arg(errnoText(err));
            return;
        }
        const std::optional<FileIdentity> before = FileIdentity::ofFd(fd);
        Sha256 sha;
        QString error;
        const bool read = before && sha.addFileRange(fd, 0, before->size, step, &error);
        const std::optional<FileIdentity> after = FileIdentity::ofFd(fd);
        ::close(fd);
        if (!read) {
            if (error.isEmpty())
                return; // canceled: stays Unchecked
            check.state = State::Unreadable;
            check.detail = error;
            return;
        }
        if (after != before)
            continue; // written to while we read it
        check.identity = *before;
        check.size = before->size;
        check.actualSha256 = sha.hexResult();
        check.state = check.actualSha256 == distfile.sha256 ? State::Ok : State::WrongChecksum;
        if (cache)
            cache->insert(check.identity, check.actualSha256);
        lookAtTrailer(check);
        return;
    }
    check.state = State::Unreadable;
    check.detail = DistfileChecker::tr("the file changed while it was read; check it again when it is complete");
}
} // namespace

int DistfileCheckReport::count(DistfileCheck::State state) const
{
    return int(
        std::count_if(checks.cbegin(), checks.cend(), [state](const DistfileCheck &c) { return c.state == state; }));
}

DistfileCheck DistfileChecker::checkOne(
    const PlannedDistfile &distfile, const QString &dir, HashCache *cache, Mode mode, const JobControl &control)
{
    DistfileCheck check = look(distfile, dir, cache, mode);
    if (check.state == State::Unchecked)
        hashInto(check, distfile, cache, [&](qint64) { return !control.canceled(); });
    return check;
}

DistfileCheckReport DistfileChecker::check(const QList<PlannedDistfile> &distfiles, const QString &dir,
    HashCache *cache, Mode mode, const JobControl &control,
    const std::function<void(int, const DistfileCheck &)> &onResult)
{
    DistfileCheckReport report;
    report.checks.resize(distfiles.size());
    QStringList planned;
    for (const PlannedDistfile &d : distfiles)
        planned << d.fileName;
    report.extraFiles = extraFiles(planned, dir);

    // A name listed twice (both halves, or two URLs) is one file: read it once.
    QHash<QString, int> firstOfName;
    QHash<int, QList<int>> rowsOf; // first row of a name -> every row of that name
    QList<int> toHash;
    qint64 bytesToHash = 0;
    for (int i = 0; i < distfiles.size(); ++i) {
        const auto known = firstOfName.constFind(distfiles.at(i).fileName);
        if (known != firstOfName.cend()) {
            rowsOf[known.value()].append(i);
            continue;
        }
        rowsOf[i].append(i);
        firstOfName.insert(distfiles.at(i).fileName, i);
        report.checks[i] = look(distfiles.at(i), dir, cache, mode);
        if (report.checks.at(i).state == State::Unchecked) {
            toHash << i;
            bytesToHash += report.checks.at(i).size;
        } else {
            report.cacheHits += report.checks.at(i).fromCache ? 1 : 0;
        }
    }
    auto deliver = [&](int i) {
        // The same file's result for every row of its name, judged against each row's checksum.
        const DistfileCheck &source = report.checks.at(i);
        for (const int j : rowsOf.value(i)) {
            DistfileCheck &row = report.checks[j];
            if (j != i) {
                row = source;
                if (row.state == State::Ok || row.state == State::WrongChecksum)
                    row.state = row.actualSha256 == distfiles.at(j).sha256 ? State::Ok : State::WrongChecksum;
                if (row.state == State::Ok)
                    row.cutShort.clear();
            }
            if (onResult && row.state != State::Unchecked)
                onResult(j, row);
        }
    };
    for (int i = 0; i < distfiles.size(); ++i)
        if (firstOfName.value(distfiles.at(i).fileName) == i && report.checks.at(i).state != State::Unchecked)
            deliver(i);

    // The largest first, so that the cores finish together.
    std::stable_sort(toHash.begin(), toHash.end(),
        [&](int a, int b) { return report.checks.at(a).size > report.checks.at(b).size; });
    std::atomic<qint64> done {0};
    std::mutex deliverMutex;
    ParallelWork work(int(toHash.size()));
    const bool finished = work.run(
        [&](int k) {
            const int i = toHash.at(k);
            DistfileCheck check = report.checks.at(i);
            hashInto(check, distfiles.at(i), cache, [&](qint64 n) {
                done += n;
                return !work.stopping();
            });
            if (work.stopping())
                return false; // canceled within the file: its check stays Unchecked
            std::lock_guard lock(deliverMutex);
            report.checks[i] = check;
            deliver(i);
            return true;
        },
        // This thread reports progress and watches for a cancel while the threads work.
        [&] {
            control.report(done.load(), bytesToHash, QString());
            return !control.canceled();
        });
    report.canceled = !finished;
    report.bytesHashed = done.load();
    control.report(done.load(), std::max(bytesToHash, done.load()), QString());
    return report;
}

QStringList DistfileChecker::extraFiles(const QStringList &planned, const QString &dir)
{
    const QSet<QString> known(planned.cbegin(), planned.cend());
    QStringList extra;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        if (!known.contains(name))
            extra << name;
    return extra;
}
