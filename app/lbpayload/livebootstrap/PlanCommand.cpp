// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PlanCommand.h"
#include "CancelSignal.h"
#include "Console.h"
#include "PlanJson.h"
#include "PlanText.h"
#include "SrcfsPlan.h"

#include <QCommandLineParser>

QString PlanCommand::summary() const
{
    return tr("Show which distfiles of a live-bootstrap checkout go where, and which are missing");
}

QString PlanCommand::synopsis() const
{
    return tr("plan [--split-at STEP] [--guix] [--distfiles DIR] [--mirror URL]... [--json | --missing-urls] "
              "[--no-cache] CHECKOUT");
}

QString PlanCommand::description() const
{
    return tr("Reads steps/manifest and every build step's sources file of a live-bootstrap checkout and splits "
              "the distfiles as upstream's generator does: those of the build steps before 'improve: "
              "import_payload' (or --split-at STEP) go into the first image, in manifest order; every other one "
              "into external.img, once per file name, sorted by name. Then checks the distfiles folder "
              "(CHECKOUT/distfiles or --distfiles): each distfile is OK, has a wrong checksum (both are shown), "
              "is missing (its URLs are shown), is not a regular file or cannot be read; files the plan does not "
              "use are listed too. Unchanged files are not read again: their SHA-256 comes from the hash cache "
              "(--no-cache reads everything). Problems in the checkout's files are printed as "
              "'file:line: error: message'. --missing-urls prints only one URL a line for each distfile that is "
              "missing or wrong, for 'wget -i -'. Also shows which payload layout the checkout's importer reads "
              "(steps/payload-import-*/src/payload-import.c, else lib/generator.py; u32 when neither says) and "
              "the first image's budget for the split: the files and bytes of the prepared folder against "
              "builder-hex0's limits, what the Fiwix hand-off leaves (inferred) and the largest files. Exits "
              "with 0 when every distfile of the external image is present and right and the first image fits, "
              "1 when any is missing or wrong or the first image does not fit, 3 when the checkout cannot be "
              "read or split (no such split step, one file name with two checksums).");
}

QStringList PlanCommand::examples() const
{
    return {QStringLiteral("lbpayload plan ~/live-bootstrap"),
        tr("The plan of a checkout and the state of its distfiles folder."),
        QStringLiteral("lbpayload plan --split-at get_network ~/live-bootstrap"),
        tr("The split of a build without external.img: later distfiles are downloaded at boot."),
        QStringLiteral("lbpayload plan --missing-urls ~/live-bootstrap | wget -P ~/live-bootstrap/distfiles -i -"),
        tr("Download what is missing with wget."),
        QStringLiteral("lbpayload plan --json ~/live-bootstrap | jq -r '.externalImage.distfiles[] | "
                       "select(.status != \"ok\") | .name'"),
        tr("The names of the external image's distfiles that are not ready.")};
}

void PlanCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON (schema in the documentation).")},
        {QStringLiteral("missing-urls"),
            tr("Print only one URL a line for each missing or wrong distfile (mirrors first), for wget -i.")},
    });
    m_checkout.declare(parser, true);
}

ExitCode PlanCommand::execute(const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool urls = parser.isSet(QStringLiteral("missing-urls"));
    if (json && urls)
        return usageError(tr("--json and --missing-urls cannot be combined"));
    QString usage;
    if (!m_checkout.read(parser, &usage))
        return usageError(usage);
    const ExitCode loaded = m_checkout.load(quiet() || urls);
    if (loaded != ExitCode::Ok)
        return loaded;

    CancelSignal::install();
    const DistfileCheckReport report = m_checkout.check(m_checkout.plan().all(), quiet());
    m_checkout.saveCache(quiet());
    if (report.canceled) {
        Console::error(tr("interrupted; the distfiles were not all checked"));
        return ExitCode::Interrupted;
    }

    // Listing and stat() only: cheap next to the check above.
    SrcfsPlan budget;
    budget.count(m_checkout.checkout(), m_checkout.plan(), m_checkout.distfilesDir());

    StdoutBuffer out;
    if (urls) {
        QStringList unavailable;
        out.append(PlanText::missingUrls(m_checkout, report, &unavailable));
        for (const QString &name : unavailable)
            Console::warning(tr("%1: no URL to download it from: its sources line has '_' and no --mirror was "
                                "given")
                                 .arg(name));
    } else {
        out.append(json ? PlanJson::document(m_checkout, report, budget)
                        : PlanText::text(m_checkout, report, budget));
    }
    if (!out.flush()) {
        Console::error(tr("cannot write to standard output: %1").arg(out.errorString()));
        return ExitCode::Failure;
    }
    const bool ready = PlanText::externalComplete(m_checkout.plan(), report) && budget.fits();
    return ready ? ExitCode::Ok : ExitCode::Findings;
}
