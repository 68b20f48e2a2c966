// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

// Helpers shared by the GUI tests: test data made in a temporary folder, and finding the
// window-modal dialogs the application opens asynchronously.

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include "EnglishPlurals.h"

namespace UiTest {

// Isolates QSettings from the user's and names the application as main() does.
inline void initApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of the suite's own (named after its executable): CTest runs the suites side by
    // side, and one suite's saved window state or build defaults must not reach another.
    const QString suite = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    QApplication::setApplicationName(QStringLiteral("payload-studio-tests-") + suite);
    QApplication::setOrganizationName(QStringLiteral("payload-studio-tests"));
    if (!EnglishPlurals::install(qApp))
        qFatal("the English plural forms are missing from the resources");
}

// Writes `content` to dir/name and returns the path.
inline QString writeFile(const QDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

// A sparse file of `size` bytes (no disk space used for the holes).
inline QString sparseFile(const QDir &dir, const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
        qFatal("cannot make sparse file %s", qPrintable(path));
    return path;
}

// The visible top-level or child widget of type T with `objectName`, or nullptr.
template<typename T>
T *findVisible(const QString &objectName = QString())
{
    for (QWidget *w : QApplication::allWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

// Waits until a visible T named `objectName` exists; nullptr after the timeout.
template<typename T>
T *waitForVisible(const QString &objectName = QString(), int timeoutMs = 10000)
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor([&] { return (found = findVisible<T>(objectName)) != nullptr; }, timeoutMs);
    return appeared ? found : nullptr;
}

// Closes every visible dialog (messages left over by a test step).
inline void closeDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    QApplication::processEvents();
}

} // namespace UiTest
