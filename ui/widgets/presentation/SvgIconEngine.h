// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QIconEngine>
#include <QString>

// Draws an SVG file at whatever size is asked, through QSvgRenderer. The bundled fallback
// icons use it so they stay sharp on high-DPI screens and appear even where Qt's SVG icon
// plugin is not installed (minimal systems, the offscreen and Xvfb test setups).
//
// A view paints the same few icons in every visible row at every repaint, so each rendering is
// kept in QPixmapCache under the file, size, scale and mode: parsing and rasterising the SVG
// again for every row cost a table's repaint 7-17 ms of GUI-thread time (issue 24).
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    // Returns the rendering from the cache when there is one; renders and caches it otherwise.
    // Only the GUI thread may call it (QPixmap and QPixmapCache are GUI-thread classes).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // How many times any engine has rasterised an SVG since the program started; the tests
    // use it to show that repeated paints come from the cache.
    static int renderCount();

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, qreal scale) const;

    QString m_fileName;
};
