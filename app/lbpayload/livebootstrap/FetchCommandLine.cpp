// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FetchCommandLine.h"

#include <QCommandLineParser>

namespace {
constexpr int DefaultJobs = 4;
constexpr int MaxJobs = 64;
constexpr int DefaultStallSeconds = 30;
} // namespace

QString FetchCommandLine::summary() const
{
    return tr("Download the distfiles a live-bootstrap checkout lacks, checking every SHA-256");
}

QString FetchCommandLine::synopsis() const
{
    return tr("fetch [--mirror URL]... [--jobs N] [--timeout SECONDS] [--distfiles DIR] [--split-at STEP] [--guix] "
              "[--no-cache] CHECKOUT");
}

QString FetchCommandLine::description() const
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

QStringList FetchCommandLine::examples() const
{
    return {QStringLiteral("lbpayload fetch ~/live-bootstrap"),
        tr("Download what the checkout's distfiles folder lacks."),
        QStringLiteral("lbpayload fetch --mirror https://mirrors.example.org/distfiles --jobs 8 ~/live-bootstrap"),
        tr("Try a mirror first, eight downloads at a time."),
        QStringLiteral("lbpayload fetch --distfiles /srv/distfiles --split-at get_network ~/live-bootstrap"),
        tr("Fill another folder, for a build without external.img.")};
}

void FetchCommandLine::declare(QCommandLineParser &parser)
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

ExitCode FetchCommandLine::readSettings(const QCommandLineParser &parser, Settings *settings)
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
    settings->jobs = jobs;
    settings->stallSeconds = stallSeconds;
    return ExitCode::Ok;
}
