// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/ListFileController.h"
#include "SourceList.h"
#include "controllers/authoring/EntryImporter.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "widgets/messages/Messages.h"
#include "window/AppSettings.h"
#include "window/RecentFiles.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

ListFileController::ListFileController(AuthoringPanel *list, RecentFiles *recent, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_list(list)
    , m_recent(recent)
    , m_dialogParent(dialogParent)
{ }

void ListFileController::newList()
{
    Q_EMIT showListRequested();
    m_list->clearList();
    m_list->setListPath(QString());
}

bool ListFileController::open(const QString &path)
{
    QList<BuildEntry> entries;
    QString error;
    if (!SourceList::load(path, &entries, &error)) {
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Cannot Open List"), error);
        return false;
    }
    Q_EMIT showListRequested();
    m_list->importer()->replaceList(entries, tr("Open List %1").arg(QFileInfo(path).fileName()));
    m_list->setListPath(QFileInfo(path).absoluteFilePath());
    // The list as read is the saved state: edits from here on make it "modified".
    connect(m_list->importer(), &EntryImporter::finished, m_list->undoStack(), &QUndoStack::setClean,
        Qt::SingleShotConnection);
    m_recent->add(path);
    AppSettings::rememberFolder(AppSettings::Folder::List, path);
    return true;
}

bool ListFileController::saveTo(const QString &path)
{
    QString error;
    if (!SourceList::save(path, m_list->model()->buildEntries(), &error)) {
        Messages::show(m_dialogParent, QMessageBox::Critical, tr("Cannot Save List"), error);
        return false;
    }
    m_list->setListPath(QFileInfo(path).absoluteFilePath());
    m_list->undoStack()->setClean();
    m_recent->add(path);
    AppSettings::rememberFolder(AppSettings::Folder::List, path);
    Q_EMIT statusMessage(tr("Saved %1").arg(path));
    return true;
}

void ListFileController::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open List"),
        AppSettings::lastFolder(AppSettings::Folder::List), tr("Lists (*.txt *.list);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void ListFileController::save()
{
    if (m_list->listPath().isEmpty())
        saveAs();
    else
        saveTo(m_list->listPath());
}

void ListFileController::saveAs()
{
    const QString start = m_list->listPath().isEmpty()
        ? AppSettings::lastFolder(AppSettings::Folder::List) + QStringLiteral("/payload.list")
        : m_list->listPath();
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save List"), start, tr("Lists (*.list *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void ListFileController::askToSave(std::function<void()> proceed)
{
    if (m_list->undoStack()->isClean() || m_list->model()->rowCount() == 0) {
        proceed();
        return;
    }
    QMessageBox *box = Messages::show(m_dialogParent, QMessageBox::Question, tr("Unsaved List"),
        tr("The list has changes that are not saved. Save them before quitting?"));
    box->setObjectName(QStringLiteral("saveListQuestion"));
    box->setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, proceed] {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            proceed();
        } else if (button == QMessageBox::Save) {
            save();
            if (m_list->undoStack()->isClean())
                proceed();
        }
    });
}
