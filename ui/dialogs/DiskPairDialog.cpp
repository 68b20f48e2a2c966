// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/DiskPairDialog.h"
#include "DistfilePlan.h"
#include "StepManifest.h"
#include "jobs/checkout/DiskPairCheckJob.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString problemTitle(DiskPairProblem::Code code)
{
    using Code = DiskPairProblem::Code;
    switch (code) {
    case Code::MissingDistfile:
        return DiskPairDialog::tr("Missing distfile");
    case Code::ChecksumMismatch:
        return DiskPairDialog::tr("Wrong checksum");
    case Code::MisplacedDistfile:
        return DiskPairDialog::tr("On the wrong disk");
    case Code::LayoutMismatch:
        return DiskPairDialog::tr("Wrong layout");
    case Code::StaleStep:
        return DiskPairDialog::tr("Changed step file");
    case Code::MissingStep:
        return DiskPairDialog::tr("Missing step file");
    case Code::ExtraStep:
        return DiskPairDialog::tr("Step file not in checkout");
    case Code::FirstImageError:
        return DiskPairDialog::tr("First image broken");
    case Code::ExternalImageError:
        return DiskPairDialog::tr("External image broken");
    }
    return {};
}

} // namespace

DiskPairDialog::DiskPairDialog(QWidget *parent)
    : QDialog(parent)
    , m_checkout(new QLineEdit)
    , m_split(new QComboBox)
    , m_first(new QLineEdit)
    , m_external(new QLineEdit)
    , m_verdict(new NoticeBar)
    , m_progress(new QProgressBar)
    , m_problems(new QTreeWidget)
    , m_notes(new QLabel)
    , m_check(new QPushButton(tr("&Check")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_job(new DiskPairCheckJob(this))
{
    setObjectName(QStringLiteral("diskPairDialog"));
    setWindowTitle(tr("Check Both Disks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Do the first disk (init.img) and the external disk (external.img) boot together "
                                "from this checkout? Every distfile must be on the disk its half of the build "
                                "reads, with its checksum; external.img must be in the layout the checkout's "
                                "importer reads; and init.img's steps/ must be the checkout's."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QLineEdit *edit, bool folder, const QString &accessible) {
        // A label of its own with the field as buddy, so that its mnemonic works.
        auto *label = new QLabel(text);
        label->setBuddy(edit);
        auto *line = new QHBoxLayout;
        edit->setAccessibleName(accessible);
        edit->setClearButtonEnabled(true);
        line->addWidget(edit, 1);
        auto *browse = new QPushButton(tr("Browse…"));
        browse->setAccessibleName(tr("Browse for %1").arg(accessible));
        connect(browse, &QPushButton::clicked, this, [this, edit, folder] { this->browse(edit, folder); });
        line->addWidget(browse);
        form->addRow(label, line);
    };
    row(tr("C&heckout:"), m_checkout, true, tr("Checkout folder"));
    m_split->setEditable(true);
    m_split->setAccessibleName(tr("Split step"));
    auto *splitLabel = new QLabel(tr("&Split at improve:"));
    splitLabel->setBuddy(m_split);
    form->addRow(splitLabel, m_split);
    row(tr("&First disk:"), m_first, false, tr("First disk image"));
    row(tr("E&xternal disk:"), m_external, false, tr("External disk image"));
    layout->addLayout(form);

    m_verdict->hide();
    layout->addWidget(m_verdict);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_problems->setHeaderLabels({tr("Problem"), tr("Disk"), tr("File"), tr("Details")});
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(true);
    m_problems->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_problems->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_problems->setMinimumSize(720, 220);
    m_problems->hide();
    layout->addWidget(m_problems, 1);
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);

    m_buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    m_check->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DiskPairDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning())
            m_job->cancel();
        else
            startCheck();
    });
    connect(m_checkout, &QLineEdit::editingFinished, this, &DiskPairDialog::refreshSplitSteps);
    for (QLineEdit *edit : {m_checkout, m_first, m_external})
        connect(edit, &QLineEdit::textChanged, this, &DiskPairDialog::refreshButtons);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total, const QString &) {
        // Per mille keeps the bar's int range whatever the byte count.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &BackgroundJob::finished, this, &DiskPairDialog::onFinished);
    refreshButtons();
}

DiskPairDialog::~DiskPairDialog()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void DiskPairDialog::setImages(const QString &firstImage, const QString &externalImage)
{
    if (!firstImage.isEmpty())
        m_first->setText(firstImage);
    if (!externalImage.isEmpty())
        m_external->setText(externalImage);
}

void DiskPairDialog::setCheckout(const QString &root)
{
    if (root.isEmpty())
        return;
    m_checkout->setText(root);
    refreshSplitSteps();
}

void DiskPairDialog::browse(QLineEdit *edit, bool folder)
{
    const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
    const QString chosen = folder ? QFileDialog::getExistingDirectory(this, tr("Choose the Checkout"), start)
                                  : QFileDialog::getOpenFileName(this, tr("Choose a Disk Image"), start,
                                        tr("Disk images (*.img);;All files (*)"));
    if (chosen.isEmpty())
        return;
    edit->setText(chosen);
    if (folder)
        refreshSplitSteps();
}

void DiskPairDialog::refreshSplitSteps()
{
    // Only steps/manifest is read here (one small file), not the sources of every step.
    const QString current = m_split->currentText();
    m_split->clear();
    const QString path = QDir(m_checkout->text()).filePath(QStringLiteral("steps/manifest"));
    QFile manifest(path);
    QStringList improves;
    if (manifest.open(QIODevice::ReadOnly)) {
        CheckoutFindings ignored; // the checkout tab and plan report them
        for (const ManifestStep &step : StepManifest::parse(manifest.read(4 * 1024 * 1024), path, &ignored))
            if (step.directive == QLatin1String("improve") && !improves.contains(step.name))
                improves << step.name;
    }
    m_split->addItems(improves);
    const QString wanted = current.isEmpty() ? DistfilePlan::defaultSplitStep() : current;
    const int index = m_split->findText(wanted);
    if (index >= 0)
        m_split->setCurrentIndex(index);
    else
        m_split->setEditText(wanted);
}

void DiskPairDialog::refreshButtons()
{
    const bool running = m_job->isRunning();
    m_check->setText(running ? tr("&Cancel Check") : tr("&Check"));
    m_check->setEnabled(
        running || (!m_checkout->text().isEmpty() && !m_first->text().isEmpty() && !m_external->text().isEmpty()));
    for (QWidget *w : std::initializer_list<QWidget *> {m_checkout, m_split, m_first, m_external})
        w->setEnabled(!running);
}

void DiskPairDialog::startCheck()
{
    if (m_job->isRunning())
        return;
    // Reading the layout is two small files; the images and the hashing go to the worker.
    DiskPairCheck::Request request = DiskPairCheck::Request::fromCheckout(m_checkout->text());
    request.splitStep = m_split->currentText().trimmed();
    request.firstImage = m_first->text();
    request.externalImage = m_external->text();
    m_problems->clear();
    m_problems->hide();
    m_notes->hide();
    m_verdict->showNotice(KMessageWidget::Information, tr("Checking both disks…"));
    m_verdict->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_job->start(request);
    refreshButtons();
}

void DiskPairDialog::onFinished()
{
    m_progress->hide();
    refreshButtons();
    const DiskPairCheck &check = m_job->result();
    if (m_job->wasCanceled()) {
        m_verdict->showNotice(KMessageWidget::Information, tr("The check was canceled."));
    } else if (!m_job->ran()) {
        m_verdict->showNotice(
            KMessageWidget::Error, tr("The check could not run: %1").arg(check.error().toHtmlEscaped()));
    } else {
        const QLocale locale;
        const QString counts =
            tr("Compared: distfiles on the first disk %1, on the external disk %2; step files %3.")
                .arg(locale.toString(check.firstHalfChecked()), locale.toString(check.externalChecked()),
                    locale.toString(check.stepFilesChecked()));
        if (check.holds())
            m_verdict->showNotice(KMessageWidget::Positive,
                tr("These disks belong together and to this checkout.") + QLatin1Char(' ') + counts);
        else
            m_verdict->showNotice(KMessageWidget::Error,
                tr("These disks do not boot together: %n problem(s).", nullptr, int(check.problems().size())) +
                    QLatin1Char(' ') + counts);
        for (const DiskPairProblem &p : check.problems()) {
            auto *item = new QTreeWidgetItem(
                m_problems, {problemTitle(p.code), QDir(p.disk).dirName(), p.subject, Formatting::sentence(p.message)});
            item->setToolTip(3, Formatting::sentence(p.message));
            item->setData(0, Qt::UserRole, DiskPairProblem::codeKey(p.code));
        }
        m_problems->setVisible(!check.problems().isEmpty());
        m_notes->setText(check.notes().join(QLatin1Char('\n')));
        m_notes->setVisible(!check.notes().isEmpty());
    }
    Q_EMIT checkFinished();
}

void DiskPairDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    QDialog::reject();
}

QString DiskPairDialog::verdictText() const
{
    return m_verdict->isHidden() ? QString() : m_verdict->text();
}

int DiskPairDialog::problemCount() const
{
    return m_problems->topLevelItemCount();
}

bool DiskPairDialog::isChecking() const
{
    return m_job->isRunning();
}
