// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "widgets/views/ShapedTextDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 6;
const QColor Ink(0x10, 0x20, 0xc0);

// The box of the pixels in `rect` drawn in `colour` (within a little tolerance): where the text
// landed. Glyph stems in a 20-pixel font cover whole pixels, which keep the exact colour.
QRect inkBox(const QImage &image, const QRect &area, const QColor &colour)
{
    const QRect rect = area & image.rect();
    QRect box;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= 8 && std::abs(c.green() - colour.green()) <= 8 &&
                std::abs(c.blue() - colour.blue()) <= 8)
                box |= QRect(x, y, 1, 1);
        }
    return box;
}

struct Table
{
    QStandardItemModel model;
    QTableView view;

    Table(const QString &text, Qt::Alignment alignment, int columnWidth)
    {
        QFont font = view.font();
        font.setPixelSize(20);
        view.setFont(font);
        view.setWordWrap(false);
        view.setTextElideMode(Qt::ElideMiddle);
        view.verticalHeader()->setDefaultSectionSize(32);
        QPalette palette = view.palette();
        palette.setColor(QPalette::Text, Ink);
        palette.setColor(QPalette::HighlightedText, Ink);
        palette.setColor(QPalette::Highlight, Qt::white);
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, Qt::white);
        view.setPalette(palette);
        for (int r = 0; r < Rows; ++r) {
            auto *item = new QStandardItem(text.arg(r));
            item->setTextAlignment(alignment);
            model.appendRow(item);
        }
        view.setModel(&model);
        view.setColumnWidth(0, columnWidth);
        view.resize(columnWidth + 80, Rows * 32 + 60);
    }
    QImage render() { return view.grab().toImage(); }
    QRect cell(int row) const { return view.visualRect(model.index(row, 0)).translated(view.viewport()->pos()); }
};

} // namespace

// The large lists' delegate draws each cell's text where and how QStyledItemDelegate draws it,
// but shapes each text once: repainting the same rows shapes nothing.
class TestShapedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void drawsTheTextWhereTheStyleDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<bool>("selected");
        QTest::newRow("left") << u"gcc-4.7.4.tar.bz2 %1"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
        QTest::newRow("right, a number") << u"1,048,57%1"_s << int(Qt::AlignRight | Qt::AlignVCenter) << false;
        QTest::newRow("centred") << u"ok %1"_s << int(Qt::AlignHCenter | Qt::AlignVCenter) << false;
        QTest::newRow("selected") << u"musl-1.2.4.tar.gz %1"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << true;
    }
    void drawsTheTextWhereTheStyleDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(bool, selected);
        Table table(text, Qt::Alignment(alignment), 320);
        if (selected)
            table.view.selectRow(2);
        table.view.setItemDelegate(new QStyledItemDelegate(&table.view));
        const QImage expected = table.render();
        table.view.setItemDelegate(new ShapedTextDelegate(&table.view));
        const QImage actual = table.render();
        for (int r = 0; r < Rows; ++r) {
            const QRect want = inkBox(expected, table.cell(r), Ink);
            const QRect got = inkBox(actual, table.cell(r), Ink);
            QVERIFY2(!want.isEmpty(), "the style drew no text to compare with");
            QVERIFY2(std::abs(got.left() - want.left()) <= 1 && std::abs(got.right() - want.right()) <= 1 &&
                    std::abs(got.top() - want.top()) <= 1 && std::abs(got.bottom() - want.bottom()) <= 1,
                qPrintable(u"row %1: text drawn at %2,%3 %4x%5, the style draws it at %6,%7 %8x%9"_s.arg(r)
                               .arg(got.x())
                               .arg(got.y())
                               .arg(got.width())
                               .arg(got.height())
                               .arg(want.x())
                               .arg(want.y())
                               .arg(want.width())
                               .arg(want.height())));
        }
    }

    void elidesTextWiderThanItsCell()
    {
        const QString text = u"a-very-long-distfile-name-that-cannot-fit-%1.tar.gz"_s;
        Table wide(text, Qt::AlignLeft | Qt::AlignVCenter, 900);
        wide.view.setItemDelegate(new ShapedTextDelegate(&wide.view));
        const int fullWidth = inkBox(wide.render(), wide.cell(0), Ink).width();
        Table narrow(text, Qt::AlignLeft | Qt::AlignVCenter, 200);
        narrow.view.setItemDelegate(new ShapedTextDelegate(&narrow.view));
        const QImage image = narrow.render();
        for (int r = 0; r < Rows; ++r) {
            const QRect cell = narrow.cell(r);
            const QRect ink = inkBox(image, cell.adjusted(-40, 0, 40, 0), Ink);
            QVERIFY(!ink.isEmpty());
            QVERIFY2(cell.contains(ink), "elided text stays inside its cell");
            QVERIFY(ink.width() < fullWidth);
            QVERIFY(ink.width() > cell.width() / 2);
        }
    }

    void aRepaintShapesNothing()
    {
        Table table(u"binutils-2.%1.tar.xz"_s, Qt::AlignLeft | Qt::AlignVCenter, 320);
        table.view.setItemDelegate(new ShapedTextDelegate(&table.view));
        const int before = ShapedTextDelegate::shapedCount();
        table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before + Rows);
        for (int i = 0; i < 3; ++i)
            table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before + Rows);
        // A changed text is shaped again, and only that one.
        table.model.item(3)->setText(u"binutils-2.42.tar.xz"_s);
        table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before + Rows + 1);
    }

    // A bold row and a regular row with the same text: each is drawn in its own font, and both
    // stay cached side by side.
    void eachFontHasItsOwnGlyphs()
    {
        Table table(u"gcc-13.2.0.tar.xz"_s, Qt::AlignLeft | Qt::AlignVCenter, 320);
        QFont bold = table.view.font();
        bold.setBold(true);
        for (int r = 1; r < Rows; r += 2)
            table.model.item(r)->setFont(bold);
        table.view.setItemDelegate(new ShapedTextDelegate(&table.view));
        const int before = ShapedTextDelegate::shapedCount();
        const QImage image = table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before + 2);
        table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before + 2);
        const int regular = inkBox(image, table.cell(0), Ink).width();
        const int wider = inkBox(image, table.cell(1), Ink).width();
        QVERIFY2(wider > regular, qPrintable(u"bold %1 px, regular %2 px"_s.arg(wider).arg(regular)));
        QCOMPARE(inkBox(image, table.cell(2), Ink).width(), regular);
    }

    void multiLineTextIsLeftToTheStyle()
    {
        Table table(u"first line %1\nsecond line"_s, Qt::AlignLeft | Qt::AlignVCenter, 320);
        table.view.setItemDelegate(new ShapedTextDelegate(&table.view));
        const int before = ShapedTextDelegate::shapedCount();
        const QImage image = table.render();
        QCOMPARE(ShapedTextDelegate::shapedCount(), before);
        QVERIFY(!inkBox(image, table.cell(0), Ink).isEmpty());
    }
};

QTEST_MAIN(TestShapedText)
#include "tst_ui_shaped_text.moc"
