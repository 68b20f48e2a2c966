// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskPairCheck.h"
#include "Checkout.h"
#include "CheckoutLayout.h"
#include "DistfilePlan.h"
#include "EntryHasher.h"
#include "FileHasher.h"
#include "FirstImageFormat.h"
#include "FirstImageHasher.h"
#include "FirstImageReader.h"
#include "FiwixHandoff.h"
#include "PayloadReader.h"
#include "SrcfsTreeWalker.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>

using Code = DiskPairProblem::Code;

QString DiskPairProblem::codeKey(Code code)
{
    switch (code) {
    case Code::MissingDistfile:
        return QStringLiteral("missing-distfile");
    case Code::ChecksumMismatch:
        return QStringLiteral("checksum-mismatch");
    case Code::MisplacedDistfile:
        return QStringLiteral("misplaced-distfile");
    case Code::LayoutMismatch:
        return QStringLiteral("layout-mismatch");
    case Code::StaleStep:
        return QStringLiteral("stale-step");
    case Code::MissingStep:
        return QStringLiteral("missing-step");
    case Code::ExtraStep:
        return QStringLiteral("extra-step");
    case Code::FirstImageError:
        return QStringLiteral("first-image-error");
    case Code::ExternalImageError:
        return QStringLiteral("external-image-error");
    }
    return {};
}

void DiskPairCheck::problem(Code code, const QString &disk, const QString &subject, const QString &message)
{
    m_problems.append({code, disk, subject, message});
}

DiskPairCheck::Request DiskPairCheck::Request::fromCheckout(const QString &checkoutRoot)
{
    Request request;
    request.checkoutRoot = checkoutRoot;
    const CheckoutLayout layout = CheckoutLayout::read(checkoutRoot);
    if (layout.isKnown())
        request.importerLayout = layout.layout();
    request.layoutSource = layout.describeSource();
    return request;
}

bool DiskPairCheck::check(const Request &request, const JobControl &control)
{
    *this = DiskPairCheck();
    Checkout checkout;
    if (!checkout.load(request.checkoutRoot, request.guix)) {
        m_error = checkout.error();
        return false;
    }
    DistfilePlan plan;
    if (!plan.build(checkout, request.splitStep.isEmpty() ? DistfilePlan::defaultSplitStep() : request.splitStep)) {
        m_error = plan.errors().join(QLatin1Char('\n'));
        return false;
    }
    FirstImageReader first;
    if (!first.open(request.firstImage, {}, FiwixHandoff::fromCheckout(checkout.root()))) {
        m_error = first.errorString();
        return false;
    }
    PayloadReader external;
    if (!external.open(request.externalImage)) {
        m_error = external.errorString();
        return false;
    }
    return run(checkout, plan, first, external, request.importerLayout, request.layoutSource, control);
}

bool DiskPairCheck::run(const Checkout &checkout, const DistfilePlan &plan, const FirstImageReader &first,
    const PayloadReader &external, std::optional<PayloadFormat::Layout> importerLayout, const QString &layoutSource,
    const JobControl &control)
{
    *this = DiskPairCheck();
    // What the progress bar counts: the distfiles of both disks, the data that is hashed.
    for (const SrcfsRecord &r : first.records())
        if (r.kind == SrcfsRecord::Kind::File &&
            FirstImageFormat::absolutePath(r.path).startsWith(QByteArrayLiteral("/external/distfiles/")))
            m_total += r.size;
    for (const PayloadEntry &e : external.entries())
        m_total += e.size;

    if (hasFirstImageErrors(first.findings()))
        problem(Code::FirstImageError, first.fileName(), {},
            tr("%1 breaks builder-hex0's rules itself (see its findings)").arg(first.fileName()));
    if (hasImporterErrors(external.findings()))
        problem(Code::ExternalImageError, external.fileName(), {},
            tr("%1 would be refused by the importer itself (see its findings)").arg(external.fileName()));

    if (!importerLayout) {
        m_notes << tr("The checkout does not say which layout its importer reads; %1's layout (%2) was not checked.")
                       .arg(external.fileName(), PayloadFormat::layoutName(external.layout()));
    } else if (external.layout() != *importerLayout) {
        problem(Code::LayoutMismatch, external.fileName(), {},
            tr("%1 is in the %2 layout, but the checkout's importer reads %3 (%4): the boot would stop at "
               "improve: import_payload")
                .arg(external.fileName(), PayloadFormat::layoutName(external.layout()),
                    PayloadFormat::layoutName(*importerLayout), layoutSource));
    } else {
        m_notes << tr("%1 is in the %2 layout, which the checkout's importer reads (%3).")
                       .arg(external.fileName(), PayloadFormat::layoutName(external.layout()), layoutSource);
    }

    return checkDistfiles(plan, first, external, control) && checkSteps(checkout, first, control);
}

bool DiskPairCheck::checkDistfiles(
    const DistfilePlan &plan, const FirstImageReader &first, const PayloadReader &external, const JobControl &control)
{
    // The last record or entry of a name is the one that arrives: builder-hex0's find_file
    // searches from the newest, and the importer overwrites.
    QHash<QString, int> inFirst;
    const QByteArray prefix = QByteArrayLiteral("/external/distfiles/");
    for (const SrcfsRecord &r : first.records()) {
        if (r.kind != SrcfsRecord::Kind::File)
            continue;
        const QByteArray abs = FirstImageFormat::absolutePath(r.path);
        if (abs.startsWith(prefix) && abs.indexOf('/', prefix.size()) < 0)
            inFirst.insert(QString::fromUtf8(abs.mid(prefix.size())), r.index);
    }
    QHash<QString, int> inExternal;
    for (const PayloadEntry &e : external.entries())
        inExternal.insert(e.name(), e.index);

    // First which distfile is where, then each disk's files hashed in one go on every core.
    QSet<QString> seen;
    QList<QPair<const PlannedDistfile *, int>> firstFound; // distfile, record
    for (const PlannedDistfile &d : plan.firstImage()) {
        if (seen.contains(d.fileName))
            continue;
        seen.insert(d.fileName);
        const auto record = inFirst.constFind(d.fileName);
        if (record != inFirst.cend()) {
            firstFound.append({&d, record.value()});
        } else if (inExternal.contains(d.fileName)) {
            problem(Code::MisplacedDistfile, first.fileName(), d.fileName,
                tr("%1 is needed before improve: %2 but is only on %3, which is read after it")
                    .arg(d.fileName, plan.splitStep(), external.fileName()));
        } else {
            problem(Code::MissingDistfile, first.fileName(), d.fileName,
                tr("%1 is not in %2's external/distfiles/").arg(d.fileName, first.fileName()));
        }
    }
    QList<int> records;
    for (const auto &found : std::as_const(firstFound))
        records << found.second;
    const QList<QByteArray> firstDigests = hashFirst(first, records, control);
    if (!m_error.isEmpty())
        return false;
    for (const auto &[d, index] : std::as_const(firstFound)) {
        const SrcfsRecord &r = first.records().at(index);
        const QByteArray &digest = firstDigests.at(index);
        ++m_firstChecked;
        if (digest != d->sha256)
            problem(Code::ChecksumMismatch, first.fileName(), d->fileName,
                tr("%1 in %2 (record %3 at byte %4) has SHA-256 %5; %6 expects %7")
                    .arg(d->fileName, first.fileName())
                    .arg(r.index)
                    .arg(r.offset)
                    .arg(QString::fromLatin1(digest), d->origins.value(0).location(), QString::fromLatin1(d->sha256)));
    }

    QList<QPair<const PlannedDistfile *, int>> externalFound; // distfile, entry
    for (const PlannedDistfile &d : plan.externalImage()) {
        const auto entry = inExternal.constFind(d.fileName);
        if (entry != inExternal.cend())
            externalFound.append({&d, entry.value()});
        else
            problem(Code::MissingDistfile, external.fileName(), d.fileName,
                inFirst.contains(d.fileName)
                    ? tr("%1 is not in %2 (it is in %3, but the build looks for it on the external disk's "
                         "import)")
                          .arg(d.fileName, external.fileName(), first.fileName())
                    : tr("%1 is on neither disk").arg(d.fileName));
    }
    QList<int> entries;
    for (const auto &found : std::as_const(externalFound))
        entries << found.second;
    const QList<QByteArray> externalDigests = hashExternal(external, entries, control);
    if (!m_error.isEmpty())
        return false;
    for (const auto &[d, index] : std::as_const(externalFound)) {
        const PayloadEntry &e = external.entries().at(index);
        const QByteArray &digest = externalDigests.at(index);
        ++m_externalChecked;
        if (digest != d->sha256)
            problem(Code::ChecksumMismatch, external.fileName(), d->fileName,
                tr("%1 in %2 (entry %3 at byte %4) has SHA-256 %5; %6 expects %7")
                    .arg(d->fileName, external.fileName())
                    .arg(e.index)
                    .arg(e.headerOffset)
                    .arg(QString::fromLatin1(digest), d->origins.value(0).location(), QString::fromLatin1(d->sha256)));
    }
    return true;
}

QList<QByteArray> DiskPairCheck::hashFirst(
    const FirstImageReader &first, const QList<int> &records, const JobControl &control)
{
    if (records.isEmpty())
        return QList<QByteArray>(first.records().size());
    bool canceled = false;
    const QList<QByteArray> digests =
        FirstImageHasher::hash(first, records, offsetControl(control), &m_error, &canceled);
    finishHashing(
        records.size(), [&](int i) { return first.records().at(records.at(i)).size; }, canceled);
    return digests;
}

QList<QByteArray> DiskPairCheck::hashExternal(
    const PayloadReader &external, const QList<int> &entries, const JobControl &control)
{
    if (entries.isEmpty())
        return QList<QByteArray>(external.entries().size());
    bool canceled = false;
    const QList<QByteArray> digests = EntryHasher::hash(external, entries, offsetControl(control), &m_error, &canceled);
    finishHashing(
        entries.size(), [&](int i) { return external.entries().at(entries.at(i)).size; }, canceled);
    return digests;
}

JobControl DiskPairCheck::offsetControl(const JobControl &control) const
{
    // Each hashing pass counts from zero; the user sees one bar over both disks.
    JobControl shifted = control;
    const qint64 base = m_done, total = m_total;
    shifted.progress = [control, base, total](qint64 done, qint64, const QString &current) {
        control.report(base + done, total, current);
    };
    return shifted;
}

void DiskPairCheck::finishHashing(int count, const std::function<qint64(int)> &sizeOf, bool canceled)
{
    for (int i = 0; i < count; ++i)
        m_done += sizeOf(i);
    if (canceled) {
        m_canceled = true;
        m_error = tr("The check of the two disks was canceled.");
    }
}

bool DiskPairCheck::checkSteps(const Checkout &checkout, const FirstImageReader &first, const JobControl &control)
{
    const QString root = checkout.root();
    const QByteArray prefix = QByteArrayLiteral("/steps/");
    QHash<QByteArray, int> inImage; // path under steps/ -> last record
    for (const SrcfsRecord &r : first.records()) {
        const QByteArray abs = FirstImageFormat::absolutePath(r.path);
        if (r.kind == SrcfsRecord::Kind::File && abs.startsWith(prefix))
            inImage.insert(abs.mid(1), r.index);
    }

    // The checkout's files in byte order, so the problems come out alike on every machine.
    struct StepFile
    {
        QByteArray relative;
        QString path;
        qint64 size;
    };
    QList<StepFile> files;
    QDirIterator it(
        root + QStringLiteral("/steps"), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray relative = QFile::encodeName(path.mid(root.size() + 1));
        // Upstream leaves out every path with ".git" in it, and an empty file arrives as a
        // folder: neither can be compared as a file.
        if (!SrcfsTreeWalker::isGitPath(relative) && it.fileInfo().size() > 0)
            files.append({relative, path, it.fileInfo().size()});
    }
    std::sort(files.begin(), files.end(), [](const StepFile &a, const StepFile &b) { return a.relative < b.relative; });

    // Only files of equal size need their bytes compared: both sides are hashed in one go each,
    // on every core. Progress counts the images' distfiles; the small step files are not in it.
    QSet<QByteArray> inCheckout;
    QList<int> records;
    QStringList paths;
    for (const StepFile &file : std::as_const(files)) {
        inCheckout.insert(file.relative);
        const auto record = inImage.constFind(file.relative);
        if (record != inImage.cend() && first.records().at(record.value()).size == file.size) {
            records << record.value();
            paths << file.path;
        }
    }
    JobControl quiet;
    quiet.isCanceled = control.isCanceled;
    bool canceled = false;
    const QList<QByteArray> ours =
        records.isEmpty() ? QList<QByteArray>() : FirstImageHasher::hash(first, records, quiet, &m_error, &canceled);
    const QList<QByteArray> theirs = m_error.isEmpty() && !paths.isEmpty()
        ? FileHasher::hash(paths, quiet, &m_error, &canceled)
        : QList<QByteArray>();
    if (canceled) {
        m_canceled = true;
        m_error = tr("The check of the two disks was canceled.");
    }
    if (!m_error.isEmpty())
        return false;

    int compared = 0; // index into `paths` and `theirs`, in the same order as `files`
    for (const StepFile &file : std::as_const(files)) {
        const QByteArray &relative = file.relative;
        const auto record = inImage.constFind(relative);
        if (record == inImage.cend()) {
            problem(Code::MissingStep, first.fileName(), QString::fromUtf8(relative),
                tr("%1 is in the checkout but not in %2: the image is older than the checkout")
                    .arg(QString::fromUtf8(relative), first.fileName()));
            continue;
        }
        const SrcfsRecord &r = first.records().at(record.value());
        ++m_stepsChecked;
        const bool same = r.size == file.size && ours.at(r.index) == theirs.at(compared++);
        if (!same)
            problem(Code::StaleStep, first.fileName(), QString::fromUtf8(relative),
                tr("%1 in %2 (record %3 at byte %4) differs from the checkout's: the image is stale")
                    .arg(QString::fromUtf8(relative), first.fileName())
                    .arg(r.index)
                    .arg(r.offset));
    }
    QList<QByteArray> extra;
    for (auto i = inImage.cbegin(); i != inImage.cend(); ++i) {
        // rootfs.py writes steps/bootstrap.cfg into the checkout before it prepares the
        // image; a checkout that never ran it lacks the file, which says nothing about age.
        if (!inCheckout.contains(i.key()) && i.key() != "steps/bootstrap.cfg" && !SrcfsTreeWalker::isGitPath(i.key()))
            extra << i.key();
    }
    std::sort(extra.begin(), extra.end());
    for (const QByteArray &path : std::as_const(extra)) {
        const SrcfsRecord &r = first.records().at(inImage.value(path));
        problem(Code::ExtraStep, first.fileName(), QString::fromUtf8(path),
            tr("%1 in %2 (record %3 at byte %4) is not in the checkout: the image was made from another one")
                .arg(QString::fromUtf8(path), first.fileName())
                .arg(r.index)
                .arg(r.offset));
    }
    return true;
}
