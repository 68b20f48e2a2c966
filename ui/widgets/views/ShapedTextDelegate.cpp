// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/views/ShapedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace {
// Enough for every cell of a full-screen table several times over; the texts of rows scrolled
// past are the first to go.
constexpr int CachedTexts = 4096;
// Fonts beyond these evict the least recently used one's texts.
constexpr std::size_t CachedFonts = 4;
int s_shapedCount = 0;

QStaticText prepared(const QString &text, const QFont &font)
{
    ++s_shapedCount;
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    st.setTextOption(option);
    st.prepare(QTransform(), font);
    return st;
}
} // namespace

ShapedTextDelegate::ShapedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int ShapedTextDelegate::shapedCount()
{
    return s_shapedCount;
}

const QStaticText &ShapedTextDelegate::shapedText(
    const QString &text, const QFont &font, Qt::TextElideMode mode, int width) const
{
    QCache<QString, Shaped> &cache = cacheFor(font);
    Shaped *shaped = cache.object(text);
    if (!shaped) {
        shaped = new Shaped;
        shaped->full = prepared(text, font);
        shaped->fullWidth = shaped->full.size().width();
        cache.insert(text, shaped);
    }
    if (shaped->fullWidth <= width || mode == Qt::ElideNone)
        return shaped->full;
    if (shaped->elidedFor != width) {
        shaped->elided = prepared(QFontMetrics(font).elidedText(text, mode, width), font);
        shaped->elidedFor = width;
    }
    return shaped->elided;
}

QCache<QString, ShapedTextDelegate::Shaped> &ShapedTextDelegate::cacheFor(const QFont &font) const
{
    const auto it = std::find_if(m_caches.begin(), m_caches.end(), [&](const FontCache &c) { return c.font == font; });
    if (it != m_caches.end()) {
        std::rotate(m_caches.begin(), it, it + 1);
        return *m_caches.front().texts;
    }
    if (m_caches.size() >= CachedFonts)
        m_caches.pop_back();
    m_caches.insert(m_caches.begin(), FontCache {font, std::make_unique<QCache<QString, Shaped>>(CachedTexts)});
    return *m_caches.front().texts;
}

void ShapedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool wraps = opt.features.testFlag(QStyleOptionViewItem::WrapText);
    if (opt.text.isEmpty() || wraps || opt.text.contains(QLatin1Char('\n')) ||
        opt.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // The style places the text where it would have drawn it; with the text taken out it
    // draws the rest and lays out nothing.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;

    QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !opt.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;

    const QStaticText &shaped = shapedText(text, opt.font, opt.textElideMode, textRect.width());
    const QSize size = shaped.size().toSize();
    const QRect placed =
        QStyle::alignedRect(opt.direction, QStyle::visualAlignment(opt.direction, opt.displayAlignment),
            QSize(std::min(size.width(), textRect.width()), size.height()), textRect);
    painter->save();
    painter->setPen(opt.palette.color(group, role));
    painter->setFont(opt.font);
    if (size.width() > textRect.width()) // only unelided text can overflow
        painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), shaped);
    painter->restore();
}
