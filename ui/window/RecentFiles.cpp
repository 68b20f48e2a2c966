// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/RecentFiles.h"
#include "widgets/presentation/Icons.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

static const int MaxRecent = 10;

static QString key()
{
    return QStringLiteral("recent/files");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::paths() const
{
    return QSettings().value(key()).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(key(), list);
    rebuildMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(key());
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 … &9, then &0: the keyboard reaches the first ten.
        const QString text = tr("&%1 %2")
                                 .arg((i + 1) % 10)
                                 .arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *a = m_menu->addAction(text);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT triggered(path); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(
            Icons::get(QStringLiteral("edit-clear-history")), tr("&Clear List"), this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}
