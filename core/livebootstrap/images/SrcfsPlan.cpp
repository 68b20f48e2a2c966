// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SrcfsPlan.h"
#include "Checkout.h"
#include "DistfilePlan.h"
#include "FirstImageFormat.h"
#include "FiwixHandoff.h"
#include "SrcfsTreeWalker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <utility>

namespace {

// Upstream's generator leaves out every folder or file whose path contains ".git" anywhere,
// the writer's rule; ".git" holds no '/', so testing each name suffices.
bool leftOut(const QString &name)
{
    return SrcfsTreeWalker::isGitPath(QFile::encodeName(name));
}

// A folder's entries in name order, links resolved by QFileInfo.
QFileInfoList entriesOf(const QString &dir)
{
    return QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

// Feeds the records of the prepared folder to SrcfsAnalysis and keeps the totals.
class SrcfsPlan::Walk
{
public:
    explicit Walk(SrcfsPlan &plan)
        : m_plan(plan)
    { }

    // One `src` record: a folder, or a file of `size` bytes (an empty file is written as
    // `src 0`, as upstream does). `unknownSize` counts a file whose size is not known, so that
    // it is not mistaken for an empty file.
    void add(const QString &path, qint64 size, bool folder, Part part, bool unknownSize = false)
    {
        SrcfsRecord record;
        record.index = m_index++;
        record.kind = folder || (size == 0 && !unknownSize) ? SrcfsRecord::Kind::Folder : SrcfsRecord::Kind::File;
        record.path = path.toUtf8();
        record.size = folder ? 0 : size;
        record.offset = -1;
        feed(record, part);
        if (!folder && !unknownSize)
            consider({path, size, part});
    }

    void feed(const SrcfsRecord &record, Part part)
    {
        m_analysis.add(record);
        if (record.takesFileSlot())
            ++m_plan.m_totals[int(part)].files;
        m_plan.m_totals[int(part)].bytes += record.size;
    }

    // The fixed tail's commands, parsed from FirstImageFormat::fixedTail().
    void addFixedTail()
    {
        for (const QByteArray &line : FirstImageFormat::fixedTail().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (line.isEmpty())
                continue;
            SrcfsRecord record;
            record.index = m_index++;
            record.offset = -1;
            if (words.size() == 3 && words.at(0) == "src") {
                record.kind = words.at(1) == "0" ? SrcfsRecord::Kind::Folder : SrcfsRecord::Kind::File;
                record.size = words.at(1).toLongLong();
                record.path = words.at(2);
            } else if (words.size() == 3 && words.at(0) == "hex0") {
                record.kind = SrcfsRecord::Kind::Hex0;
                record.argument = words.at(1);
                record.path = words.at(2);
            } else {
                record.kind = SrcfsRecord::Kind::Command;
                record.path = words.at(0);
                record.argument = words.size() > 1 ? words.at(1) : QByteArray();
            }
            feed(record, Part::Fixed);
        }
    }

    void finish(const std::optional<FiwixHandoff> &fiwix)
    {
        m_analysis.finish(fiwix);
        m_plan.m_budget = m_analysis.budget();
        m_plan.m_findings = m_analysis.findings();
    }

private:
    // Keeps the LargestCount largest files, largest first: a few comparisons per file.
    void consider(const Contributor &file)
    {
        QList<Contributor> &list = m_plan.m_largest;
        const auto larger = [](const Contributor &a, const Contributor &b) {
            return a.size != b.size ? a.size > b.size : a.path < b.path;
        };
        if (list.size() == LargestCount && !larger(file, list.constLast()))
            return;
        list.insert(std::upper_bound(list.begin(), list.end(), file, larger) - list.begin(), file);
        if (list.size() > LargestCount)
            list.removeLast();
    }

    SrcfsPlan &m_plan;
    // The prepared folder's name upstream starts every message.
    SrcfsAnalysis m_analysis {QStringLiteral("target/init")};
    int m_index = 0;
};

QString SrcfsPlan::partKey(Part part)
{
    switch (part) {
    case Part::Seed:
        return QStringLiteral("seed");
    case Part::Steps:
        return QStringLiteral("steps");
    case Part::Distfiles:
        return QStringLiteral("distfiles");
    case Part::Fixed:
        break;
    }
    return QStringLiteral("fixed");
}

QString SrcfsPlan::partName(Part part)
{
    switch (part) {
    case Part::Seed:
        return tr("seed (stage0-posix and seed/)");
    case Part::Steps:
        return tr("steps/");
    case Part::Distfiles:
        return tr("external/distfiles/");
    case Part::Fixed:
        break;
    }
    return tr("root and fixed tail");
}

void SrcfsPlan::Tree::walk(const QString &dir, const QString &path, Part part)
{
    // os.walk style: the records of a folder's subfolders and files, then each subfolder's.
    // `dir`'s own record is the caller's.
    QList<QPair<QString, QString>> below;
    const QFileInfoList entries = entriesOf(dir);
    for (const QFileInfo &info : entries) {
        if (leftOut(info.fileName()))
            continue;
        const QString child = path + QLatin1Char('/') + info.fileName();
        if (info.isDir()) {
            add(child, 0, true, part);
            if (!info.isSymLink())
                below.append({info.filePath(), child});
        } else if (info.isFile()) {
            add(child, info.size(), false, part);
        }
    }
    for (const auto &[real, child] : std::as_const(below))
        walk(real, child, part);
}

SrcfsPlan::Tree SrcfsPlan::Tree::list(const QString &checkoutRoot)
{
    Tree tree;
    const QDir root(checkoutRoot);
    tree.add(QStringLiteral("."), 0, true, Part::Fixed);

    // The top of the prepared folder: stage0-posix's entries, then seed/'s files over them.
    const QString stage0 = root.filePath(QStringLiteral("seed/stage0-posix"));
    QSet<QString> top;
    QList<QFileInfo> stage0Folders;
    for (const QFileInfo &info : entriesOf(stage0)) {
        const QString name = info.fileName();
        if (leftOut(name) || name == QLatin1String("bootstrap-seeds"))
            continue;
        if (info.isDir()) {
            tree.add(QStringLiteral("./") + name, 0, true, Part::Seed);
            if (!info.isSymLink())
                stage0Folders.append(info);
        } else if (info.isFile()) {
            tree.add(QStringLiteral("./") + name, info.size(), false, Part::Seed);
        } else {
            continue;
        }
        top.insert(name);
    }
    tree.m_stage0Missing = top.isEmpty();
    for (const QFileInfo &info : entriesOf(root.filePath(QStringLiteral("seed")))) {
        if (info.isFile() && !leftOut(info.fileName()) && !top.contains(info.fileName()))
            tree.add(QStringLiteral("./") + info.fileName(), info.size(), false, Part::Seed);
    }
    for (const QFileInfo &info : std::as_const(stage0Folders))
        tree.walk(info.filePath(), QStringLiteral("./") + info.fileName(), Part::Seed);

    // steps/, with the bootstrap.cfg rootfs.py writes into it before the copy.
    tree.add(QStringLiteral("./steps"), 0, true, Part::Steps);
    tree.walk(root.filePath(QStringLiteral("steps")), QStringLiteral("./steps"), Part::Steps);
    if (!QFileInfo(root.filePath(QStringLiteral("steps/bootstrap.cfg"))).isFile()) {
        tree.m_bootstrapCfgAssumed = true;
        tree.add(QStringLiteral("./steps/bootstrap.cfg"), 0, false, Part::Steps, true);
    }
    tree.m_fiwix = FiwixHandoff::fromCheckout(checkoutRoot);
    return tree;
}

void SrcfsPlan::count(const Checkout &checkout, const DistfilePlan &plan, const QString &distfilesDir)
{
    count(Tree::list(checkout.root()), plan, distfilesDir);
}

void SrcfsPlan::count(const Tree &tree, const DistfilePlan &plan, const QString &distfilesDir)
{
    *this = SrcfsPlan();
    Walk walk(*this);
    for (const Tree::Item &item : tree.m_items)
        walk.add(item.path, item.size, item.folder, item.part, item.unknownSize);
    if (tree.m_stage0Missing) {
        m_stage0Missing = true;
        m_stage0Note = tr("seed/stage0-posix is missing or empty: the git submodule is not checked out (git "
                          "submodule update --init --recursive), so its files are not counted and the budget is "
                          "too low");
    }
    m_bootstrapCfgAssumed = tree.m_bootstrapCfgAssumed;

    // The first half's distfiles, once per file name: the copy is by name.
    walk.add(QStringLiteral("./external"), 0, true, Part::Distfiles);
    walk.add(QStringLiteral("./external/distfiles"), 0, true, Part::Distfiles);
    QSet<QString> names;
    const QDir distfiles(distfilesDir);
    for (const PlannedDistfile &d : plan.firstImage()) {
        if (names.contains(d.fileName) || leftOut(d.fileName))
            continue;
        names.insert(d.fileName);
        const QFileInfo info(distfiles.filePath(d.fileName));
        const QString path = QStringLiteral("./external/distfiles/") + d.fileName;
        if (info.isFile()) {
            walk.add(path, info.size(), false, Part::Distfiles);
        } else {
            m_missingDistfiles.append(d.fileName);
            walk.add(path, 0, false, Part::Distfiles, true);
        }
    }

    walk.addFixedTail();
    walk.finish(tree.m_fiwix);
    // The fixed tail compiles its seeds from stage0-posix's x86/: without the submodule the
    // note above says so once, rather than a missing-input finding per hex0 line.
    if (m_stage0Missing)
        m_findings.removeIf([](const FirstImageFinding &f) { return f.code == FirstImageFinding::Code::MissingInput; });
}
