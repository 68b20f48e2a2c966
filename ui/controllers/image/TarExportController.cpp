// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/image/TarExportController.h"
#include "PayloadReader.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/image/ExportTarJob.h"
#include "widgets/messages/Messages.h"
#include "widgets/presentation/Formatting.h"
#include "window/AppSettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QPushButton>
#include <QSet>
#include <QUrl>

TarExportController::TarExportController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_job(new ExportTarJob(this))
{
    connect(m_job, &ExportTarJob::finished, this, &TarExportController::onFinished);
}

bool TarExportController::isRunning() const
{
    return m_job->isRunning();
}

void TarExportController::cancel()
{
    m_job->cancel();
}

QStringList TarExportController::nameFilters()
{
    return {tr("gzip-compressed tar (*.tar.gz *.tgz)"), tr("tar archive (*.tar)"),
        tr("bzip2-compressed tar (*.tar.bz2 *.tbz2)"), tr("xz-compressed tar (*.tar.xz *.txz)"),
        tr("zstd-compressed tar (*.tar.zst *.tzst)")};
}

void TarExportController::chooseAndExport(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices)
{
    if (!reader || m_job->isRunning())
        return;
    const QStringList filters = nameFilters();
    static const QStringList suffixes = {QStringLiteral(".tar.gz"), QStringLiteral(".tar"), QStringLiteral(".tar.bz2"),
        QStringLiteral(".tar.xz"), QStringLiteral(".tar.zst")};
    const QString base = QFileInfo(reader->fileName()).completeBaseName();
    QFileDialog dialog(m_dialogParent, indices.isEmpty() ? tr("Export as Tar") : tr("Export Selected as Tar"),
        QDir(AppSettings::lastFolder(AppSettings::Folder::Extract)).filePath(base + suffixes.constFirst()));
    dialog.setObjectName(QStringLiteral("exportTarDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(QStringLiteral("tar.gz"));
    // The suffix follows the chosen filter, so "Save" writes what the filter promises.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        const qsizetype i = filters.indexOf(filter);
        if (i < 0)
            return;
        QString name = QFileInfo(dialog.selectedFiles().value(0)).fileName();
        for (const QString &s : suffixes)
            if (name.endsWith(s))
                name.chop(s.size());
        dialog.selectFile(name + suffixes.at(i));
        dialog.setDefaultSuffix(suffixes.at(i).mid(1));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().constFirst();
    if (!TarExporter::compressionForFileName(path)) {
        // A name without a tar suffix: take the one of the chosen filter.
        const qsizetype i = filters.indexOf(dialog.selectedNameFilter());
        path += suffixes.value(i < 0 ? 0 : i);
    }
    AppSettings::rememberFolder(AppSettings::Folder::Extract, path);
    exportTo(reader, path, indices);
}

bool TarExportController::exportTo(
    std::shared_ptr<const PayloadReader> reader, const QString &path, const QList<int> &indices)
{
    if (!reader || m_job->isRunning())
        return false;
    const std::optional<TarExporter::Compression> compression = TarExporter::compressionForFileName(path);
    if (!compression) {
        Messages::show(m_dialogParent, QMessageBox::Warning, tr("Cannot Export"),
            tr("%1 does not end in .tar, .tar.gz, .tar.bz2, .tar.xz or .tar.zst, so it says nothing about the "
               "compression to use.")
                .arg(QFileInfo(path).fileName()));
        return false;
    }
    TarExporter::Options options;
    options.compression = *compression;
    options.indices = lastOfEachName(*reader, indices, &m_shadowed);
    options.overwrite = true; // the save dialog has asked already
    m_partialNote = reader->errorString().isEmpty()
        ? QString()
        : tr("%1 is damaged: only the entries before the damage were exported; the rest of the image could not "
             "be read.")
              .arg(QFileInfo(reader->fileName()).fileName());
    m_job->start(reader, path, options);
    auto *progress =
        new JobProgressDialog(m_job, tr("Exporting to %1").arg(QFileInfo(path).fileName()), m_dialogParent);
    progress->setObjectName(QStringLiteral("exportTarProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    return true;
}

QList<int> TarExportController::lastOfEachName(const PayloadReader &reader, const QList<int> &indices, int *shadowed)
{
    QList<int> wanted = indices;
    if (wanted.isEmpty())
        for (int i = 0; i < reader.entries().size(); ++i)
            wanted << i;
    // The importer writes the entries in image order, so of two with one name the later stays.
    QHash<QByteArray, int> last;
    for (int i : std::as_const(wanted)) {
        const QByteArray &name = reader.entries().at(i).rawName;
        last[name] = std::max(last.value(name, -1), i);
    }
    QList<int> out;
    QSet<int> taken;
    for (int i : std::as_const(wanted)) {
        if (last.value(reader.entries().at(i).rawName) == i && !taken.contains(i)) {
            out << i;
            taken.insert(i);
        }
    }
    *shadowed = int(wanted.size() - out.size());
    return out;
}

void TarExportController::onFinished()
{
    const bool ok = m_job->succeeded();
    const QString path = m_job->outputPath();
    if (m_job->wasCanceled() && !ok) {
        Messages::show(m_dialogParent, QMessageBox::Information, tr("Export Canceled"),
            tr("The export was canceled; %1 was not written.").arg(QFileInfo(path).fileName()));
    } else if (!ok) {
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Export Failed"), m_job->error());
    } else {
        QMessageBox *box = Messages::show(m_dialogParent, QMessageBox::Information, tr("Exported"),
            tr("%n entry(s) written to %1 (%2).", nullptr, m_job->memberCount())
                .arg(path, Formatting::bytes(m_job->outputSize())),
            QStringList {m_shadowed == 0
                    ? QString()
                    : tr("%n entry(s) left out: the image stores the same name again later, and that later "
                         "entry was exported, as the importer keeps it.",
                          nullptr, m_shadowed),
                m_partialNote}
                .join(QLatin1Char(' '))
                .trimmed());
        auto *open = box->addButton(tr("Open &Folder"), QMessageBox::ActionRole);
        const QString folder = QFileInfo(path).absolutePath();
        connect(box, &QMessageBox::finished, this, [box, open, folder] {
            if (box->clickedButton() == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
    }
    Q_EMIT finished(ok);
}
