// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>

class FirstImagePanel;
class QTabWidget;
class RecentFiles;

// The window's side of first boot disks (init.img): one FirstImagePanel tab per image, its
// icon telling whether it was read and whether builder-hex0 would likely fail with it, and
// the recent-files entry. The tab's own work is the panel's.
class FirstImageTabs : public QObject
{
    Q_OBJECT
public:
    FirstImageTabs(QTabWidget *tabs, RecentFiles *recent, QObject *parent = nullptr);

    // Opens the first image at `path` in its own tab (or shows its tab) and starts reading it.
    FirstImagePanel *open(const QString &path);
    // Closes tab `index` when it is a first image's (its reading stopped); false otherwise.
    bool close(int index);
    // Stops the reading of every first image tab (the window is closing).
    void cancelAll();
    // The first image tab shown, or nullptr.
    FirstImagePanel *current() const;

Q_SIGNALS:
    // A first image tab's state changed; `panel` is the tab.
    void panelStateChanged(FirstImagePanel *panel);

private:
    void updateTab(FirstImagePanel *panel);

    QTabWidget *m_tabs;
    RecentFiles *m_recent;
};
