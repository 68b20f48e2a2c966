// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "panels/FirstImagePanel.h"
#include "FirstImageReader.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/firstimage/FirstImageOperations.h"
#include "model/firstimage/FirstImageFindingModel.h"
#include "model/firstimage/SrcfsCommandModel.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "model/firstimage/SrcfsTreeProxy.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Icons.h"
#include "widgets/summaries/FirstImageSummaryWidget.h"
#include "widgets/views/ShapedTextDelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

FirstImagePanel::FirstImagePanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new SrcfsTreeModel(this))
    , m_treeProxy(new SrcfsTreeProxy(this))
    , m_treeView(new SrcfsTreeView)
    , m_commands(new SrcfsCommandModel(this))
    , m_commandView(new QTableView)
    , m_findings(new FirstImageFindingModel(this))
    , m_findingView(new QTableView)
    , m_findingPages(new QStackedWidget)
    , m_noFindings(new QLabel)
    , m_summary(new FirstImageSummaryWidget)
    , m_notice(new NoticeBar)
    , m_filter(new QLineEdit)
    , m_loading(new QProgressBar)
    , m_stopLoading(new QPushButton(tr("Stop Reading")))
    , m_ops(new FirstImageOperations(m_tree, m_treeView, this))
{
    setObjectName(QStringLiteral("firstImagePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter files and folders"));
    bar->addWidget(m_filter, 1);
    m_loading->setRange(0, 1000);
    m_loading->setMaximumWidth(220);
    m_loading->setAccessibleName(tr("Reading progress"));
    bar->addWidget(m_loading);
    m_stopLoading->setIcon(Icons::get(QStringLiteral("process-stop")));
    bar->addWidget(m_stopLoading);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_ops->integrity()->notice());

    // Sorted and filtered on a worker; a matching file shows with the folders above it.
    m_treeProxy->setSourceModel(m_tree);
    m_treeView->setModel(m_treeProxy);
    m_treeView->setObjectName(QStringLiteral("srcfsTree"));
    m_treeView->setAccessibleName(tr("Files and folders of the first image"));
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    // Script order until the user clicks a header: the order builder-hex0 makes them in.
    m_treeView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_treeView->setSortingEnabled(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(SrcfsTreeModel::NameColumn, QHeaderView::Stretch);
    // The numbers need the digits of a 1.7 GiB offset; the names get whatever is left.
    const QFontMetrics metrics = m_treeView->fontMetrics();
    m_treeView->header()->setMinimumSectionSize(40);
    m_treeView->header()->resizeSection(
        SrcfsTreeModel::KindColumn, metrics.horizontalAdvance(SrcfsTreeModel::tr("Folder (implied)")) + 16);
    const int digits = metrics.horizontalAdvance(QStringLiteral("0,000,000,000")) + 16;
    for (int c : {SrcfsTreeModel::SizeColumn, SrcfsTreeModel::DataOffsetColumn, SrcfsTreeModel::LineOffsetColumn})
        m_treeView->header()->resizeSection(c, digits);
    m_treeView->header()->resizeSection(SrcfsTreeModel::IntegrityColumn, 110);
    // The start of a digest tells files apart; the tooltip and a wider column show it whole.
    m_treeView->header()->resizeSection(
        SrcfsTreeModel::Sha256Column, metrics.horizontalAdvance(QStringLiteral("0123456789abcdef")) + 16);
    FirstImageOperations::hideResultColumns(m_treeView);

    m_commandView->setModel(m_commands);
    m_commandView->setItemDelegate(new ShapedTextDelegate(m_commandView));
    m_commandView->setObjectName(QStringLiteral("srcfsCommands"));
    m_commandView->setAccessibleName(tr("Commands of the script"));
    m_commandView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_commandView->verticalHeader()->hide();
    // Rows as high as the tree's: the four commands of the generator's tail fit at once.
    m_commandView->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    m_commandView->horizontalHeader()->setStretchLastSection(false);
    m_commandView->horizontalHeader()->resizeSection(SrcfsCommandModel::IndexColumn, 60);
    for (int c : {SrcfsCommandModel::CommandColumn, SrcfsCommandModel::ArgumentColumn, SrcfsCommandModel::OutputColumn})
        m_commandView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_commandView->horizontalHeader()->resizeSection(SrcfsCommandModel::LineOffsetColumn, digits);

    m_findingView->setModel(m_findings);
    m_findingView->setItemDelegate(new ShapedTextDelegate(m_findingView));
    m_findingView->setObjectName(QStringLiteral("firstImageFindings"));
    m_findingView->setAccessibleName(tr("Findings about the first image"));
    m_findingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingView->setWordWrap(false);
    m_findingView->verticalHeader()->hide();
    m_findingView->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    m_findingView->horizontalHeader()->setStretchLastSection(true);
    m_findingView->horizontalHeader()->resizeSection(
        FirstImageFindingModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("unknown-builder-hex0")) + 36);
    m_findingView->horizontalHeader()->resizeSection(FirstImageFindingModel::RecordColumn, 60);
    m_findingView->horizontalHeader()->resizeSection(FirstImageFindingModel::OffsetColumn, digits - 16);
    m_noFindings->setObjectName(QStringLiteral("noFindings"));
    m_noFindings->setAlignment(Qt::AlignCenter);
    m_noFindings->setWordWrap(true);
    m_noFindings->setEnabled(false); // the placeholder look of an empty view
    m_findingPages->addWidget(m_findingView);
    m_findingPages->addWidget(m_noFindings);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_treeView);
    left->addWidget(titled(tr("Commands"), m_commandView));
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 0);
    left->setSizes({480, 7 * (metrics.height() + 6)});
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_summary);
    right->addWidget(titled(tr("Findings"), m_findingPages));
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    m_summary->setMinimumWidth(300);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 440});
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_treeProxy, &SrcfsTreeProxy::setFilterFixedString);
    connect(m_stopLoading, &QPushButton::clicked, &m_open, &OpenFirstImageJob::cancel);
    connect(&m_open, &OpenFirstImageJob::progressChanged, this,
        [this](qint64 done, qint64 total) { m_loading->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(&m_open, &OpenFirstImageJob::finished, this, &FirstImagePanel::onOpenFinished);
    connect(m_treeView, &SrcfsTreeView::dragOutRequested, this,
        [this](const QList<int> &nodes) { m_ops->dragOut(nodes, m_treeView); });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FirstImagePanel::stateChanged);
    connect(m_ops, &FirstImageOperations::started, this, &FirstImagePanel::stateChanged);
    for (BackgroundJob *job : m_ops->jobs())
        connect(job, &BackgroundJob::finished, this, &FirstImagePanel::stateChanged);
    connect(m_findingView, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { showRecord(index.data(FirstImageFindingModel::RecordRole).toInt()); });
}

FirstImagePanel::~FirstImagePanel() = default;

QWidget *FirstImagePanel::titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(3);
    auto *label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

void FirstImagePanel::open(const QString &path)
{
    // QProgressBar::setValue() (the loading bar, the budget meters) paints at once, and a new
    // tab is not painted yet: the whole window would be painted inside this event. With
    // updates off the bars only take their values; turned on again, one paint is scheduled.
    setUpdatesEnabled(false);
    m_path = QFileInfo(path).absoluteFilePath();
    m_ready = false;
    m_reader.reset();
    m_ops->cancel();
    m_ops->setReader(nullptr);
    m_ops->integrity()->notice()->hide();
    m_tree->setTree(nullptr);
    FirstImageOperations::hideResultColumns(m_treeView);
    m_commands->setCommands(nullptr, {});
    m_findings->setFindings({});
    m_findingPages->setCurrentWidget(m_findingView);
    m_notice->hide();
    m_loading->setValue(0);
    m_loading->show();
    m_stopLoading->show();
    m_summary->showLoading(m_path);
    setUpdatesEnabled(true);
    m_open.start(m_path);
    Q_EMIT stateChanged();
}

void FirstImagePanel::cancelJobs()
{
    m_open.cancel();
    m_ops->cancel();
}

bool FirstImagePanel::isBusy() const
{
    return m_open.isRunning() || m_ops->isBusy();
}

bool FirstImagePanel::hasSelection() const
{
    return m_ops->hasSelection();
}

void FirstImagePanel::onOpenFinished()
{
    // Painted in the next event, not by the budget meters' setValue() in this one (see open()).
    setUpdatesEnabled(false);
    m_loading->hide();
    m_stopLoading->hide();
    m_reader = m_open.reader();
    m_ready = m_open.succeeded();
    // Each part is one model reset: the rows are read from the shared reader and tree only as
    // the views ask for them.
    const std::shared_ptr<const SrcfsTree> tree = m_open.tree();
    m_tree->setTree(tree);
    m_ops->setReader(m_reader);
    m_commands->setCommands(m_reader, tree->commands);
    m_findings->setFindings(m_reader->findings(), m_reader->fileName());
    // An empty table reads as "not looked yet": say that nothing was found, and what that means.
    m_noFindings->setText(m_ready ? tr("No findings: builder-hex0's limits and rules hold for this script.")
                                  : tr("No findings: the script was not read to its end."));
    m_findingPages->setCurrentWidget(m_findings->rowCount() > 0 ? static_cast<QWidget *>(m_findingView) : m_noFindings);
    if (m_reader->records().isEmpty() && !m_ready)
        m_summary->showUnreadable(m_path);
    else
        m_summary->showReader(*m_reader);
    // The top level is a handful of folders; the rest opens on demand.
    m_treeView->expandToDepth(0);
    showNotice();
    setUpdatesEnabled(true);
    Q_EMIT stateChanged();
    Q_EMIT openFinished(m_ready);
}

void FirstImagePanel::showNotice()
{
    const QString name = QFileInfo(m_path).fileName().toHtmlEscaped();
    if (m_open.wasCanceled()) {
        m_notice->showNotice(
            KMessageWidget::Information, tr("Reading %1 was stopped: the records read so far are shown.").arg(name));
        return;
    }
    if (!m_ready) {
        m_notice->showNotice(KMessageWidget::Error,
            tr("%1 cannot be read as a first boot disk: %2").arg(name, m_reader->errorString().toHtmlEscaped()));
        return;
    }
    const int errors = errorCount();
    const int warnings = warningCount();
    if (errors > 0)
        m_notice->showNotice(KMessageWidget::Error,
            tr("builder-hex0 would likely fail with this disk. Errors among the findings: %1.")
                .arg(QLocale().toString(errors)));
    else if (warnings > 0)
        m_notice->showNotice(
            KMessageWidget::Warning, tr("Warnings among the findings: %1.").arg(QLocale().toString(warnings)));
    else
        m_notice->hide();
}

int FirstImagePanel::errorCount() const
{
    return m_findings->count(FirstImageFinding::Severity::Error);
}

int FirstImagePanel::warningCount() const
{
    return m_findings->count(FirstImageFinding::Severity::Warning);
}

bool FirstImagePanel::showRecord(int record)
{
    if (record < 0)
        return false;
    const QModelIndex source = m_tree->indexForRecord(record);
    if (source.isValid()) {
        const QModelIndex index = m_treeProxy->mapFromSource(source);
        if (index.isValid()) {
            m_treeView->setCurrentIndex(index);
            m_treeView->scrollTo(index);
            return true;
        }
        return false;
    }
    const int row = m_commands->rowOfRecord(record);
    if (row < 0)
        return false;
    m_commandView->selectRow(row);
    m_commandView->scrollTo(m_commands->index(row, 0));
    return true;
}
