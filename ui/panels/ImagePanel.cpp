// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "panels/ImagePanel.h"
#include "PayloadFormat.h"
#include "PayloadReader.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/image/ExtractController.h"
#include "controllers/image/TarExportController.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/archive/IntegrityTestJob.h"
#include "jobs/image/ExportTarJob.h"
#include "jobs/image/ExtractJob.h"
#include "model/image/ImageEntryModel.h"
#include "model/image/ImageTableProxy.h"
#include "widgets/messages/Messages.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/summaries/ImageSummaryWidget.h"
#include "widgets/views/ImageTableView.h"
#include "window/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

ImagePanel::ImagePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImageEntryModel(this))
    , m_proxy(new ImageTableProxy(this))
    , m_view(new ImageTableView)
    , m_summary(new ImageSummaryWidget)
    , m_notice(new NoticeBar)
    , m_filter(new QLineEdit)
    , m_loading(new QProgressBar)
    , m_stopLoading(new QPushButton(tr("Stop Reading")))
    , m_extract(new ExtractController(this))
    , m_integrity(new IntegrityController(this))
    , m_tarExport(new TarExportController(this))
{
    setObjectName(QStringLiteral("imagePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entries"));
    bar->addWidget(m_filter, 1);
    m_loading->setRange(0, 1000);
    m_loading->setMaximumWidth(220);
    m_loading->setAccessibleName(tr("Reading progress"));
    bar->addWidget(m_loading);
    m_stopLoading->setIcon(Icons::get(QStringLiteral("process-stop")));
    bar->addWidget(m_stopLoading);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_integrity->notice());

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Image entries"));
    // Image order until the user clicks a header: sorting while 200,000 rows arrive would
    // cost more than reading them.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    // The SHA-256 keeps the width of its 64 digits (a scroll bar rather than a cut digest);
    // Status and # are as wide as what they hold, once there is something (fitColumns()).
    header->setStretchLastSection(false);
    header->resizeSection(ImageEntryModel::NameColumn, 200);
    header->resizeSection(ImageEntryModel::OffsetColumn, 95);
    header->resizeSection(ImageEntryModel::SizeColumn, 80);
    header->resizeSection(ImageEntryModel::KindColumn, 70);
    fitColumns();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    m_summary->setMinimumWidth(220);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 280});
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImageTableProxy::setFilterFixedString);
    connect(m_stopLoading, &QPushButton::clicked, &m_open, &OpenImageJob::cancel);
    connect(&m_open, &OpenImageJob::entriesArrived, this, &ImagePanel::onEntriesArrived);
    connect(&m_open, &OpenImageJob::finished, this, [this] {
        m_openFinishing = true;
        fillSome();
    });
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &ImagePanel::fillSome);
    connect(&m_open, &OpenImageJob::progressChanged, this,
        [this](qint64 done, qint64 total) { m_loading->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(m_view, &ImageTableView::dragOutRequested, this, &ImagePanel::startDragOut);
    connect(m_extract, &ExtractController::started, this, &ImagePanel::stateChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImagePanel::stateChanged);
    connect(m_summary, &ImageSummaryWidget::entryActivated, this, [this](int entryIndex) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(entryIndex, ImageEntryModel::NameColumn));
        if (i.isValid()) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
        }
    });
    for (BackgroundJob *job : std::initializer_list<BackgroundJob *> {
             &m_hash, m_extract->job(), &m_verify, m_integrity->job(), m_tarExport->job()})
        connect(job, &BackgroundJob::finished, this, &ImagePanel::stateChanged);
    // Test results change the status words ("unsafe", "corrupt") and may contradict a summary
    // that saw only the importer's findings.
    connect(m_integrity, &IntegrityController::finished, this, [this] {
        m_summary->setIntegrityFailures(m_model->integrityFailures());
        fitColumns();
    });
}

void ImagePanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    // Padding and the sort arrow beside the text, as the header's own size hint allows for.
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    header->resizeSection(ImageEntryModel::StatusColumn,
        std::max(header->sectionSizeHint(ImageEntryModel::StatusColumn),
            static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(ImageEntryModel::StatusColumn)));
    // The largest index is the last row's: written as the view writes numbers.
    const int rows = m_model->rowCount();
    const QString largest = QLocale().toString(std::max(rows - 1, 0));
    header->resizeSection(ImageEntryModel::IndexColumn,
        std::max(header->sectionSizeHint(ImageEntryModel::IndexColumn), metrics.horizontalAdvance(largest) + padding));
    header->resizeSection(
        ImageEntryModel::Sha256Column, metrics.horizontalAdvance(QString(64, QLatin1Char('0'))) + padding);
}

ImagePanel::~ImagePanel() = default;

void ImagePanel::open(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_ready = false;
    m_reader.reset();
    m_arrived.clear();
    m_arrivedNext = 0;
    m_fill.stop();
    m_openFinishing = false;
    m_model->clear();
    // The entry count in the header (its low 32 bits in either layout) sizes the table once;
    // the file's size bounds it, as each entry takes at least 9 bytes.
    QFile file(m_path);
    constexpr qint64 HeadSize = PayloadFormat::imageHeaderSize(PayloadFormat::Layout::U32);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(HeadSize);
        if (head.size() == HeadSize)
            m_model->reserve(
                qsizetype(std::min<qint64>(qint64(PayloadFormat::readField(head.constData() + PayloadFormat::MagicSize,
                                               PayloadFormat::Layout::U32)),
                    file.size() / 9)));
    }
    m_notice->hide();
    m_loading->show();
    m_stopLoading->show();
    m_summary->showLoading(m_path, 0);
    m_open.start(m_path);
    Q_EMIT stateChanged();
}

bool ImagePanel::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

bool ImagePanel::isBusy() const
{
    return m_open.isRunning() || m_hash.isRunning() || m_extract->isRunning() || m_verify.isRunning() ||
        m_integrity->isRunning() || m_tarExport->isRunning();
}

void ImagePanel::cancelJobs()
{
    for (BackgroundJob *job : std::initializer_list<BackgroundJob *> {
             &m_open, &m_hash, m_extract->job(), &m_verify, m_integrity->job(), m_tarExport->job()})
        job->cancel();
}

void ImagePanel::onEntriesArrived(const QList<PayloadEntry> &entries)
{
    if (!entries.isEmpty())
        m_arrived.append(entries); // shared, not copied
    if (!m_fill.isActive())
        m_fill.start();
}

void ImagePanel::fillSome()
{
    if (!m_arrived.isEmpty()) {
        // Each turn of the event loop adds a slice sized from the last one's cost, aiming at
        // about 4 ms, so that input and painting go on while 200,000 rows arrive.
        constexpr double TargetMs = 4.0;
        const QList<PayloadEntry> &front = m_arrived.constFirst();
        const qsizetype n = std::min<qsizetype>(m_fillSlice, front.size() - m_arrivedNext);
        QElapsedTimer timer;
        timer.start();
        m_model->appendEntries(n == front.size() ? front : front.mid(m_arrivedNext, n));
        m_arrivedNext += n;
        if (m_arrivedNext >= front.size()) {
            m_arrived.removeFirst();
            m_arrivedNext = 0;
        }
        const double ms = std::max(0.05, timer.nsecsElapsed() / 1e6);
        // At most doubling: one cheap slice must not make the next one long.
        if (n == m_fillSlice)
            m_fillSlice = int(std::clamp(m_fillSlice * std::min(2.0, TargetMs / ms), 200.0, 20000.0));
        m_summary->showLoading(m_path, m_model->rowCount());
    }
    if (!m_arrived.isEmpty())
        return; // the timer comes back for more
    m_fill.stop();
    if (m_openFinishing && !m_open.isRunning()) {
        m_openFinishing = false;
        onOpenFinished();
    }
}

void ImagePanel::onOpenFinished()
{
    m_loading->hide();
    m_stopLoading->hide();
    m_reader = m_open.reader();
    m_ready = m_open.succeeded();
    m_summary->showReader(*m_reader);
    fitColumns();
    if (m_ready) {
        m_model->setFindings(m_reader->findings());
        const int errors = errorCount();
        if (errors > 0)
            m_notice->showNotice(KMessageWidget::Error,
                tr("The importer would reject this image: %n problem(s), listed beside the table.", nullptr, errors));
        else if (m_reader->layoutAmbiguous())
            m_notice->showNotice(KMessageWidget::Warning, m_reader->layoutNote());
    } else if (m_open.wasCanceled()) {
        m_notice->showNotice(KMessageWidget::Warning,
            tr("Reading was stopped after %n entry(s); the table is incomplete.", nullptr, m_model->rowCount()));
    } else {
        m_notice->showNotice(KMessageWidget::Error,
            tr("<b>This image cannot be read.</b> %1").arg(m_reader->errorString().toHtmlEscaped()) +
                (m_model->rowCount() > 0 ? QLatin1Char(' ') +
                            tr("The %n entry(s) before the damage are listed and can still be tested, hashed, "
                               "extracted and exported as tar; the rest of the image could not be read.",
                                nullptr, m_model->rowCount())
                                .toHtmlEscaped()
                                         : QString()));
    }
    Q_EMIT stateChanged();
    Q_EMIT openFinished(m_ready);
}

bool ImagePanel::isPartial() const
{
    // Damaged, not stopped: a canceled reading is simply read again.
    return m_reader && !m_ready && !isLoading() && !m_open.wasCanceled() && !m_reader->entries().isEmpty();
}

std::shared_ptr<const PayloadReader> ImagePanel::readableReader() const
{
    return hasReadableEntries() ? m_reader : nullptr;
}

int ImagePanel::errorCount() const
{
    int n = 0;
    if (m_reader)
        for (const ImporterFinding &f : m_reader->findings())
            n += f.severity == ImporterFinding::Severity::Error ? 1 : 0;
    return n;
}

int ImagePanel::warningCount() const
{
    int n = 0;
    if (m_reader)
        for (const ImporterFinding &f : m_reader->findings())
            n += f.severity == ImporterFinding::Severity::Warning ? 1 : 0;
    return n;
}

void ImagePanel::extractSelected()
{
    const QList<int> indices = m_view->selectedEntryIndices();
    if (!indices.isEmpty())
        m_extract->chooseAndExtract(readableReader(), indices);
}

void ImagePanel::extractAll()
{
    m_extract->chooseAndExtract(readableReader(), {});
}

void ImagePanel::extractTo(const QList<int> &indices, const QString &directory)
{
    m_extract->extractTo(readableReader(), indices, directory);
}

std::unique_ptr<QMimeData> ImagePanel::dragData(const QList<int> &indices)
{
    return m_extract->prepareDrag(readableReader(), indices);
}

void ImagePanel::startDragOut(const QList<int> &indices)
{
    m_extract->dragOut(readableReader(), indices, m_view);
}

void ImagePanel::runHash(const QList<int> &indices, std::function<void()> then)
{
    if (!hasReadableEntries() || m_hash.isRunning())
        return;
    m_hash.start(m_reader, indices);
    auto *progress = new JobProgressDialog(&m_hash, tr("Computing SHA-256"), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    Q_EMIT stateChanged();
    connect(
        &m_hash, &ImageHashJob::finished, this,
        [this, then] {
            if (m_hash.wasCanceled())
                return;
            if (!m_hash.error().isEmpty()) {
                Messages::show(this, QMessageBox::Critical, tr("Hashing Failed"), m_hash.error());
                return;
            }
            m_model->setDigests(m_hash.digests());
            if (then)
                then();
        },
        Qt::SingleShotConnection);
}

void ImagePanel::hashSelected()
{
    const QList<int> indices = m_view->selectedEntryIndices();
    if (!indices.isEmpty())
        runHash(indices, {});
}

void ImagePanel::hashAll()
{
    runHash({}, {});
}

void ImagePanel::exportManifest()
{
    if (!m_ready)
        return;
    const QString json = tr("JSON manifest (*.json)");
    const QString tsv = tr("TSV manifest (*.tsv)");
    const QString sums = tr("sha256sum file (*.sha256)");
    QString filter = json;
    const QString base =
        QDir(AppSettings::lastFolder(AppSettings::Folder::Manifest)).filePath(QFileInfo(m_path).fileName());
    QString path = QFileDialog::getSaveFileName(this, tr("Export Manifest"), base + QStringLiteral(".json"),
        QStringList {json, tsv, sums}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::Manifest, path);
    Manifest::Format format = Manifest::Format::Json;
    if (filter == tsv || path.endsWith(QLatin1String(".tsv")))
        format = Manifest::Format::Tsv;
    else if (filter == sums || path.endsWith(QLatin1String(".sha256")))
        format = Manifest::Format::Sha256Sum;

    // A manifest is only as useful as its hashes: compute the missing ones first.
    QList<int> missing;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->digest(i).isEmpty())
            missing << i;
    if (missing.isEmpty())
        saveManifest(path, format);
    else
        runHash(missing, [this, path, format] { saveManifest(path, format); });
}

void ImagePanel::saveManifest(const QString &path, Manifest::Format format)
{
    Manifest manifest = Manifest::fromReader(*m_reader);
    for (int i = 0; i < manifest.entries.size(); ++i)
        manifest.entries[i].sha256 = m_model->digest(i);
    QString error;
    if (!manifest.save(path, format, &error))
        Messages::show(this, QMessageBox::Critical, tr("Export Failed"), error);
}

void ImagePanel::verifyAgainstManifest()
{
    if (!m_ready || m_verify.isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify Against Manifest"),
        AppSettings::lastFolder(AppSettings::Folder::Manifest),
        tr("Manifests (*.json *.tsv *.sha256 *.sha256sum);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::Manifest, path);
    Manifest manifest;
    QString error;
    if (!Manifest::load(path, &manifest, &error)) {
        Messages::show(this, QMessageBox::Critical, tr("Cannot Read Manifest"), error);
        return;
    }
    m_verify.start(m_path, manifest);
    auto *progress = new JobProgressDialog(&m_verify, tr("Verifying %1").arg(QFileInfo(m_path).fileName()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    Q_EMIT stateChanged();
    connect(
        &m_verify, &VerifyJob::finished, this,
        [this, path] {
            const VerifyReport &r = m_verify.report();
            if (r.canceled)
                return;
            const QString name = QFileInfo(path).fileName();
            if (r.ok()) {
                Messages::show(this, QMessageBox::Information, tr("Verification"),
                    tr("The image matches %1: %n SHA-256 checked.", nullptr, r.hashesChecked).arg(name));
                return;
            }
            QString text = tr("The image does not match %1.").arg(name);
            if (!r.structureError.isEmpty())
                text = r.structureError;
            else if (!r.ioError.isEmpty())
                text = r.ioError;
            else if (!r.importerAccepts())
                text += QLatin1Char(' ') + tr("The importer would also reject it.");
            Messages::show(this, QMessageBox::Critical, tr("Verification"), text,
                r.mismatches.isEmpty() ? QString()
                                       : tr("%n difference(s); see the details.", nullptr, int(r.mismatches.size())),
                r.mismatches.join(QLatin1Char('\n')));
        },
        Qt::SingleShotConnection);
}

void ImagePanel::testIntegrity(bool selectedOnly)
{
    if (!m_reader || isLoading())
        return;
    QList<int> indices = selectedOnly ? m_view->selectedEntryIndices() : QList<int> {};
    if (!selectedOnly)
        for (int i = 0; i < m_reader->entries().size(); ++i)
            indices << i;
    QList<IntegrityTester::Target> targets;
    for (int i : std::as_const(indices))
        targets << IntegrityTester::Target::fromEntry(*m_reader, i);
    m_integrity->run(targets, [this, indices](int index, const ArchiveReport &report) {
        if (index >= 0 && index < indices.size())
            m_model->setIntegrityResult(indices.at(index), report);
    });
    Q_EMIT stateChanged();
}

void ImagePanel::exportAsTar(bool selectedOnly)
{
    if (!hasReadableEntries())
        return;
    const QList<int> indices = selectedOnly ? m_view->selectedEntryIndices() : QList<int> {};
    if (selectedOnly && indices.isEmpty())
        return;
    m_tarExport->chooseAndExport(m_reader, indices);
    Q_EMIT stateChanged();
}

QList<BuildEntry> ImagePanel::entriesAsBuildEntries() const
{
    QList<BuildEntry> out;
    if (!m_reader)
        return out;
    for (const PayloadEntry &e : m_reader->entries())
        out << BuildEntry::fromRange(m_path, e.dataOffset, e.size, e.rawName);
    return out;
}
