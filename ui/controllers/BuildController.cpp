// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/BuildController.h"
#include "dialogs/BuildDialog.h"
#include "dialogs/JobProgressDialog.h"
#include "widgets/Formatting.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
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
    box->addButton(QMessageBox::Close);
    const QString path = result.outputPath;
    connect(box, &QMessageBox::finished, this, [this, box, open, folder, path] {
        if (box->clickedButton() == open)
            Q_EMIT openImageRequested(path);
        else if (box->clickedButton() == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    box->open();
}
