// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FetchCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "CheckoutImageBuilder.h"
#include "Console.h"
#include "DistfileFetcher.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace {
constexpr int DefaultJobs = 4;
constexpr int MaxJobs = 64;
constexpr int DefaultStallSeconds = 30;
constexpr int CancelPollMs = 100;
} // namespace

QString FetchCommand::summary() const
{
    return tr("Download the distfiles a live-bootstrap checkout lacks, checking every SHA-256");
}

QString FetchCommand::synopsis() const
{
    return tr("fetch [--mirror URL]... [--jobs N] [--timeout SECONDS] [--distfiles DIR] [--split-at STEP] [--guix] "
              "[--no-cache] CHECKOUT");
}

QString FetchCommand::description() const
{
    return tr("Checks the distfiles folder of a live-bootstrap checkout as 'lbpayload plan' does, then downloads "
              "every distfile of either image that is missing or has a wrong checksum: from each --mirror as "
              "MIRROR/<file name>, in the order given, then from the URLs of its sources lines. Redirects are "
              "followed; a URL that fails, stalls or delivers other bytes is left for the next one. Downloads go to "
              "a temporary file in the folder and only a file whose SHA-256 is the planned one is renamed to the "
              "distfile's name, replacing a wrong file. One line per distfile says where it came from; what failed "
              "goes to standard error. Ctrl-C stops every transfer and removes the temporary files. Exits with 0 "
              "only when every distfile is present and right afterwards, 1 when any is not, 3 when the checkout "
              "cannot be read or the folder cannot be written, 130 when interrupted.");
}

QStringList FetchCommand::examples() const
{
    return {QStringLiteral("lbpayload fetch ~/live-bootstrap"),
        tr("Download what the checkout's distfiles folder lacks."),
        QStringLiteral("lbpayload fetch --mirror https://mirrors.example.org/distfiles --jobs 8 ~/live-bootstrap"),
        tr("Try a mirror first, eight downloads at a time."),
        QStringLiteral("lbpayload fetch --distfiles /srv/distfiles --split-at get_network ~/live-bootstrap"),
        tr("Fill another folder, for a build without external.img.")};
}

void FetchCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("j"), QStringLiteral("jobs")}, tr("Download N files at a time (default %1).").arg(DefaultJobs),
            tr("N")},
        {QStringLiteral("timeout"),
            tr("Give up on a URL that sends nothing for SECONDS and try the next one (default %1).")
                .arg(DefaultStallSeconds),
            tr("SECONDS")},
    });
    m_checkout.declare(parser, true);
}

ExitCode FetchCommand::execute(const QCommandLineParser &parser)
{
    int jobs = DefaultJobs;
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > MaxJobs)
            return usageError(tr("--jobs needs a number from 1 to %1, not \"%2\"")
                                  .arg(MaxJobs)
                                  .arg(parser.value(QStringLiteral("jobs"))));
    }
    int stallSeconds = DefaultStallSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        stallSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || stallSeconds < 1 || stallSeconds > 24 * 3600)
            return usageError(
                tr("--timeout needs a number of seconds, not \"%1\"").arg(parser.value(QStringLiteral("timeout"))));
    }
    QString usage;
    if (!m_checkout.read(parser, &usage))
        return usageError(usage);
    const ExitCode loaded = m_checkout.load(quiet());
    if (loaded != ExitCode::Ok)
        return loaded;

    CancelSignal::install();
    const QList<PlannedDistfile> all = m_checkout.plan().all();
    const DistfileCheckReport before = m_checkout.check(all, quiet());
    if (before.canceled) {
        m_checkout.saveCache(quiet());
        Console::error(tr("interrupted; nothing was downloaded"));
        return ExitCode::Interrupted;
    }

    // One item per file name: the first image may list a name twice, with different URLs.
    QSet<QString> wanted;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (!before.checks.at(i).isGood())
            wanted.insert(all.at(i).fileName);
    QList<FetchItem> items;
    bool unavailable = false;
    for (const PlannedDistfile &d : CheckoutArguments::uniqueByName(all)) {
        if (!wanted.contains(d.fileName))
            continue;
        const QStringList urls = DistfileFetcher::candidateUrls(d, m_checkout.mirrors());
        if (urls.isEmpty()) {
            Console::error(tr("%1: no URL to download it from: its sources line has '_' and no --mirror was given")
                               .arg(d.fileName));
            unavailable = true;
            continue;
        }
        items.append({int(items.size()), d.fileName, d.sha256, urls});
    }
    if (items.isEmpty() && !unavailable) {
        m_checkout.saveCache(quiet());
        if (!quiet())
            Console::note(tr("nothing to fetch: every distfile is present and right"));
        return ExitCode::Ok;
    }
    if (!items.isEmpty()) {
        const ExitCode downloaded = download(items, jobs, stallSeconds * 1000);
        if (downloaded != ExitCode::Ok) {
            m_checkout.saveCache(quiet());
            return downloaded;
        }
    }

    // Whatever the fetcher said, the folder decides: check again (verified downloads are in
    // the cache, so this reads only what it does not know).
    const DistfileCheckReport after = m_checkout.check(all, true);
    m_checkout.saveCache(quiet());
    if (after.canceled) {
        Console::error(tr("interrupted while checking the downloads"));
        return ExitCode::Interrupted;
    }
    const QStringList problems = CheckoutImageBuilder::describeProblems(all, after.checks);
    QSet<QString> reported;
    for (const QString &problem : problems)
        if (!reported.contains(problem)) {
            reported.insert(problem);
            Console::error(problem);
        }
    if (!problems.isEmpty()) {
        Console::error(tr("%n distfile(s) still missing or wrong", nullptr, int(reported.size())));
        return ExitCode::Findings;
    }
    if (!quiet())
        Console::note(tr("every distfile is present and right"));
    return ExitCode::Ok;
}

ExitCode FetchCommand::download(const QList<FetchItem> &items, int jobs, int stallMs)
{
    if (!QDir().mkpath(m_checkout.distfilesDir())) {
        Console::error(tr("%1: cannot create the distfiles folder").arg(m_checkout.distfilesDir()));
        return ExitCode::Failure;
    }
    ProgressPrinter progress(quiet());
    const JobControl control = progress.control();
    StdoutBuffer out;
    DistfileFetcher fetcher;
    fetcher.setParallel(jobs);
    fetcher.setStallTimeout(stallMs);
    fetcher.setCache(m_checkout.cache(quiet()));

    QObject::connect(&fetcher, &DistfileFetcher::itemFinished, [&](int index, bool ok, const QString &message) {
        if (fetcher.wasCanceled())
            return; // one message says so for all
        progress.finish();
        const FetchItem &item = items.at(index);
        const FetchOutcome outcome = fetcher.outcomes().value(index);
        if (ok) {
            out.appendLine(tr("%1: OK, %2 from %3").arg(item.fileName, ByteCount::human(outcome.bytes), outcome.url));
        } else {
            out.appendLine(tr("%1: FAILED").arg(item.fileName));
            // Each URL's failure, or the reason none was tried (the message names the file).
            if (outcome.failures.isEmpty())
                Console::error(message);
            for (const QString &failure : outcome.failures)
                Console::error(tr("%1: %2").arg(item.fileName, failure));
        }
        out.flush();
    });
    QObject::connect(&fetcher, &DistfileFetcher::progress, [&](int done, int total, qint64 bytes) {
        control.report(bytes, -1, tr("%1 of %n file(s)", nullptr, total).arg(done));
    });

    QEventLoop loop;
    bool finished = false;
    QObject::connect(&fetcher, &DistfileFetcher::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // The signal handler only sets a flag; the event loop looks at it.
    QTimer poll;
    poll.setInterval(CancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &fetcher, [&] {
        if (CancelSignal::raised() && fetcher.isRunning() && !fetcher.wasCanceled())
            fetcher.cancel();
    });
    poll.start();
    fetcher.start(items, m_checkout.distfilesDir());
    if (!finished)
        loop.exec();
    poll.stop();
    progress.finish();
    if (!out.flush()) {
        Console::error(tr("cannot write to standard output: %1").arg(out.errorString()));
        return ExitCode::Failure;
    }
    if (fetcher.wasCanceled() || CancelSignal::raised()) {
        Console::error(tr("interrupted; no partly downloaded file is left"));
        return ExitCode::Interrupted;
    }
    return ExitCode::Ok;
}
