// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/RecentFiles.h"
#include "widgets/presentation/Icons.h"
#include "window/SettingsWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

static const int MaxRecent = 10;

static QString key()
{
    return QStringLiteral("recent/files");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    // Read once, with a list an earlier window wrote and the worker has not stored yet.
    m_paths = SettingsWriter::value(key()).toStringList();
    rebuildMenu();
}

QStringList RecentFiles::paths() const
{
    return m_paths;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > MaxRecent)
        m_paths.removeLast();
    SettingsWriter::setValue(key(), m_paths);
    rebuildMenu();
}

void RecentFiles::clear()
{
    m_paths.clear();
    SettingsWriter::setValue(key(), QVariant());
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList &list = m_paths;
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
