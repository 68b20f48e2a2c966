// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/BuildController.h"
#include "dialogs/BuildDialog.h"
#include "dialogs/JobProgressDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "widgets/presentation/Formatting.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>
#include <QWidget>

BuildController::BuildController(const EntryTableModel *model, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_window(window)
{
    connect(&m_job, &BuildJob::finished, this, &BuildController::onFinished);
    connect(&m_job, &BuildJob::progressChanged, this, [this] {
        if (m_progress)
            m_progress->setPhaseText(m_job.phase() == BuildJob::Phase::Verifying ? tr("Verifying the written image")
                                                                                 : tr("Writing the image"));
    });
}

BuildDialog *BuildController::dialog() const
{
    return m_dialog;
}

JobProgressDialog *BuildController::progressDialog() const
{
    return m_progress;
}

void BuildController::showBuildDialog()
{
    if (m_job.isRunning() || m_dialog)
        return;
    m_dialog = new BuildDialog(m_model, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { start(m_dialog->request()); });
    connect(m_dialog, &BuildDialog::testFlaggedRequested, this, &BuildController::integrityTestRequested);
    m_dialog->open();
}

void BuildController::showBuildDialog(const QList<BuildEntry> &entries, const QList<qint64> &sizes,
    const QString &suggestedOutput, const CheckoutLayout &layout)
{
    if (m_job.isRunning() || m_dialog)
        return;
    // The dialog reads sizes and blockers from a list model: one of its own, shown nowhere.
    auto *undo = new QUndoStack(this);
    auto *model = new EntryTableModel(undo, undo);
    QList<AuthoringEntry> rows;
    rows.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        AuthoringEntry e = AuthoringEntry::fromBuildEntry(entries.at(i), false);
        e.size = sizes.value(i, 0);
        rows << e;
    }
    model->setLayout(layout.layout());
    model->insertEntries(0, rows);
    m_dialog = new BuildDialog(model, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, undo, &QObject::deleteLater);
    m_dialog->setWindowTitle(tr("Build external.img"));
    m_dialog->setEntries(entries);
    m_dialog->setSortByName(true);
    m_dialog->setWriteManifest(true);
    m_dialog->setVerifyAfterWriting(true);
    m_dialog->setRemembersOptions(false);
    m_dialog->setCheckoutLayout(layout);
    if (!suggestedOutput.isEmpty())
        m_dialog->setOutputPath(suggestedOutput);
    connect(m_dialog, &QDialog::accepted, this, [this] { start(m_dialog->request()); });
    m_dialog->open();
}

void BuildController::start(const BuildRequest &request)
{
    if (m_job.isRunning())
        return;
    m_job.start(request);
    m_progress =
        new JobProgressDialog(&m_job, tr("Building %1").arg(QFileInfo(request.outputPath).fileName()), m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setCancelQuestion(tr("Stop the build? The unfinished image will be removed."));
    m_progress->open();
}

void BuildController::onFinished()
{
    const BuildResult result = m_job.result();
    if (m_progress)
        m_progress->accept();
    Q_EMIT finished(result);
    showOutcome(result);
}

void BuildController::showOutcome(const BuildResult &result)
{
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("buildOutcome"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (result.canceled) {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Build Canceled"));
        box->setText(tr("The build was canceled. Nothing was written to %1.").arg(result.outputPath));
        box->open();
        return;
    }
    if (!result.ok) {
        box->setIcon(QMessageBox::Critical);
        box->setWindowTitle(tr("Build Failed"));
        box->setText(tr("%1 could not be built; no partial image was left behind.").arg(result.outputPath));
        box->setInformativeText(result.error);
        box->open();
        return;
    }
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Image Built"));
    QString text = tr("<b>%1</b><br>%2, %n entry(s).", nullptr, result.entryCount)
                       .arg(result.outputPath.toHtmlEscaped(), Formatting::bytes(result.imageSize));
    if (result.verified)
        text += QStringLiteral("<br>") + tr("Verified: every entry reads back with the SHA-256 it was written with.");
    if (!result.manifestPath.isEmpty())
        text += QStringLiteral("<br>") + tr("Manifest: %1").arg(result.manifestPath.toHtmlEscaped());
    box->setText(text);
    if (!result.manifestError.isEmpty())
        box->setInformativeText(tr("The manifest could not be written: %1").arg(result.manifestError));
    auto *open = box->addButton(tr("&Open Image"), QMessageBox::AcceptRole);
    auto *folder = box->addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    auto *disk = box->addButton(tr("Write to &Disk…"), QMessageBox::ActionRole);
    disk->setToolTip(tr("Write the new image to a disk?"));
    box->addButton(QMessageBox::Close);
    const QString path = result.outputPath;
    connect(box, &QMessageBox::finished, this, [this, box, open, folder, disk, path] {
        if (box->clickedButton() == open)
            Q_EMIT openImageRequested(path);
        else if (box->clickedButton() == disk)
            Q_EMIT writeToDiskRequested(path);
        else if (box->clickedButton() == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    box->open();
}
