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
constexpr int CancelPollMs = 100;
} // namespace

ExitCode FetchCommand::execute(const QCommandLineParser &parser)
{
    Settings settings;
    const ExitCode read = readSettings(parser, &settings);
    if (read != ExitCode::Ok)
        return read;
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
        const QStringList urls = d.candidateUrls(m_checkout.mirrors());
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
        const ExitCode downloaded = download(items, settings.jobs, settings.stallSeconds * 1000);
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
