// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The recently opened images and lists, kept in QSettings and shown in File > Open Recent.
// Read from the settings once; each change is written by SettingsWriter, off the GUI thread.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    // Moves `path` to the top (at most ten are kept).
    void add(const QString &path);
    void clear();
    QStringList paths() const;

Q_SIGNALS:
    void triggered(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
    QStringList m_paths; // newest first
};
