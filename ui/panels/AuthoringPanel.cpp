// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "panels/AuthoringPanel.h"
#include "commands/MoveEntriesCommand.h"
#include "commands/RemoveEntriesCommand.h"
#include "commands/SortEntriesCommand.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/authoring/ContentChecker.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/SourceHasher.h"
#include "jobs/authoring/DistfileTarget.h"
#include "jobs/authoring/SourceScanJob.h"
#include "model/authoring/EntryTableModel.h"
#include "model/image/PayloadMagic.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Icons.h"
#include "widgets/views/EntryTableView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using Layout = PayloadFormat::Layout;

AuthoringPanel::AuthoringPanel(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new EntryTableModel(m_undoStack, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new EntryTableView)
    , m_filter(new QLineEdit)
    , m_layout(new QComboBox)
    , m_notice(new NoticeBar)
    , m_importer(new EntryImporter(m_model, m_undoStack, this, this))
    , m_hasher(new SourceHasher(m_model, this))
    , m_contentChecker(new ContentChecker(m_model, this))
    , m_recheck(new SourceScanJob(this))
    , m_integrity(new IntegrityController(this))
{
    setObjectName(QStringLiteral("authoringPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name or source…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entries"));
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    bar->addWidget(m_filter, 1);
    auto *layoutLabel = new QLabel(tr("La&yout:"));
    m_layout->addItem(tr("u32 (files below 4 GiB)"), int(Layout::U32));
    m_layout->addItem(tr("u64 (any size)"), int(Layout::U64));
    m_layout->setAccessibleName(tr("Image layout"));
    m_layout->setToolTip(tr("The layout decides the largest file an entry can hold and the image's headers"));
    layoutLabel->setBuddy(m_layout);
    bar->addWidget(layoutLabel);
    bar->addWidget(m_layout);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_integrity->notice());

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EntryTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(EntryTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Payload entries"));
    m_view->setPlaceholderText(tr("Drop files or folders here, or use Add Files… and Add Folder…\n\n"
                                  "Each file becomes one entry of the payload image."));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(EntryTableModel::StatusColumn, 150);
    header->resizeSection(EntryTableModel::NameColumn, 250);
    header->resizeSection(EntryTableModel::SizeColumn, 80);
    header->resizeSection(EntryTableModel::KindColumn, 70);
    header->resizeSection(EntryTableModel::Sha256Column, 150);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_layout, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setLayout(Layout(m_layout->currentData().toInt())); });
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(0);
    connect(&m_noticeTimer, &QTimer::timeout, this, &AuthoringPanel::updateNotice);
    connect(m_model, &EntryTableModel::contentsChanged, this, &AuthoringPanel::scheduleNotice);
    connect(m_model, &EntryTableModel::urlsDropped, this, &AuthoringPanel::onUrlsDropped);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuthoringPanel::selectionChanged);
    connect(m_recheck, &SourceScanJob::finished, this, [this] { m_model->updateSources(m_recheck->entries()); });
    updateNotice();
}

AuthoringPanel::~AuthoringPanel()
{
    m_hasher->stop();
    m_contentChecker->stop();
}

void AuthoringPanel::setListPath(const QString &path)
{
    m_listPath = path;
    Q_EMIT listPathChanged(path);
}

bool AuthoringPanel::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

int AuthoringPanel::selectedCount() const
{
    return m_view->selectedRowCount();
}

void AuthoringPanel::addPaths(const QStringList &paths, int row, bool recursive)
{
    m_importer->addPaths(paths, row, recursive);
}

bool AuthoringPanel::addFromMimeData(const QMimeData *mime)
{
    QStringList paths;
    if (mime->hasUrls()) {
        for (const QUrl &u : mime->urls())
            if (u.isLocalFile())
                paths << u.toLocalFile();
    } else if (mime->hasText()) {
        // One path or file URL a line, as file managers and terminals copy them.
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString line : lines) {
            line = line.trimmed();
            if (line.startsWith(QLatin1String("file:")))
                line = QUrl(line).toLocalFile();
            if (line.startsWith(QLatin1Char('/')))
                paths << line;
        }
    }
    if (paths.isEmpty())
        return false;
    addPaths(paths);
    return true;
}

void AuthoringPanel::onUrlsDropped(const QList<QUrl> &urls, int row)
{
    QStringList files, images;
    for (const QUrl &u : urls) {
        const QString path = u.toLocalFile();
        (PayloadMagic::isImage(path) ? images : files) << path;
    }
    if (!images.isEmpty())
        Q_EMIT imagesDropped(images);
    if (!files.isEmpty())
        addPaths(files, row);
}

void AuthoringPanel::removeSelected()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const int next = rows.constFirst();
    m_undoStack->push(new RemoveEntriesCommand(m_model, rows));
    // Keep the keyboard where it was: the row after the removed ones becomes current.
    if (m_model->rowCount() > 0)
        selectSourceRows({std::min(next, m_model->rowCount() - 1)});
}

void AuthoringPanel::renameCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = m_proxy->index(current.row(), EntryTableModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void AuthoringPanel::moveSelectedUp()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    auto *command = MoveEntriesCommand::up(m_model, rows);
    if (!command->changesOrder()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
    selectSourceRows(command->movedRows());
}

void AuthoringPanel::moveSelectedDown()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    auto *command = MoveEntriesCommand::down(m_model, rows);
    if (!command->changesOrder()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
    selectSourceRows(command->movedRows());
}

void AuthoringPanel::sortByName()
{
    auto *command = new SortEntriesCommand(m_model);
    if (!command->changesOrder()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

void AuthoringPanel::clearList()
{
    if (m_model->rowCount() == 0)
        return;
    QList<int> all;
    for (int i = 0; i < m_model->rowCount(); ++i)
        all << i;
    auto *command = new RemoveEntriesCommand(m_model, all);
    command->setText(tr("Clear List"));
    m_undoStack->push(command);
}

void AuthoringPanel::recheckSources()
{
    if (!m_recheck->isRunning())
        m_recheck->probeEntries(m_model->entries());
}

void AuthoringPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AuthoringPanel::testIntegrity(bool selectedOnly)
{
    QList<int> rows = selectedOnly ? m_view->selectedSourceRows() : QList<int> {};
    if (!selectedOnly)
        for (int i = 0; i < m_model->rowCount(); ++i)
            rows << i;
    testRows(rows);
}

void AuthoringPanel::testIntegrityOf(const QList<quint64> &ids)
{
    QList<int> rows;
    for (quint64 id : ids)
        if (const int row = m_model->rowOfId(id); row >= 0)
            rows << row;
    testRows(rows);
}

void AuthoringPanel::testRows(const QList<int> &rows)
{
    QList<IntegrityTester::Target> targets;
    QList<quint64> ids;
    for (int row : std::as_const(rows)) {
        targets << DistfileTarget::ofAuthoringEntry(m_model->entry(row));
        ids << m_model->entry(row).id;
    }
    // By id: rows may be moved or removed while the test runs.
    m_integrity->run(targets, [this, ids](int index, const ArchiveReport &report) {
        if (index >= 0 && index < ids.size())
            m_model->setIntegrityResult(ids.at(index), report);
    });
}

Layout AuthoringPanel::layout() const
{
    return m_model->layout();
}

void AuthoringPanel::setLayout(Layout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

void AuthoringPanel::selectSourceRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int r : rows) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(r, 0));
        if (i.isValid())
            selection.select(i, i.siblingAtColumn(EntryTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        const QModelIndex current =
            m_proxy->mapFromSource(m_model->index(rows.constFirst(), EntryTableModel::NameColumn));
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
}

void AuthoringPanel::scheduleNotice()
{
    m_noticeTimer.start();
}

void AuthoringPanel::updateNotice()
{
    m_noticeTimer.stop();
    const EntryTableModel::Summary s = m_model->summary();
    // The notice is made of the problems alone (the blockers name rows and their names, and
    // any edit of those revalidates): unchanged problems, unchanged notice.
    if (m_noticeShown && m_noticeRevision == m_model->problemsRevision() && m_noticeLayout == m_model->layout())
        return;
    m_noticeShown = true;
    m_noticeRevision = m_model->problemsRevision();
    m_noticeLayout = m_model->layout();
    if (s.errorRows == 0 && s.warningRows == 0) {
        m_notice->hide();
        return;
    }
    if (s.errorRows > 0) {
        QStringList lines;
        for (const QString &b : m_model->buildBlockers(m_model->layout()))
            lines << b.toHtmlEscaped();
        m_notice->showNotice(KMessageWidget::Error,
            tr("<b>%n entry(s) need attention before the image can be built</b> (the status column "
               "tells why):",
                nullptr, s.errorRows) +
                QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>"))));
    } else
        m_notice->showNotice(
            KMessageWidget::Warning, tr("%n entry(s) have warnings; the build can go ahead.", nullptr, s.warningRows));
}
