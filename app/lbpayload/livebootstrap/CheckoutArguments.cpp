// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutArguments.h"
#include "Console.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

namespace {
const QString SplitOption = QStringLiteral("split-at");
const QString GuixOption = QStringLiteral("guix");
const QString DistfilesOption = QStringLiteral("distfiles");
const QString NoCacheOption = QStringLiteral("no-cache");
const QString MirrorOption = QStringLiteral("mirror");
} // namespace

void CheckoutArguments::declare(QCommandLineParser &parser, bool withMirrors)
{
    parser.addOptions({
        {SplitOption,
            tr("Split at 'improve: STEP' instead of import_payload: the distfiles of the build steps before it "
               "go into the first image (get_network: the split of a build without external.img)."),
            tr("STEP")},
        {GuixOption, tr("Also the distfiles of steps-guix/, as upstream's --build-guix-also does.")},
        {DistfilesOption, tr("The distfiles folder (default: CHECKOUT/distfiles)."), tr("DIR")},
        {NoCacheOption,
            tr("Hash every distfile, neither trusting nor updating the hash cache "
               "(~/.cache/payload-studio/sha256-cache).")},
    });
    m_withMirrors = withMirrors;
    if (withMirrors)
        parser.addOption(QCommandLineOption(MirrorOption,
            tr("Try URL/<file name> before a distfile's own URLs; repeatable, tried in the order given."), tr("URL")));
    parser.addPositionalArgument(
        QStringLiteral("CHECKOUT"), tr("A live-bootstrap checkout (the folder holding steps/)."));
}

bool CheckoutArguments::read(const QCommandLineParser &parser, QString *usage)
{
    m_root = parser.positionalArguments().constFirst();
    m_splitStep = parser.isSet(SplitOption) ? parser.value(SplitOption).trimmed() : DistfilePlan::defaultSplitStep();
    if (m_splitStep.isEmpty()) {
        *usage = tr("--split-at needs the name of an improve step, such as get_network");
        return false;
    }
    m_guix = parser.isSet(GuixOption);
    m_useCache = !parser.isSet(NoCacheOption);
    m_distfilesOption = parser.value(DistfilesOption);
    if (m_withMirrors) {
        for (QString mirror : parser.values(MirrorOption)) {
            const QUrl url(mirror, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
                    scheme != QLatin1String("ftp"))) {
                *usage = tr("--mirror needs an http, https or ftp URL, not \"%1\"").arg(mirror);
                return false;
            }
            while (mirror.endsWith(QLatin1Char('/')))
                mirror.chop(1);
            m_mirrors << mirror;
        }
    }
    return true;
}

ExitCode CheckoutArguments::load(bool quiet)
{
    const bool loaded = m_checkout.load(m_root, m_guix);
    // Findings come first: they may explain an error that follows.
    for (const CheckoutFinding &f : m_checkout.findings())
        if (!quiet || f.severity == CheckoutFinding::Severity::Error)
            Console::writeErr(f.text() + QLatin1Char('\n'));
    if (!loaded) {
        Console::error(m_checkout.error());
        return ExitCode::Failure;
    }
    if (!m_plan.build(m_checkout, m_splitStep)) {
        for (const QString &error : m_plan.errors())
            Console::error(error);
        return ExitCode::Failure;
    }
    m_layout = CheckoutLayout::read(m_root);
    if (!quiet)
        for (const CheckoutLayout::Finding &f : m_layout.findings())
            Console::warning(f.message);
    m_distfilesDir = m_distfilesOption.isEmpty() ? m_checkout.defaultDistfilesDir() : m_distfilesOption;
    const QFileInfo dir(m_distfilesDir);
    if (dir.exists() && !dir.isDir()) {
        Console::error(
            tr("%1: not a folder; --distfiles needs the folder that holds the distfiles").arg(m_distfilesDir));
        return ExitCode::Failure;
    }
    if (!dir.exists() && !quiet)
        Console::note(tr("%1: no such folder: every distfile is missing").arg(m_distfilesDir));
    return ExitCode::Ok;
}

HashCache *CheckoutArguments::cache(bool quiet)
{
    if (!m_useCache)
        return nullptr;
    if (!m_cache) {
        m_cache = std::make_unique<HashCache>(HashCache::defaultPath());
        m_cache->load();
        if (!m_cache->warning().isEmpty() && !quiet)
            Console::warning(m_cache->warning());
    }
    return m_cache.get();
}

void CheckoutArguments::saveCache(bool quiet)
{
    if (!m_cache)
        return;
    QString error;
    if (!m_cache->save(&error) && !quiet)
        Console::warning(tr("the hash cache was not saved: %1").arg(error));
}

DistfileCheckReport CheckoutArguments::check(const QList<PlannedDistfile> &distfiles, bool quiet)
{
    ProgressPrinter progress(quiet);
    DistfileCheckReport report = DistfileChecker::check(
        distfiles, m_distfilesDir, cache(quiet), DistfileChecker::Mode::Hash, progress.control());
    progress.finish();
    return report;
}

QList<PlannedDistfile> CheckoutArguments::uniqueByName(const QList<PlannedDistfile> &distfiles)
{
    QList<PlannedDistfile> out;
    QHash<QString, qsizetype> seen;
    for (const PlannedDistfile &d : distfiles) {
        const auto it = seen.constFind(d.fileName);
        if (it == seen.constEnd()) {
            seen.insert(d.fileName, out.size());
            out << d;
            continue;
        }
        PlannedDistfile &kept = out[*it];
        for (const QString &url : d.urls)
            if (!kept.urls.contains(url))
                kept.urls << url;
        kept.origins += d.origins;
    }
    return out;
}
