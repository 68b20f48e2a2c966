// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/firstimage/FirstImageOperations.h"
#include "FirstImageManifest.h"
#include "FirstImageReader.h"
#include "IntegrityTester.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/authoring/DragStaging.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/archive/IntegrityTestJob.h"
#include "jobs/firstimage/FirstImageExtractJob.h"
#include "jobs/firstimage/FirstImageHashJob.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "widgets/messages/Messages.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/views/SrcfsTreeView.h"
#include "window/AppSettings.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDrag>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>

FirstImageOperations::FirstImageOperations(SrcfsTreeModel *model, SrcfsTreeView *view, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_view(view)
    , m_dialogParent(dialogParent)
    , m_hash(new FirstImageHashJob(this))
    , m_extract(new FirstImageExtractJob(this))
    , m_integrity(new IntegrityController(dialogParent))
{ }

FirstImageOperations::~FirstImageOperations() = default;

void FirstImageOperations::setReader(std::shared_ptr<const FirstImageReader> reader)
{
    m_reader = std::move(reader);
}

bool FirstImageOperations::canRead() const
{
    return m_reader && !m_reader->records().isEmpty() && !m_reader->imagePath().isEmpty();
}

bool FirstImageOperations::hasSelection() const
{
    return m_view->selectionModel() && m_view->selectionModel()->hasSelection();
}

bool FirstImageOperations::isBusy() const
{
    return m_hash->isRunning() || m_extract->isRunning() || m_integrity->isRunning();
}

void FirstImageOperations::cancel()
{
    for (BackgroundJob *job : jobs())
        job->cancel();
}

QList<BackgroundJob *> FirstImageOperations::jobs() const
{
    return {m_hash, m_extract, m_integrity->job()};
}

QList<int> FirstImageOperations::recordsOfNodes(const QList<int> &nodes, bool filesOnly) const
{
    const std::shared_ptr<const SrcfsTree> tree = m_model->tree();
    QList<int> out;
    if (!tree)
        return out;
    // A folder and a file beneath it may both be selected: each node is walked once.
    QSet<int> seen;
    QList<int> stack = nodes;
    while (!stack.isEmpty()) {
        const int n = stack.takeLast();
        if (n <= 0 || n >= tree->nodes.size() || seen.contains(n))
            continue;
        seen.insert(n);
        const SrcfsTree::Node &node = tree->nodes.at(n);
        if (node.record >= 0 && (!filesOnly || node.kind == SrcfsRecord::Kind::File))
            out << node.record;
        stack << node.children;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void FirstImageOperations::runHash(const QList<int> &records, std::function<void()> then)
{
    if (!canRead() || m_hash->isRunning())
        return;
    m_hash->start(m_reader, records);
    auto *progress = new JobProgressDialog(m_hash, tr("Computing SHA-256"), m_dialogParent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    Q_EMIT started();
    connect(
        m_hash, &FirstImageHashJob::finished, this,
        [this, then] {
            if (m_hash->wasCanceled())
                return;
            if (!m_hash->error().isEmpty()) {
                Messages::show(m_dialogParent, QMessageBox::Critical, tr("Hashing Failed"), m_hash->error());
                return;
            }
            m_model->setDigests(m_hash->digests());
            revealColumn(SrcfsTreeModel::Sha256Column);
            if (then)
                then();
        },
        Qt::SingleShotConnection);
}

void FirstImageOperations::hashSelected()
{
    const QList<int> records = recordsOfNodes(m_view->selectedNodes(), true);
    // An empty list would mean every file to the hasher: a selection of empty folders hashes nothing.
    if (!records.isEmpty())
        runHash(records, {});
}

void FirstImageOperations::hashAll()
{
    runHash({}, {});
}

void FirstImageOperations::exportManifest()
{
    if (!canRead() || m_hash->isRunning())
        return;
    const QString json = tr("JSON manifest (*.json)");
    const QString tsv = tr("TSV manifest (*.tsv)");
    const QString sums = tr("sha256sum file (*.sha256)");
    QString filter = json;
    const QString base = QDir(AppSettings::lastFolder(AppSettings::Folder::Manifest))
                             .filePath(QFileInfo(m_reader->fileName()).fileName());
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Manifest"),
        base + QStringLiteral(".json"), QStringList {json, tsv, sums}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::Manifest, path);
    Manifest::Format format = Manifest::Format::Json;
    if (filter == tsv || path.endsWith(QLatin1String(".tsv")))
        format = Manifest::Format::Tsv;
    else if (filter == sums || path.endsWith(QLatin1String(".sha256")))
        format = Manifest::Format::Sha256Sum;

    // A manifest is only as useful as its hashes: compute the missing ones first (the files
    // the image cuts off have none to compute).
    const QList<SrcfsRecord> &records = m_reader->records();
    QList<int> missing;
    for (const SrcfsRecord &r : records)
        if (r.kind == SrcfsRecord::Kind::File && r.endOffset() <= m_reader->imageSize() &&
            m_model->digest(r.index).isEmpty())
            missing << r.index;
    if (missing.isEmpty())
        saveManifest(path, format);
    else
        runHash(missing, [this, path, format] { saveManifest(path, format); });
}

bool FirstImageOperations::saveManifest(const QString &path, Manifest::Format format)
{
    if (!m_reader)
        return false;
    QString error;
    bool ok = false;
    if (format == Manifest::Format::Json) {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) &&
            file.write(FirstImageManifest::json(*m_reader, m_model->digests())) >= 0 && file.commit();
        if (!ok)
            error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        ok = FirstImageManifest::files(*m_reader, m_model->digests()).save(path, format, &error);
    }
    if (!ok)
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Export Failed"), error);
    return ok;
}

void FirstImageOperations::extractSelected()
{
    const QList<int> records = recordsOfNodes(m_view->selectedNodes(), false);
    if (!records.isEmpty())
        chooseAndExtract(records);
}

void FirstImageOperations::extractAll()
{
    chooseAndExtract({});
}

void FirstImageOperations::chooseAndExtract(const QList<int> &records)
{
    if (!canRead() || m_extract->isRunning())
        return;
    const QString dir = QFileDialog::getExistingDirectory(m_dialogParent,
        records.isEmpty() ? tr("Extract All Files To") : tr("Extract Files To"),
        AppSettings::lastFolder(AppSettings::Folder::Extract));
    if (!dir.isEmpty())
        extractTo(records, dir);
}

void FirstImageOperations::extractTo(const QList<int> &requested, const QString &directory)
{
    if (!canRead() || m_extract->isRunning())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::Extract, directory);
    FirstImageExtractor::Options options;
    options.indices = requested.isEmpty() ? FirstImageExtractor::defaultSelection(*m_reader) : requested;

    // The extractor never overwrites on its own: find what exists first, and ask.
    const QList<SrcfsRecord> &records = m_reader->records();
    const QDir dir(directory);
    QList<int> existing;
    int files = 0;
    for (int i : std::as_const(options.indices)) {
        if (i < 0 || i >= records.size() || records.at(i).kind != SrcfsRecord::Kind::File)
            continue;
        ++files;
        const QByteArray target = FirstImageExtractor::targetPath(records.at(i).path);
        if (!target.isEmpty() && QFileInfo::exists(dir.filePath(QFile::decodeName(target))))
            existing << i;
    }
    if (!existing.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Files Exist"),
            tr("%n of the files to extract already exist in %1.", nullptr, int(existing.size())).arg(directory),
            QMessageBox::Cancel, m_dialogParent);
        auto *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        auto *skip = existing.size() < files ? box.addButton(tr("&Skip Existing"), QMessageBox::AcceptRole) : nullptr;
        box.exec();
        if (box.clickedButton() == overwrite) {
            options.overwrite = true;
        } else if (skip && box.clickedButton() == skip) {
            for (int i : std::as_const(existing))
                options.indices.removeOne(i);
        } else {
            return;
        }
    }

    m_extract->start(m_reader, directory, options);
    auto *progress = new JobProgressDialog(m_extract, tr("Extracting to %1").arg(directory), m_dialogParent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    Q_EMIT started();
    connect(
        m_extract, &FirstImageExtractJob::finished, this, &FirstImageOperations::onExtracted, Qt::SingleShotConnection);
}

void FirstImageOperations::onExtracted()
{
    const int written = int(m_extract->written().size());
    if (m_extract->wasCanceled() && !m_extract->succeeded()) {
        Messages::show(m_dialogParent, QMessageBox::Information, tr("Extraction Canceled"),
            tr("Extraction was canceled; %n file(s) had been extracted completely.", nullptr, written));
    } else if (!m_extract->succeeded()) {
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Extraction Failed"), m_extract->error(),
            written > 0 ? tr("%n file(s) had been extracted before.", nullptr, written) : QString());
    } else {
        QMessageBox *box = Messages::show(m_dialogParent, QMessageBox::Information, tr("Extracted"),
            tr("%n file(s) extracted to %1.", nullptr, written).arg(m_extract->directory()),
            tr("Folders made: %1. Commands and hex0 records are not extracted: they run at boot.")
                .arg(Formatting::count(m_extract->foldersMade())));
        auto *open = box->addButton(tr("Open &Folder"), QMessageBox::ActionRole);
        const QString folder = m_extract->directory();
        connect(box, &QMessageBox::finished, this, [box, open, folder] {
            if (box->clickedButton() == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
    }
}

void FirstImageOperations::testIntegrity(bool selectedOnly)
{
    if (!canRead() || m_integrity->isRunning())
        return;
    QList<int> records;
    if (selectedOnly) {
        records = recordsOfNodes(m_view->selectedNodes(), true);
    } else {
        for (const SrcfsRecord &r : m_reader->records())
            if (r.kind == SrcfsRecord::Kind::File)
                records << r.index;
    }
    QList<IntegrityTester::Target> targets;
    targets.reserve(records.size());
    for (int record : std::as_const(records))
        targets << IntegrityTester::Target::fromRecord(*m_reader, record);
    if (!targets.isEmpty())
        revealColumn(SrcfsTreeModel::IntegrityColumn);
    m_integrity->run(targets, [this, records](int index, const ArchiveReport &report) {
        if (index >= 0 && index < records.size())
            m_model->setIntegrityResult(records.at(index), report);
    });
    Q_EMIT started();
}

void FirstImageOperations::hideResultColumns(SrcfsTreeView *view)
{
    view->setColumnHidden(SrcfsTreeModel::IntegrityColumn, true);
    view->setColumnHidden(SrcfsTreeModel::Sha256Column, true);
    view->header()->setSectionResizeMode(SrcfsTreeModel::NameColumn, QHeaderView::Stretch);
}

void FirstImageOperations::revealColumn(int column)
{
    if (!m_view->isColumnHidden(column))
        return;
    // With more columns than fit, a stretching name column would shrink to a few letters:
    // the names keep a readable width and the tree scrolls sideways instead.
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(SrcfsTreeModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnHidden(column, false);
    const int others = header->length() - header->sectionSize(SrcfsTreeModel::NameColumn);
    header->resizeSection(SrcfsTreeModel::NameColumn, std::max(m_view->viewport()->width() - others, 220));
}

QString FirstImageOperations::extractedPath(const QString &directory, int node) const
{
    const std::shared_ptr<const SrcfsTree> tree = m_model->tree();
    const SrcfsTree::Node &n = tree->nodes.at(node);
    // The record's own bytes where there is one: the tree's name is only its display form.
    const QString relative = n.record >= 0
        ? QFile::decodeName(FirstImageExtractor::targetPath(m_reader->records().at(n.record).path))
        : tree->pathOf(node).mid(1);
    if (relative.isEmpty())
        return {};
    const QString path = QDir(directory).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

std::unique_ptr<QMimeData> FirstImageOperations::prepareDrag(const QList<int> &nodes)
{
    if (!canRead() || m_extract->isRunning() || !m_model->tree())
        return nullptr;
    const QList<int> records = recordsOfNodes(nodes, false);
    if (records.isEmpty())
        return nullptr;
    const QString dir = m_drag.freshFolder();
    FirstImageExtractor::Options options;
    options.indices = records;
    m_extract->start(m_reader, dir, options);
    DragStaging::waitFor(
        m_extract, tr("Preparing %n file(s) for dragging", nullptr, int(records.size())), m_dialogParent);
    if (!m_extract->succeeded()) {
        if (!m_extract->wasCanceled())
            Messages::show(m_dialogParent, QMessageBox::Warning, tr("Cannot Drag Files"), m_extract->error());
        return nullptr;
    }
    // The selected nodes themselves, not what lies beneath a selected folder a second time.
    const std::shared_ptr<const SrcfsTree> tree = m_model->tree();
    const QSet<int> selected(nodes.cbegin(), nodes.cend());
    QList<QUrl> urls;
    for (int node : nodes) {
        if (node <= 0 || node >= tree->nodes.size())
            continue;
        bool inside = false;
        for (int p = tree->nodes.at(node).parent; p > 0 && !inside; p = tree->nodes.at(p).parent)
            inside = selected.contains(p);
        const QString path = inside ? QString() : extractedPath(dir, node);
        if (!path.isEmpty())
            urls << QUrl::fromLocalFile(path);
    }
    if (urls.isEmpty())
        return nullptr;
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls(urls);
    return mime;
}

void FirstImageOperations::dragOut(const QList<int> &nodes, QWidget *source)
{
    std::unique_ptr<QMimeData> mime = prepareDrag(nodes);
    if (!mime)
        return;
    auto *drag = new QDrag(source);
    drag->setMimeData(mime.release());
    drag->setPixmap(Icons::get(QStringLiteral("application-x-archive")).pixmap(32, 32));
    drag->exec(Qt::CopyAction);
}
