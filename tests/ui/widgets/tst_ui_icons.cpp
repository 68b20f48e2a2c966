// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "widgets/presentation/Icons.h"
#include "widgets/presentation/SvgIconEngine.h"

#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// Whether the pixmap holds anything but transparent pixels: an icon that failed to render is
// still a pixmap of the right size.
bool hasInk(const QPixmap &pm)
{
    const QImage image = pm.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
    return false;
}

} // namespace

// The bundled SVG icons are rasterised once per size, scale and mode and then drawn from the
// cache: a view paints them in every visible row at every repaint.
class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }
    void init() { QPixmapCache::clear(); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void rendersTheSvgAtTheSizeAsked_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("16 px") << QSize(16, 16) << 1.0;
        QTest::newRow("22 px") << QSize(22, 22) << 1.0;
        QTest::newRow("22 px at 2x") << QSize(22, 22) << 2.0;
        QTest::newRow("wide") << QSize(48, 32) << 1.0;
    }
    void rendersTheSvgAtTheSizeAsked()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        SvgIconEngine engine(u":/icons/payload-studio.svg"_s);
        Icons::application(); // registers the bundled resources
        const QPixmap pm = engine.scaledPixmap(size, QIcon::Normal, QIcon::Off, scale);
        QCOMPARE(pm.size(), size * scale);
        QCOMPARE(pm.devicePixelRatio(), scale);
        QVERIFY(hasInk(pm));
    }

    void aRepeatedPaintComesFromTheCache()
    {
        const QIcon icon = Icons::application();
        QPixmap target(64, 64);
        QPainter painter(&target);
        const int before = SvgIconEngine::renderCount();
        icon.paint(&painter, QRect(0, 0, 22, 22));
        QCOMPARE(SvgIconEngine::renderCount(), before + 1);
        for (int i = 0; i < 20; ++i)
            icon.paint(&painter, QRect(0, 22, 22, 22));
        QCOMPARE(SvgIconEngine::renderCount(), before + 1);
        icon.paint(&painter, QRect(0, 0, 32, 32));
        QCOMPARE(SvgIconEngine::renderCount(), before + 2);
    }

    void aDisabledIconFollowsThePalette()
    {
        const QIcon icon = Icons::application();
        const int before = SvgIconEngine::renderCount();
        icon.pixmap(QSize(22, 22), QIcon::Disabled);
        icon.pixmap(QSize(22, 22), QIcon::Disabled);
        QCOMPARE(SvgIconEngine::renderCount(), before + 1);
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        QApplication::setPalette(dark);
        icon.pixmap(QSize(22, 22), QIcon::Disabled);
        QCOMPARE(SvgIconEngine::renderCount(), before + 2);
    }

    // A model that returns the style's folder icon for every row returns one icon, whose
    // pixmaps are made once; a new style gets its own.
    void aStandardIconIsMadeOncePerStyle()
    {
        const QIcon first = Icons::standard(QStyle::SP_DirIcon);
        QCOMPARE(Icons::standard(QStyle::SP_DirIcon).cacheKey(), first.cacheKey());
        QVERIFY(Icons::standard(QStyle::SP_FileIcon).cacheKey() != first.cacheKey());
        QApplication::setStyle(QStyleFactory::create(u"Windows"_s));
        const QIcon other = Icons::standard(QStyle::SP_DirIcon);
        QVERIFY(other.cacheKey() != first.cacheKey());
        QCOMPARE(Icons::standard(QStyle::SP_DirIcon).cacheKey(), other.cacheKey());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    // The case the cache is for: repainting a view whose rows all carry the same icon renders
    // the SVG only for the first paint.
    void repaintingAViewRendersNothingNew()
    {
        QStandardItemModel model;
        for (int i = 0; i < 40; ++i)
            model.appendRow(new QStandardItem(Icons::application(), u"row %1"_s.arg(i)));
        QTreeView view;
        view.setModel(&model);
        view.resize(400, 600);
        view.grab();
        const int afterFirst = SvgIconEngine::renderCount();
        for (int i = 0; i < 3; ++i)
            view.grab();
        QCOMPARE(SvgIconEngine::renderCount(), afterFirst);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_ui_icons.moc"
