// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/disk/DiskWriteController.h"
#include "dialogs/DiskChooserDialog.h"
#include "dialogs/DiskWriteResultDialog.h"
#include "dialogs/JobProgressDialog.h"
#include "model/disk/DiskListModel.h"
#include "widgets/presentation/Formatting.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

DiskWriteController::DiskWriteController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(&m_job, &DiskWriteJob::finished, this, &DiskWriteController::onFinished);
    connect(&m_job, &DiskWriteJob::progressChanged, this, [this] {
        if (m_progress)
            m_progress->setPhaseText(m_job.phase() == DiskWriter::Phase::Verifying ? tr("Reading the disk back")
                                                                                   : tr("Writing to the disk"));
    });
}

DiskChooserDialog *DiskWriteController::chooser() const
{
    return m_chooser;
}

QMessageBox *DiskWriteController::confirmation() const
{
    return m_confirmation;
}

JobProgressDialog *DiskWriteController::progressDialog() const
{
    return m_progress;
}

DiskWriteResultDialog *DiskWriteController::resultDialog() const
{
    return m_resultDialog;
}

void DiskWriteController::writeImage(const QString &imagePath)
{
    if (m_job.isRunning() || m_chooser)
        return;
    m_imagePath = imagePath;
    m_chooser = new DiskChooserDialog(imagePath, QFileInfo(imagePath).size(), m_paths, m_window);
    m_chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_chooser, &QDialog::accepted, this, &DiskWriteController::confirm);
    m_chooser->open();
}

void DiskWriteController::confirm()
{
    const int row = m_chooser ? m_chooser->selectedRow() : -1;
    if (row < 0)
        return;
    const BlockDevice disk = m_chooser->model()->disk(row);
    const DiskWriter::Options options = m_chooser->options();
    auto *box = new QMessageBox(m_window);
    m_confirmation = box;
    box->setObjectName(QStringLiteral("diskWriteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Erase the Disk?"));
    box->setText(tr("Write %1 to <b>%2</b> (%3, %4)?")
                     .arg(QFileInfo(m_imagePath).fileName().toHtmlEscaped(), disk.label().toHtmlEscaped(),
                         Formatting::bytes(disk.size), disk.path.toHtmlEscaped()));
    box->setInformativeText(tr("Everything on this disk will be lost. Check that it is the disk you mean."));
    auto *erase = box->addButton(tr("&Erase and Write"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const QString path = disk.path;
    connect(box, &QMessageBox::finished, this, [this, box, erase, path, options] {
        if (box->clickedButton() == erase)
            start(path, options);
    });
    box->open();
}

void DiskWriteController::start(const QString &targetPath, const DiskWriter::Options &options)
{
    if (m_job.isRunning())
        return;
    m_job.start(m_imagePath, targetPath, options);
    m_progress = new JobProgressDialog(
        &m_job, tr("Writing %1 to %2").arg(QFileInfo(m_imagePath).fileName(), targetPath), m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setCancelQuestion(tr("Stop writing? The disk will not hold a valid image until it is written again."));
    m_progress->setPhaseText(tr("Writing to the disk"));
    m_progress->open();
}

void DiskWriteController::onFinished()
{
    const DiskWriteResult result = m_job.result();
    if (m_progress)
        m_progress->accept();
    Q_EMIT finished(result);
    m_resultDialog = new DiskWriteResultDialog(result, m_imagePath, m_window);
    m_resultDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_resultDialog->open();
}
