// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/image/ExtractController.h"
#include "PayloadReader.h"
#include "controllers/authoring/DragStaging.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/image/ExtractJob.h"
#include "widgets/messages/Messages.h"
#include "widgets/presentation/Icons.h"
#include "window/AppSettings.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDrag>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

ExtractController::ExtractController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_job(new ExtractJob(this))
{ }

ExtractController::~ExtractController() = default;

bool ExtractController::isRunning() const
{
    return m_job->isRunning();
}

void ExtractController::chooseAndExtract(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices)
{
    const QString dir = QFileDialog::getExistingDirectory(m_dialogParent,
        indices.isEmpty() ? tr("Extract All Entries To") : tr("Extract Entries To"),
        AppSettings::lastFolder(AppSettings::Folder::Extract));
    if (!dir.isEmpty())
        extractTo(reader, indices, dir);
}

void ExtractController::extractTo(
    std::shared_ptr<const PayloadReader> reader, const QList<int> &requested, const QString &directory)
{
    if (!reader || m_job->isRunning())
        return;
    m_partialNote = reader->errorString().isEmpty()
        ? QString()
        : tr("%1 is damaged: only the entries before the damage could be extracted; the rest of the image "
             "could not be read.")
              .arg(QFileInfo(reader->fileName()).fileName());
    AppSettings::rememberFolder(AppSettings::Folder::Extract, directory);
    QList<int> indices = requested;
    if (indices.isEmpty())
        for (int i = 0; i < reader->entries().size(); ++i)
            indices << i;

    // Never overwrite without asking: find what exists first.
    QList<int> existing;
    const QDir dir(directory);
    for (int i : std::as_const(indices))
        if (QFileInfo::exists(dir.filePath(reader->entries().at(i).name())))
            existing << i;
    PayloadExtractor::Options options;
    options.indices = indices;
    if (!existing.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Files Exist"),
            tr("%n of the files to extract already exist in %1.", nullptr, int(existing.size())).arg(directory),
            QMessageBox::Cancel, m_dialogParent);
        auto *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        auto *skip =
            existing.size() < indices.size() ? box.addButton(tr("&Skip Existing"), QMessageBox::AcceptRole) : nullptr;
        box.exec();
        if (box.clickedButton() == overwrite) {
            options.overwrite = true;
        } else if (skip && box.clickedButton() == skip) {
            for (int i : std::as_const(existing))
                options.indices.removeOne(i);
        } else {
            return;
        }
    }

    m_job->start(reader, directory, options);
    auto *progress = new JobProgressDialog(m_job, tr("Extracting to %1").arg(directory), m_dialogParent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    Q_EMIT started();
    connect(m_job, &ExtractJob::finished, this, &ExtractController::onExtracted, Qt::SingleShotConnection);
}

void ExtractController::onExtracted()
{
    if (m_job->wasCanceled() && !m_job->succeeded()) {
        Messages::show(m_dialogParent, QMessageBox::Information, tr("Extraction Canceled"),
            tr("Extraction was canceled; %n file(s) had been extracted completely.", nullptr,
                int(m_job->written().size())));
    } else if (!m_job->succeeded()) {
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Extraction Failed"), m_job->error());
    } else {
        QMessageBox *box = Messages::show(m_dialogParent, QMessageBox::Information, tr("Extracted"),
            tr("%n file(s) extracted to %1.", nullptr, int(m_job->written().size())).arg(m_job->directory()),
            m_partialNote);
        auto *open = box->addButton(tr("Open &Folder"), QMessageBox::ActionRole);
        const QString folder = m_job->directory();
        connect(box, &QMessageBox::finished, this, [box, open, folder] {
            if (box->clickedButton() == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
    }
}

void ExtractController::dragOut(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices, QWidget *source)
{
    std::unique_ptr<QMimeData> mime = prepareDrag(std::move(reader), indices);
    if (!mime)
        return;
    auto *drag = new QDrag(source);
    drag->setMimeData(mime.release());
    drag->setPixmap(Icons::get(QStringLiteral("application-x-archive")).pixmap(32, 32));
    drag->exec(Qt::CopyAction);
}

std::unique_ptr<QMimeData> ExtractController::prepareDrag(
    std::shared_ptr<const PayloadReader> reader, const QList<int> &indices)
{
    if (!reader || m_job->isRunning())
        return nullptr;
    const QString dir = m_drag.freshFolder();
    PayloadExtractor::Options options;
    options.indices = indices;
    m_job->start(reader, dir, options);
    DragStaging::waitFor(m_job, tr("Preparing %n file(s) for dragging", nullptr, int(indices.size())), m_dialogParent);
    if (!m_job->succeeded()) {
        if (!m_job->wasCanceled())
            Messages::show(m_dialogParent, QMessageBox::Warning, tr("Cannot Drag Entries"), m_job->error());
        return nullptr;
    }
    QList<QUrl> urls;
    for (const QString &path : m_job->written())
        urls << QUrl::fromLocalFile(path);
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls(urls);
    return mime;
}
