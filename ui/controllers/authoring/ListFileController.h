// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>

#include <functional>

class AuthoringPanel;
class RecentFiles;
class QWidget;

// The authoring list as a file in upstream's list format (File > New List, Open List…, Save
// List, Save List As…): reads and writes it, keeps the undo stack's clean state in step with
// the file, remembers it among the recent files and its folder for the next dialog, and asks
// before unsaved edits would be lost. Errors are told through Messages.
class ListFileController : public QObject
{
    Q_OBJECT
public:
    ListFileController(AuthoringPanel *list, RecentFiles *recent, QWidget *dialogParent);

    // Empties the list (undoable) and forgets its file.
    void newList();
    // Replaces the list with the entries of a list file (undoable). Returns false and tells
    // the user when the file cannot be read.
    bool open(const QString &path);
    // Writes the list to `path` in upstream's list format. Returns false and tells the user
    // when the list cannot be expressed in it or the file cannot be written.
    bool saveTo(const QString &path);
    // Asks for a list file, then opens it.
    void chooseAndOpen();
    // Saves to the list's file; asks for one (as saveAs() does) when it has none yet.
    void save();
    // Asks for a file, then saves to it.
    void saveAs();
    // Before quitting: calls `proceed` once unsaved edits may be lost, at once when there are
    // none, else after the user discarded or saved them; never after Cancel or a failed save.
    // The question is asked without a nested event loop.
    void askToSave(std::function<void()> proceed);

Q_SIGNALS:
    // The list is about to change through a file (new or opened): the window shows it.
    void showListRequested();
    // A short, translated note for the status bar (the list was saved).
    void statusMessage(const QString &text);

private:
    AuthoringPanel *m_list;
    RecentFiles *m_recent;
    QWidget *m_dialogParent;
};
