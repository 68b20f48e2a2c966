// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <memory>
#include <vector>

// The item delegate of the large lists (an image's entries, the payload being authored, the
// first image's tree): draws like QStyledItemDelegate, but keeps each cell text's shaped glyphs.
//
// The style lays a cell's text out with QTextLayout every time it is painted, two or three
// times over (its size, its elision, the drawing), and shaping with HarfBuzz was most of a
// repaint's cost: 5-10 ms of GUI-thread time for the 30 rows a table shows (issue 24). This
// delegate lets the style draw everything but the text (background, selection, focus, icon,
// check box) and draws the text as a QStaticText, shaped once per text, font and (when elided)
// width, and kept in a cache of the most recent few thousand. Repainting the same rows, as every
// progress update, hover and scroll by a row does, shapes nothing.
//
// Single-line text only: a cell whose text holds a line break, or a view that wraps words, is
// drawn by QStyledItemDelegate as before.
class ShapedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ShapedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many texts any ShapedTextDelegate has shaped since the program started; the tests use
    // it to show that a repaint is served from the cache.
    static int shapedCount();

private:
    struct Shaped
    {
        QStaticText full;
        qreal fullWidth = 0;
        // The elided text for the width it was made for (-1: none made yet).
        int elidedFor = -1;
        QStaticText elided;
    };
    struct FontCache
    {
        QFont font;
        std::unique_ptr<QCache<QString, Shaped>> texts;
    };
    const QStaticText &shapedText(const QString &text, const QFont &font, Qt::TextElideMode mode, int width) const;
    QCache<QString, Shaped> &cacheFor(const QFont &font) const;

    // A cache per font, the most recently used first: a view draws its cells in one or two fonts
    // (a bold group row, a fixed-width column), and a text's glyphs depend on the font.
    mutable std::vector<FontCache> m_caches;
};
