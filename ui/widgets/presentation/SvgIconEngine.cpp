// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/presentation/SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

SvgIconEngine::SvgIconEngine(const QString &fileName)
    : m_fileName(fileName)
{ }

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

static int s_renderCount = 0;

int SvgIconEngine::renderCount()
{
    return s_renderCount;
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
    if (size.isEmpty())
        return {};
    // A disabled icon is drawn from the palette, so a new palette must not find the old one.
    const qint64 paletteKey = mode == QIcon::Disabled && qApp ? QApplication::palette().cacheKey() : 0;
    const QString cacheKey = QStringLiteral("payload-studio-svg:%1:%2x%3@%4:%5:%6")
                                 .arg(m_fileName)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(scale)
                                 .arg(int(mode))
                                 .arg(paletteKey);
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;
    pm = render(size, mode, scale);
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

QPixmap SvgIconEngine::render(const QSize &size, QIcon::Mode mode, qreal scale) const
{
    ++s_renderCount;
    QPixmap pm(size * scale);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(m_fileName);
    if (renderer.isValid()) {
        QPainter p(&pm);
        renderer.render(&p);
    }
    pm.setDevicePixelRatio(scale);
    if (mode == QIcon::Disabled && qApp) {
        QStyleOption opt;
        opt.palette = QApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, pm, &opt);
    }
    return pm;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_fileName);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("PayloadStudioSvg");
}

bool SvgIconEngine::isNull()
{
    return !QFile::exists(m_fileName);
}
