// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPointer>

// The resources are compiled into the static library; referencing the initialiser keeps the
// linker from dropping them.
static void initResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(payload_studio);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Icons {

static QIcon bundled(const QString &fileName)
{
    initResources();
    if (!QFile::exists(fileName))
        return {};
    return QIcon(new SvgIconEngine(fileName));
}

QIcon get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return it.value();
    const QIcon icon = QIcon::fromTheme(name, bundled(QStringLiteral(":/icons/%1.svg").arg(name)));
    cache.insert(name, icon);
    return icon;
}

QIcon application()
{
    return bundled(QStringLiteral(":/icons/payload-studio.svg"));
}

QIcon standard(QStyle::StandardPixmap which)
{
    // A QPointer: a new style may be made where a deleted one was.
    static QPointer<QStyle> cachedFor;
    static QHash<int, QIcon> cache;
    QStyle *style = QApplication::style();
    if (cachedFor != style) {
        cache.clear();
        cachedFor = style;
    }
    auto it = cache.constFind(int(which));
    if (it == cache.cend())
        it = cache.insert(int(which), style->standardIcon(which));
    return it.value();
}

} // namespace Icons
