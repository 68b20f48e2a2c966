// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/BuildDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using Layout = PayloadFormat::Layout;

BuildDialog::BuildDialog(const EntryTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_output(new QLineEdit)
    , m_layout(new QComboBox)
    , m_sort(new QCheckBox(tr("Sort entries by name, as upstream's generator does")))
    , m_pad(new QComboBox)
    , m_manifest(new QCheckBox(tr("Write a manifest beside the image:")))
    , m_manifestFormat(new QComboBox)
    , m_verify(new QCheckBox(tr("Verify after writing (read the image back and compare every entry's SHA-256)")))
    , m_summary(new QLabel)
    , m_notice(new NoticeBar)
    , m_warningNotice(new NoticeBar)
    , m_layoutNotice(new NoticeBar)
    , m_testFlagged(new QAction(tr("Test Integrity of Flagged"), this))
{
    setObjectName(QStringLiteral("buildDialog"));
    setWindowTitle(tr("Build Image"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *outputRow = new QHBoxLayout;
    m_output->setAccessibleName(tr("Output image"));
    m_output->setPlaceholderText(tr("external.img"));
    m_output->setMinimumWidth(360);
    auto *browse = new QToolButton;
    browse->setText(tr("Browse…"));
    browse->setIcon(Icons::get(QStringLiteral("document-open")));
    browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    form->addRow(tr("&Output:"), outputRow);
    qobject_cast<QLabel *>(form->labelForField(outputRow))->setBuddy(m_output);

    m_layout->addItem(tr("u32: 4-byte fields, as in the design document (files below 4 GiB)"), int(Layout::U32));
    m_layout->addItem(tr("u64: 8-byte fields, for files of 4 GiB and more"), int(Layout::U64));
    m_layout->setAccessibleName(tr("Layout"));
    form->addRow(tr("&Layout:"), m_layout);

    m_sort->setToolTip(tr("Upstream sorts by Unicode code point, so the same files always give the same bytes"));
    form->addRow(QString(), m_sort);

    m_pad->addItem(tr("No padding"), qint64(0));
    m_pad->addItem(tr("To a multiple of 512 bytes (a disk sector)"), qint64(512));
    m_pad->addItem(tr("To a multiple of 1 MiB"), qint64(1024 * 1024));
    m_pad->setAccessibleName(tr("Padding"));
    form->addRow(tr("&Padding:"), m_pad);

    auto *manifestRow = new QHBoxLayout;
    m_manifestFormat->addItem(tr("JSON"), int(Manifest::Format::Json));
    m_manifestFormat->addItem(tr("TSV"), int(Manifest::Format::Tsv));
    m_manifestFormat->addItem(tr("sha256sum"), int(Manifest::Format::Sha256Sum));
    m_manifestFormat->setAccessibleName(tr("Manifest format"));
    manifestRow->addWidget(m_manifest);
    manifestRow->addWidget(m_manifestFormat);
    manifestRow->addStretch(1);
    form->addRow(tr("Manifest:"), manifestRow);
    form->addRow(QString(), m_verify);
    layout->addLayout(form);

    layout->addWidget(m_summary);
    m_layoutNotice->setObjectName(QStringLiteral("layoutNotice"));
    m_layoutNotice->hide();
    layout->addWidget(m_layoutNotice);
    layout->addWidget(m_notice);
    m_warningNotice->setObjectName(QStringLiteral("buildWarnings"));
    m_testFlagged->setToolTip(tr("Read the flagged distfiles to their end and check them; the results "
                                 "show in the list's status column and here"));
    m_warningNotice->addAction(m_testFlagged);
    m_warningNotice->hide();
    layout->addWidget(m_warningNotice);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_build = buttons->addButton(tr("&Build"), QDialogButtonBox::AcceptRole);
    m_build->setIcon(Icons::get(QStringLiteral("run-build")));
    connect(buttons, &QDialogButtonBox::accepted, this, &BuildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Only once the button is inside the dialog does the dialog take it as its default.
    m_build->setDefault(true);

    const AppSettings::BuildDefaults d = AppSettings::buildDefaults();
    m_layout->setCurrentIndex(m_layout->findData(int(model->layout())));
    m_sort->setChecked(d.sortByName);
    m_pad->setCurrentIndex(std::max(0, m_pad->findData(d.padTo)));
    m_manifest->setChecked(d.writeManifest);
    m_manifestFormat->setCurrentIndex(m_manifestFormat->findData(int(d.manifestFormat)));
    m_verify->setChecked(d.verifyAfterWriting);
    m_output->setText(
        QDir(AppSettings::lastFolder(AppSettings::Folder::Output)).filePath(QStringLiteral("external.img")));

    connect(browse, &QToolButton::clicked, this, &BuildDialog::browse);
    connect(m_output, &QLineEdit::textChanged, this, &BuildDialog::refresh);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &BuildDialog::refresh);
    connect(m_pad, &QComboBox::currentIndexChanged, this, &BuildDialog::refresh);
    connect(m_manifest, &QCheckBox::toggled, m_manifestFormat, &QWidget::setEnabled);
    m_manifestFormat->setEnabled(m_manifest->isChecked());
    connect(m_testFlagged, &QAction::triggered, this, [this] {
        if (!m_flagged.isEmpty())
            Q_EMIT testFlaggedRequested(m_flagged);
    });
    m_warningsTimer.setSingleShot(true);
    m_warningsTimer.setInterval(250);
    connect(&m_warningsTimer, &QTimer::timeout, this, &BuildDialog::refreshWarnings);
    const auto later = [this] {
        if (!m_warningsTimer.isActive())
            m_warningsTimer.start();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &EntryTableModel::contentsChanged, this, later);
    refresh();
}

Layout BuildDialog::layout() const
{
    return Layout(m_layout->currentData().toInt());
}

void BuildDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

void BuildDialog::setVerifyAfterWriting(bool verify)
{
    m_verify->setChecked(verify);
}

void BuildDialog::setSortByName(bool sort)
{
    m_sort->setChecked(sort);
}

void BuildDialog::setWriteManifest(bool write)
{
    m_manifest->setChecked(write);
}

void BuildDialog::setEntries(const QList<BuildEntry> &entries)
{
    m_entries = entries;
}

void BuildDialog::setCheckoutLayout(const CheckoutLayout &layout)
{
    m_checkoutLayout = layout;
    m_layout->setCurrentIndex(m_layout->findData(int(layout.layout())));
    refreshLayoutNotice();
}

void BuildDialog::refreshLayoutNotice()
{
    const std::optional<CheckoutLayout::Evidence> e = m_checkoutLayout ? m_checkoutLayout->evidence() : std::nullopt;
    if (!e || layout() == m_checkoutLayout->layout()) {
        m_layoutNotice->hide();
        return;
    }
    const QString theirs = PayloadFormat::layoutName(m_checkoutLayout->layout());
    const QString chosen = PayloadFormat::layoutName(layout());
    const QString text = m_checkoutLayout->source() == CheckoutLayout::Source::Importer
        ? tr("The checkout's importer, %1 (line %2), reads %3: an image in %4 will not import at boot. The build can "
             "go ahead.")
        : tr("The checkout's generator, %1 (line %2), writes %3 and no importer says otherwise: an image in %4 may "
             "not import at boot. The build can go ahead.");
    m_layoutNotice->showNotice(
        KMessageWidget::Warning, text.arg(e->file).arg(e->line).arg(theirs, chosen).toHtmlEscaped());
}

void BuildDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Build Image"), m_output->text(),
        tr("Payload images (*.img);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_output->setText(path);
}

void BuildDialog::refresh()
{
    m_blockers = m_model->buildBlockers(layout());
    const QString output = m_output->text().trimmed();
    if (output.isEmpty())
        m_blockers << tr("Choose where to write the image.");
    else if (QFileInfo(output).isDir())
        m_blockers << tr("The output is a folder: add a file name.");
    else if (!QFileInfo(QFileInfo(output).absolutePath()).isDir())
        m_blockers << tr("The folder %1 does not exist.").arg(QFileInfo(output).absolutePath());

    // The size for the dialog's layout, which may differ from the list's.
    qint64 names = 0, payload = 0;
    for (const AuthoringEntry &e : m_model->entries()) {
        names += e.name.size();
        payload += e.size;
    }
    const qint64 size = PayloadFormat::paddedSize(
        PayloadFormat::imageSize(layout(), m_model->rowCount(), names, payload), m_pad->currentData().toLongLong());
    m_summary->setText(tr("%n entry(s), image of %1.", nullptr, m_model->rowCount()).arg(Formatting::bytes(size)));

    if (m_blockers.isEmpty()) {
        m_notice->hide();
    } else {
        QStringList items;
        for (const QString &b : std::as_const(m_blockers))
            items << b.toHtmlEscaped();
        m_notice->showNotice(KMessageWidget::Error,
            tr("<b>The build cannot start:</b><ul style='margin:0'><li>%1</li></ul>")
                .arg(items.join(QStringLiteral("</li><li>"))));
    }
    m_build->setEnabled(m_blockers.isEmpty());
    m_build->setToolTip(m_blockers.isEmpty() ? QString() : m_blockers.join(QLatin1Char('\n')));
    refreshLayoutNotice();
    refreshWarnings();
}

void BuildDialog::refreshWarnings()
{
    m_warningsTimer.stop();
    m_flagged.clear();
    m_warnings = m_model->buildWarnings(&m_flagged);
    if (m_warnings.isEmpty()) {
        m_warningNotice->hide();
        return;
    }
    QStringList items;
    for (const QString &w : std::as_const(m_warnings))
        items << w.toHtmlEscaped();
    m_warningNotice->showNotice(KMessageWidget::Warning,
        tr("<b>%n distfile(s) may fail at boot</b> (the build can go ahead):", nullptr, int(m_flagged.size())) +
            QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>"))));
    // Results arriving while the dialog is open make the list longer: grow rather than clip it.
    QLayout *box = QDialog::layout(); // layout() is the image layout here
    if (isVisible() && box->hasHeightForWidth()) {
        box->activate();
        const int wanted = box->totalHeightForWidth(width());
        if (wanted > height())
            resize(width(), wanted);
    }
}

BuildRequest BuildDialog::request() const
{
    BuildRequest r;
    r.entries = m_entries ? *m_entries : m_model->buildEntries();
    r.options.layout = layout();
    r.options.sortByName = m_sort->isChecked();
    r.options.padTo = m_pad->currentData().toLongLong();
    r.options.overwrite = m_overwrite;
    r.outputPath = QFileInfo(m_output->text().trimmed()).absoluteFilePath();
    r.verifyAfterWriting = m_verify->isChecked();
    if (m_manifest->isChecked())
        r.manifestFormat = Manifest::Format(m_manifestFormat->currentData().toInt());
    return r;
}

void BuildDialog::accept()
{
    refresh();
    if (!m_blockers.isEmpty())
        return;
    const QString output = QFileInfo(m_output->text().trimmed()).absoluteFilePath();
    m_overwrite = false;
    if (QFileInfo::exists(output)) {
        const auto answer = QMessageBox::question(this, tr("Replace Image?"),
            tr("%1 already exists. Replace it? The old file stays until the new image is complete.").arg(output),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_overwrite = true;
    }
    AppSettings::rememberFolder(AppSettings::Folder::Output, output);
    if (!m_remember) {
        QDialog::accept();
        return;
    }
    AppSettings::BuildDefaults d;
    d.layout = layout();
    d.sortByName = m_sort->isChecked();
    d.padTo = m_pad->currentData().toLongLong();
    d.verifyAfterWriting = m_verify->isChecked();
    d.writeManifest = m_manifest->isChecked();
    d.manifestFormat = Manifest::Format(m_manifestFormat->currentData().toInt());
    AppSettings::setBuildDefaults(d);
    QDialog::accept();
}
