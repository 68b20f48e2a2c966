// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "panels/CheckoutPanel.h"
#include "controllers/checkout/CheckoutBudget.h"
#include "controllers/checkout/CheckoutSession.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/meters/FirstImageBudgetView.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/views/ShapedTextDelegate.h"
#include "window/AfterPaint.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using Half = CheckoutDistfileModel::Half;
using State = DistfileCheck::State;

CheckoutPanel::CheckoutPanel(const QString &cachePath, QWidget *parent)
    : QWidget(parent)
    , m_session(new CheckoutSession(cachePath, this))
    , m_split(new QComboBox)
    , m_budgetView(new FirstImageBudgetView)
    , m_budget(new CheckoutBudget(m_session, m_split, m_budgetView, this))
    , m_guix(new QCheckBox(tr("Also &Guix (steps-guix/)")))
    , m_distfiles(new QLineEdit)
    , m_browse(new QToolButton)
    , m_toolBar(new QToolBar)
    , m_filter(new QLineEdit)
    , m_planNotice(new NoticeBar)
    , m_notice(new NoticeBar)
    , m_progressRow(new QWidget)
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_view(new QTreeView)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_details(new QTabWidget)
    , m_findings(new QTreeWidget)
    , m_extra(new QListWidget)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("checkoutPanel"));
    // Choices are written a moment after they are made, so opening a tab never waits for it.
    m_remember.setSingleShot(true);
    m_remember.setInterval(50);
    connect(&m_remember, &QTimer::timeout, this, &CheckoutPanel::rememberChoices);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *choices = new QHBoxLayout;
    auto *splitLabel = new QLabel(tr("&Split at improve:"));
    splitLabel->setBuddy(m_split);
    m_split->setAccessibleName(tr("Split step"));
    m_split->setPlaceholderText(tr("Choose a step…"));
    m_split->setToolTip(tr("The first image gets the distfiles of the build steps before this step; "
                           "external.img gets all the others"));
    m_split->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_guix->setToolTip(tr("Add the distfiles of steps-guix/manifest to external.img (--build-guix-also)"));
    auto *dirLabel = new QLabel(tr("&Distfiles:"));
    dirLabel->setBuddy(m_distfiles);
    m_distfiles->setReadOnly(true);
    m_distfiles->setAccessibleName(tr("Distfiles folder"));
    m_browse->setText(tr("Change…"));
    m_browse->setIcon(Icons::get(QStringLiteral("document-open")));
    m_browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_browse->setToolTip(tr("Look for the distfiles in another folder"));
    choices->addWidget(splitLabel);
    choices->addWidget(m_split);
    choices->addSpacing(12);
    choices->addWidget(m_guix);
    choices->addSpacing(12);
    choices->addWidget(dirLabel);
    choices->addWidget(m_distfiles, 1);
    choices->addWidget(m_browse);
    layout->addLayout(choices);
    layout->addWidget(m_budgetView);

    auto *bar = new QHBoxLayout;
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    bar->addWidget(m_toolBar, 1);
    m_filter->setPlaceholderText(tr("Filter by name, step, URL or status…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter distfiles"));
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(300);
    bar->addWidget(m_filter);
    layout->addLayout(bar);

    m_planNotice->setObjectName(QStringLiteral("planNotice"));
    m_planNotice->hide();
    m_notice->setObjectName(QStringLiteral("checkoutNotice"));
    m_notice->hide();
    auto *dismiss = new QAction(tr("Dismiss"), m_notice);
    connect(dismiss, &QAction::triggered, m_notice, &QWidget::hide);
    m_notice->addAction(dismiss);
    layout->addWidget(m_planNotice);
    layout->addWidget(m_notice);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    auto *cancel = new QPushButton(Icons::get(QStringLiteral("process-stop")), tr("&Cancel"));
    cancel->setObjectName(QStringLiteral("checkoutCancel"));
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_proxy->setSourceModel(m_session->model());
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(CheckoutDistfileModel::FilterRole);
    m_proxy->setFilterKeyColumn(CheckoutDistfileModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ShapedTextDelegate(m_view));
    m_view->setAccessibleName(tr("Distfiles"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    // Wide enough for the longest status word in the user's language, beside icon and indent.
    int statusWidth = 0;
    for (int state = 0; state < DistfileStatus::StateCount; ++state)
        statusWidth = std::max(statusWidth, fontMetrics().horizontalAdvance(DistfileStatus::word(State(state), true)));
    statusWidth =
        std::max(statusWidth, fontMetrics().horizontalAdvance(tr("Downloading… %1").arg(Formatting::percent(100, 0))));
    header->resizeSection(CheckoutDistfileModel::StatusColumn,
        std::max(150, statusWidth + m_view->indentation() + style()->pixelMetric(QStyle::PM_SmallIconSize) + 40));
    header->resizeSection(CheckoutDistfileModel::NameColumn, 240);
    header->resizeSection(CheckoutDistfileModel::SizeColumn, 75);
    header->resizeSection(CheckoutDistfileModel::Sha256Column, 130);
    header->resizeSection(CheckoutDistfileModel::StepsColumn, 130);

    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({tr("Where"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setAccessibleName(tr("Findings of the parse"));
    m_findings->header()->resizeSection(0, 260);
    m_findings->setToolTip(tr("Double-click to open the file"));
    m_extra->setAccessibleName(tr("Extra files"));
    m_details->addTab(m_findings, QString());
    m_details->addTab(m_extra, QString());
    m_details->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_summary->setObjectName(QStringLiteral("checkoutSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(2, 2, 2, 4);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        decorateGroups();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CheckoutPanel::decorateGroups);
    connect(m_split, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reload();
    });
    connect(m_guix, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            reload();
    });
    connect(m_browse, &QToolButton::clicked, this, &CheckoutPanel::chooseDistfilesDir);
    connect(cancel, &QPushButton::clicked, this, &CheckoutPanel::cancel);
    connect(m_findings, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        const QString file = item->data(0, Qt::UserRole).toString();
        if (!file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
    connect(m_session->model(), &CheckoutDistfileModel::countsChanged, this, [this] {
        updateSummary();
        Q_EMIT stateChanged();
    });
    connect(m_session, &CheckoutSession::progress, this, &CheckoutPanel::updateProgress);
    connect(m_session, &CheckoutSession::stateChanged, this, &CheckoutPanel::onBusyChanged);
    connect(m_session, &CheckoutSession::fetchFinished, this, [this](int fetched, int failed) {
        if (failed == 0)
            m_notice->showNotice(KMessageWidget::Positive, tr("%n distfile(s) downloaded.", nullptr, fetched));
        else
            m_notice->showNotice(KMessageWidget::Warning,
                tr("%n distfile(s) downloaded", nullptr, fetched) + QStringLiteral("; ") +
                    tr("%n could not be fetched (the status tooltip says why).", nullptr, failed));
    });
    updateFindings();
    updateExtraFiles();
}

CheckoutPanel::~CheckoutPanel()
{
    if (m_remember.isActive())
        rememberChoices();
}

bool CheckoutPanel::open(const QString &root)
{
    m_root = QFileInfo(root).absoluteFilePath();
    const AppSettings::CheckoutChoices saved = AppSettings::checkoutChoices(m_root);
    if (!saved.distfilesDir.isEmpty())
        m_session->setDistfilesDir(saved.distfilesDir);
    // Read once, with the remembered Guix choice: the session takes it as it is.
    Checkout probe;
    if (!probe.load(m_root, saved.guix)) {
        m_error = probe.error();
        return false;
    }
    const QStringList steps = probe.improveSteps();
    QString split = steps.contains(saved.splitStep) ? saved.splitStep : CheckoutSession::suggestedSplitStep(steps);
    m_loading = true;
    m_split->clear();
    m_split->addItems(steps);
    m_split->setCurrentIndex(steps.indexOf(split));
    m_guix->setChecked(saved.guix);
    m_loading = false;
    if (split.isEmpty()) {
        reload(&probe);
        return m_error.isEmpty();
    }
    // The tab shows at once; the plan and the start of the check come after its first paint, so
    // neither event is the sum of both. The session is busy meanwhile; the load cannot fail.
    m_read = std::make_unique<Checkout>(std::move(probe));
    m_session->expectLoad();
    updatePlanNotice();
    AfterPaint::run(this, [this] {
        if (const std::unique_ptr<Checkout> read = std::move(m_read))
            reload(read.get());
    });
    return true;
}

void CheckoutPanel::reload(const Checkout *read)
{
    if (!read)
        m_read.reset(); // the user's choice came before the load open() put off: it wins
    const QString split = m_split->currentText();
    if (!m_session->load(m_root, split, m_guix->isChecked(), read)) {
        m_error = m_session->error();
        m_planNotice->showNotice(KMessageWidget::Error, m_error.toHtmlEscaped());
        return;
    }
    m_error.clear();
    m_distfiles->setText(QDir::toNativeSeparators(m_session->distfilesDir()));
    m_distfiles->setToolTip(m_distfiles->text());
    updatePlanNotice();
    updateFindings();
    updateExtraFiles();
    updateSummary();
    m_remember.start();
    m_budget->recount();
    if (!split.isEmpty())
        m_session->check();
    Q_EMIT stateChanged();
}

void CheckoutPanel::setDistfilesDir(const QString &dir)
{
    m_session->setDistfilesDir(dir);
    m_distfiles->setText(QDir::toNativeSeparators(m_session->distfilesDir()));
    m_distfiles->setToolTip(m_distfiles->text());
    m_remember.start();
    updateExtraFiles();
    m_budget->recount();
    if (!m_split->currentText().isEmpty())
        m_session->check();
}

void CheckoutPanel::chooseDistfilesDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Distfiles Folder"), m_session->distfilesDir());
    if (dir.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::Distfiles, dir);
    setDistfilesDir(dir);
}

void CheckoutPanel::rememberChoices()
{
    AppSettings::CheckoutChoices c;
    // The checkout's own folder is the default: remembered as such, it follows a moved checkout.
    if (m_session->distfilesDir() != QFileInfo(m_session->checkout().defaultDistfilesDir()).absoluteFilePath())
        c.distfilesDir = m_session->distfilesDir();
    c.splitStep = m_split->currentText();
    c.guix = m_guix->isChecked();
    AppSettings::setCheckoutChoices(m_root, c);
}

void CheckoutPanel::updatePlanNotice()
{
    if (m_split->currentIndex() < 0) {
        m_planNotice->showNotice(KMessageWidget::Information,
            m_split->count() == 0
                ? tr("steps/manifest has no improve: step, so there is nothing to split at.")
                : tr("steps/manifest has no <tt>improve: import_payload</tt>: choose the step to split at "
                     "(upstream uses <tt>get_network</tt> when there is no external image)."));
        return;
    }
    const QStringList errors = m_session->planErrors();
    if (errors.isEmpty()) {
        m_planNotice->hide();
        return;
    }
    QStringList items;
    for (const QString &e : errors)
        items << e.toHtmlEscaped();
    m_planNotice->showNotice(KMessageWidget::Error,
        tr("<b>The plan has %n error(s); upstream's generator would stop here:</b>", nullptr, int(errors.size())) +
            QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>"))));
}

void CheckoutPanel::updateFindings()
{
    m_findings->clear();
    const CheckoutFindings &findings = m_session->checkout().findings();
    const QString prefix = m_root + QLatin1Char('/');
    QList<QTreeWidgetItem *> items;
    for (const CheckoutFinding &f : findings) {
        QString file = f.file;
        if (file.startsWith(prefix))
            file = file.mid(prefix.size());
        const QString where = f.line > 0 ? tr("%1:%2").arg(file).arg(f.line) : file;
        auto *item = new QTreeWidgetItem({where, Formatting::sentence(f.message)});
        const bool error = f.severity == CheckoutFinding::Severity::Error;
        item->setIcon(0, Icons::get(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")));
        item->setToolTip(1, f.text());
        item->setData(0, Qt::UserRole, QDir(m_root).absoluteFilePath(f.file));
        items << item;
    }
    m_findings->addTopLevelItems(items);
    m_details->setTabText(0, tr("Findings (%1)").arg(findings.size()));
    m_details->setTabIcon(0, findings.isEmpty() ? QIcon() : Icons::get(QStringLiteral("dialog-warning")));
}

void CheckoutPanel::updateExtraFiles()
{
    m_extra->clear();
    const QStringList extra = m_session->extraFiles();
    m_extra->addItems(extra);
    for (int i = 0; i < m_extra->count(); ++i)
        m_extra->item(i)->setToolTip(tr("In the distfiles folder, but no sources line names it"));
    m_details->setTabText(1, tr("Extra files (%1)").arg(extra.size()));
}

static QString halfSummary(const CheckoutDistfileModel *model, Half half)
{
    const int rows = model->rows(half);
    if (rows == 0)
        return CheckoutPanel::tr("no distfiles");
    if (model->allOk(half))
        return CheckoutPanel::tr("all %n OK (%1)", nullptr, rows).arg(Formatting::bytes(model->bytes(half, State::Ok)));
    QStringList parts;
    for (State state : {State::Ok, State::Present, State::Missing, State::WrongChecksum, State::NotRegular,
             State::Unreadable, State::Unchecked}) {
        const int n = model->count(half, state);
        if (n == 0)
            continue;
        const qint64 bytes = model->bytes(half, state);
        //: A count and a state word: "3 missing", "1 wrong checksum"
        QString part = CheckoutPanel::tr("%1 %2")
                           .arg(Formatting::count(n))
                           .arg(state == State::Unchecked && model->isChecking() ? CheckoutPanel::tr("to check")
                                                                                 : DistfileCheck::stateName(state));
        if (bytes > 0)
            part += CheckoutPanel::tr(" (%1)").arg(Formatting::bytes(bytes));
        parts << part;
    }
    return CheckoutPanel::tr("%n distfile(s): %1", nullptr, rows).arg(parts.join(QStringLiteral(", ")));
}

void CheckoutPanel::updateSummary()
{
    const CheckoutDistfileModel *model = m_session->model();
    QString text = tr("<b>external.img</b> %1 &nbsp;·&nbsp; <b>First image</b> %2")
                       .arg(halfSummary(model, Half::ExternalImage).toHtmlEscaped(),
                           halfSummary(model, Half::FirstImage).toHtmlEscaped());
    const int extra = int(m_session->extraFiles().size());
    if (extra > 0)
        text += QStringLiteral(" &nbsp;·&nbsp; ") + tr("%n extra file(s)", nullptr, extra);
    m_summary->setText(text);
}

void CheckoutPanel::updateProgress(qint64 done, qint64 total, const QString &text)
{
    // setValue() repaints the window at once when the bar's look changes; with updates off it
    // asks for a paint instead, which joins the next one.
    m_progress->setUpdatesEnabled(false);
    m_progress->setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0);
    m_progress->setUpdatesEnabled(true);
    m_progressText->setText(text);
}

void CheckoutPanel::onBusyChanged()
{
    const bool busy = m_session->isBusy();
    m_progressRow->setVisible(busy);
    if (busy && m_progressText->text().isEmpty())
        m_progressText->setText(tr("Checking the distfiles…"));
    if (!busy) {
        m_progress->setValue(0);
        m_progressText->clear();
    }
    for (QWidget *w : std::initializer_list<QWidget *> {m_split, m_guix, m_browse})
        w->setEnabled(!busy);
    if (!m_session->cacheWarning().isEmpty())
        m_notice->showNotice(KMessageWidget::Warning, m_session->cacheWarning().toHtmlEscaped());
    updateExtraFiles();
    updateSummary();
    Q_EMIT stateChanged();
}

void CheckoutPanel::decorateGroups()
{
    // Group rows span the columns; filtering makes new proxy rows, so this is done again.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
}

void CheckoutPanel::addToolBarActions(const QList<QAction *> &actions)
{
    m_toolBar->addActions(actions);
}

void CheckoutPanel::checkAgain()
{
    m_notice->hide();
    m_session->check();
}

void CheckoutPanel::fetchMissing()
{
    m_notice->hide();
    if (!m_session->fetchMissing(AppSettings::mirrors()))
        m_notice->showNotice(KMessageWidget::Information,
            m_session->error().isEmpty() ? tr("Nothing to fetch: no distfile is missing or wrong.")
                                         : m_session->error().toHtmlEscaped());
}

int CheckoutPanel::copyMissingUrls()
{
    const QStringList urls = m_session->missingUrls();
    if (urls.isEmpty()) {
        m_notice->showNotice(KMessageWidget::Information, tr("No missing or wrong distfile has a URL to copy."));
        return 0;
    }
    QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    m_notice->showNotice(
        KMessageWidget::Information, tr("%n URL(s) copied to the clipboard, one per line.", nullptr, int(urls.size())));
    return int(urls.size());
}

void CheckoutPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CheckoutPanel::cancel()
{
    m_session->cancel();
}
