// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "panels/ArchiveInspectorPanel.h"
#include "jobs/archive/InspectJob.h"
#include "model/archive/ArchiveMemberModel.h"
#include "model/archive/ArchiveMemberSortProxy.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/StatusColours.h"
#include "widgets/views/ShapedTextDelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The negative, neutral and positive text colours the tables use, on the labels' background.
QString coloured(const QString &html, ArchiveFinding::Severity severity)
{
    using Role = StatusColours::Role;
    const Role role = severity == ArchiveFinding::Severity::Error ? Role::Negative
        : severity == ArchiveFinding::Severity::Warning           ? Role::Neutral
                                                                  : Role::Positive;
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(StatusColours::forWindow(role).name(), html);
}

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ArchiveInspectorPanel::ArchiveInspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_job(new InspectJob(this))
    , m_members(new ArchiveMemberModel(this))
    , m_sorted(new ArchiveMemberSortProxy(m_members, this))
    , m_pages(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_title(new QLabel)
    , m_busy(new QProgressBar)
    , m_stop(new QToolButton)
    , m_kind(valueLabel())
    , m_name(valueLabel())
    , m_status(valueLabel())
    , m_sizes(valueLabel())
    , m_findings(new QListWidget)
    , m_tree(new QTreeView)
{
    setObjectName(QStringLiteral("archiveInspector"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->addWidget(m_pages);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the palette's disabled text: a hint, not content
    m_pages->addWidget(m_placeholder);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_title, 1);
    m_busy->setRange(0, 1000);
    m_busy->setMaximumWidth(180);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Inspection progress"));
    header->addWidget(m_busy);
    m_stop->setIcon(Icons::get(QStringLiteral("process-stop")));
    m_stop->setToolTip(tr("Stop reading this archive"));
    m_stop->setAutoRaise(true);
    header->addWidget(m_stop);
    layout->addLayout(header);

    auto *facts = new QWidget;
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Contents:"), m_sizes);
    factsLayout->addLayout(form);
    // Findings are sentences: wrapped to the list's width rather than cut off.
    m_findings->setWordWrap(true);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setUniformItemSizes(false);
    m_findings->setIconSize(QSize(16, 16));
    m_findings->setSpacing(1);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_findings->setAccessibleName(tr("Findings"));
    // Two lines of findings at least, and no more than that taken from the facts above when the
    // dock is low: a wrapped name or status stays whole, the list scrolls.
    m_findings->setMinimumHeight(fontMetrics().height() * 3);
    m_findings->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    factsLayout->addWidget(m_findings, 1);

    m_tree->setModel(m_sorted);
    // An archive can hold tens of thousands of members: repainting must not shape them anew.
    m_tree->setItemDelegate(new ShapedTextDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ArchiveMemberModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Archive members"));
    // The name takes what the other columns leave, so that the whole row fits the dock
    // without a horizontal scroll bar; the rest keep widths their contents usually need.
    QHeaderView *columns = m_tree->header();
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(60);
    columns->setSectionResizeMode(ArchiveMemberModel::NameColumn, QHeaderView::Stretch);
    // Never narrower than the title and the sort arrow need ("Verknüpfungsziel", "Geändert").
    const std::initializer_list<std::pair<int, int>> widths {{ArchiveMemberModel::SizeColumn, 80},
        {ArchiveMemberModel::TypeColumn, 70}, {ArchiveMemberModel::ModeColumn, 95},
        {ArchiveMemberModel::LinkColumn, 90}, {ArchiveMemberModel::ModifiedColumn, 160}};
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));

    auto *splitter = new QSplitter(Qt::Horizontal);
    m_body = splitter;
    splitter->setChildrenCollapsible(false);
    facts->setMinimumWidth(220);
    splitter->addWidget(facts);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 620});
    layout->addWidget(splitter, 1);
    m_pages->addWidget(content);

    connect(m_stop, &QToolButton::clicked, this, &ArchiveInspectorPanel::stop);
    connect(m_job, &InspectJob::finished, this, &ArchiveInspectorPanel::onFinished);
    connect(m_job, &InspectJob::progressChanged, this, [this](qint64 done, qint64 total) {
        m_busy->setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0);
    });
    showPlaceholder(tr("Select an entry to look inside it."));
}

ArchiveInspectorPanel::~ArchiveInspectorPanel() = default;

bool ArchiveInspectorPanel::isBusy() const
{
    return m_job->isRunning() || m_pending.has_value();
}

QString ArchiveInspectorPanel::kindText() const
{
    return m_kind->text();
}

QString ArchiveInspectorPanel::statusText() const
{
    return m_status->text();
}

QString ArchiveInspectorPanel::placeholderText() const
{
    return m_pages->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

void ArchiveInspectorPanel::inspect(const IntegrityTester::Target &target)
{
    m_pending = target;
    m_title->setText(target.name);
    m_title->setToolTip(target.source);
    m_busy->setValue(0);
    m_busy->show();
    m_stop->show();
    // The previous archive stays in place, greyed, until this one is read: no flicker while
    // the arrow keys move through the rows, and no doubt about what is shown.
    m_body->setEnabled(false);
    m_pages->setCurrentIndex(1);
    if (m_job->isRunning())
        m_job->cancel(); // startPending() follows its finished()
    else
        startPending();
}

void ArchiveInspectorPanel::startPending()
{
    const IntegrityTester::Target target = *m_pending;
    m_pending.reset();
    m_job->start(target);
}

void ArchiveInspectorPanel::showPlaceholder(const QString &text)
{
    m_pending.reset();
    m_job->cancel();
    m_report = ArchiveReport {};
    m_members->setTree(nullptr);
    m_placeholder->setText(text);
    m_pages->setCurrentWidget(m_placeholder);
}

void ArchiveInspectorPanel::stop()
{
    m_pending.reset();
    m_job->cancel();
}

void ArchiveInspectorPanel::onFinished()
{
    if (m_pending) {
        startPending();
        return;
    }
    if (m_pages->currentWidget() == m_placeholder)
        return; // the selection went away while reading: nothing to show
    m_busy->hide();
    m_stop->hide();
    m_body->setEnabled(true);
    m_report = m_job->report();
    m_members->setTree(m_job->tree());
    showReport();
    Q_EMIT inspected();
}

void ArchiveInspectorPanel::showReport()
{
    const ArchiveReport &r = m_report;
    const DistfileKind::Detection &k = r.kind;
    m_title->setText(r.name);

    QString kind =
        QStringLiteral("<b>%1</b> — %2")
            .arg(DistfileKind::key(k.kind).toHtmlEscaped(), DistfileKind::displayName(k.kind).toHtmlEscaped());
    if (k.kind == DistfileKind::Kind::PlainData && !k.contentMimeType.isEmpty())
        kind += QStringLiteral(" (%1)").arg(k.contentMimeType.toHtmlEscaped());
    if (k.kind == DistfileKind::Kind::Unsupported && !k.format.isEmpty())
        kind += QStringLiteral(" (%1)").arg(k.format.toHtmlEscaped());
    m_kind->setText(kind);

    if (const std::optional<ArchiveFinding> mismatch = k.mismatchFinding(r.name))
        m_name->setText(coloured(Formatting::sentence(mismatch->message).toHtmlEscaped(), mismatch->severity));
    else if (k.nameKind == DistfileKind::Kind::Unknown)
        m_name->setText(tr("says nothing about the content"));
    else
        m_name->setText(coloured(tr("agrees with the content"), ArchiveFinding::Severity::Info));

    QString status = QStringLiteral("<b>%1</b>").arg(ArchiveReport::statusName(r.status).toHtmlEscaped());
    if (r.status == ArchiveReport::Status::Canceled)
        status = tr("Stopped before the end; what was read so far is listed.").toHtmlEscaped();
    else if (r.status == ArchiveReport::Status::Ok && !r.passed())
        status = coloured(tr("<b>Unsafe</b>: readable, but unpacking it would write outside its folder or fail "
                             "(see the findings)."),
            ArchiveFinding::Severity::Error);
    else if (!r.message.isEmpty())
        status += QStringLiteral(": ") + r.message.toHtmlEscaped();
    if (r.status != ArchiveReport::Status::Ok && r.status != ArchiveReport::Status::Canceled)
        status = coloured(status, ArchiveFinding::Severity::Error);
    m_status->setText(status);

    QStringList sizes;
    sizes << tr("%1 packed").arg(Formatting::bytes(r.inputSize));
    if (r.uncompressedSize >= 0 && DistfileKind::compressionOf(k.kind) != DistfileKind::Compression::None)
        sizes << tr("%1 unpacked").arg(Formatting::bytes(r.uncompressedSize));
    if (DistfileKind::hasMembers(k.kind))
        sizes << tr("%n member(s)", nullptr, int(r.memberCount));
    m_sizes->setText(sizes.join(QStringLiteral(", ")).toHtmlEscaped());

    showFindings();
    // A tarball usually holds one folder ("musl-1.2.4/"): open it, the rest stays folded.
    if (m_members->rowCount() == 1)
        m_tree->expand(m_sorted->mapFromSource(m_members->index(0, 0)));
    expandToFindings({}, 0);
}

void ArchiveInspectorPanel::expandToFindings(const QModelIndex &parent, int depth)
{
    // Open the folders that lead to members with findings, so "../../etc/x" is in sight; a
    // few levels only, for archives with thousands of flagged members.
    if (depth > 6)
        return;
    for (int r = 0; r < m_members->rowCount(parent); ++r) {
        const QModelIndex i = m_members->index(r, 0, parent);
        if (i.data(ArchiveMemberModel::FindingsBelowRole).toInt() < int(ArchiveFinding::Severity::Warning))
            continue;
        m_tree->expand(m_sorted->mapFromSource(i));
        expandToFindings(i, depth + 1);
    }
}

void ArchiveInspectorPanel::showFindings()
{
    m_findings->clear();
    for (const ArchiveFinding &f : m_report.findings) {
        auto *item = new QListWidgetItem(m_findings);
        const QString message = Formatting::sentence(f.message);
        item->setText(message);
        const char *icon = f.severity == ArchiveFinding::Severity::Error ? "dialog-error"
            : f.severity == ArchiveFinding::Severity::Warning            ? "dialog-warning"
                                                                         : "dialog-information";
        item->setIcon(Icons::get(QLatin1String(icon)));
        QString where = f.member.isEmpty() ? QString() : tr("Member: %1").arg(f.member);
        if (f.offset >= 0)
            where += (where.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("At byte %1 of the unpacked data").arg(QLocale().toString(f.offset));
        item->setToolTip(where.isEmpty() ? message : message + QStringLiteral("\n") + where);
    }
    if (m_report.findings.isEmpty()) {
        auto *item = new QListWidgetItem(m_findings);
        // A read that stopped early saw only some members: their being harmless says nothing
        // about the rest.
        const bool stoppedEarly = m_report.status == ArchiveReport::Status::Truncated ||
            m_report.status == ArchiveReport::Status::Corrupt || m_report.status == ArchiveReport::Status::Unreadable ||
            m_report.status == ArchiveReport::Status::Canceled;
        if (stoppedEarly) {
            item->setText(tr("No findings among the members read before the reading stopped."));
            item->setIcon(Icons::get(QStringLiteral("dialog-information")));
        } else {
            item->setText(DistfileKind::hasMembers(m_report.kind.kind)
                    ? tr("No findings: nothing would land outside the folder it is unpacked in.")
                    : tr("No findings."));
            item->setIcon(Icons::get(QStringLiteral("emblem-ok")));
        }
        item->setFlags(Qt::ItemIsEnabled);
    }
}
