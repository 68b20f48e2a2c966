// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "model/IntegrityStatus.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/StatusColours.h"
#include "window/MainWindow.h"

#include <KMessageWidget>

#include <QBrush>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A light and a dark palette as colour schemes give them (Breeze Light's and Breeze Dark's
// window, view and text colours).
QPalette schemePalette(bool dark)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QPalette p = fusion->standardPalette();
    const QColor window = dark ? QColor(0x20, 0x23, 0x26) : QColor(0xef, 0xf0, 0xf1);
    const QColor base = dark ? QColor(0x14, 0x16, 0x18) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x29);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? base.lighter(130) : window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

} // namespace

// Status colours stay readable under light and dark colour schemes, and no fixed colour is
// drawn where the scheme should decide.
class TestColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void statusTextHasContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("role");
        for (bool dark : {false, true})
            for (auto role :
                {StatusColours::Role::Negative, StatusColours::Role::Neutral, StatusColours::Role::Positive})
                QTest::addRow("%s, role %d", dark ? "dark" : "light", int(role)) << dark << int(role);
    }

    // On a view's background and on a window's, in both schemes: WCAG's 4.5:1 for text.
    void statusTextHasContrast()
    {
        QFETCH(bool, dark);
        QFETCH(int, role);
        const QPalette palette = schemePalette(dark);
        const auto r = StatusColours::Role(role);
        const QColor onView = StatusColours::forView(r, palette);
        const QColor onWindow = StatusColours::forWindow(r, palette);
        QVERIFY2(StatusColours::contrast(onView, palette.color(QPalette::Base)) >= StatusColours::minimumContrast,
            qPrintable(onView.name()));
        QVERIFY2(StatusColours::contrast(onWindow, palette.color(QPalette::Window)) >= StatusColours::minimumContrast,
            qPrintable(onWindow.name()));
        // Still recognisably red, orange or green: the strongest channel is the role's own.
        const int strongest = std::max({onView.red(), onView.green(), onView.blue()});
        if (r == StatusColours::Role::Negative || r == StatusColours::Role::Neutral)
            QCOMPARE(onView.red(), strongest);
        else
            QCOMPARE(onView.green(), strongest);
    }

    void contrastIsWcags()
    {
        QCOMPARE(qRound(StatusColours::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(StatusColours::contrast(Qt::gray, Qt::gray), 1.0);
    }

    void tablesFollowTheApplicationPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // The tables' error and warning rows use the colours of the palette in force.
    void tablesFollowTheApplicationPalette()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(schemePalette(dark));
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (auto level : {IntegrityStatus::Level::Error, IntegrityStatus::Level::Warning}) {
            const QColor colour = IntegrityStatus::foreground(level).value<QBrush>().color();
            QVERIFY2(
                StatusColours::contrast(colour, base) >= StatusColours::minimumContrast, qPrintable(colour.name()));
        }
        const QColor over = FillMeter::overColor();
        QVERIFY(StatusColours::contrast(over, QApplication::palette().color(QPalette::HighlightedText)) >=
            StatusColours::minimumContrast);
    }

    // The notices are KDE's KMessageWidget (its colours come from the scheme), and no widget
    // of the window carries a style sheet with a colour of its own.
    void noFixedColoursInTheWindow()
    {
        QApplication::setPalette(schemePalette(true));
        MainWindow window;
        ImagePanel *image = window.openImage(u"/nonexistent/none.img"_s);
        QVERIFY(qobject_cast<KMessageWidget *>(window.authoringPanel()->notice()));
        QVERIFY(qobject_cast<KMessageWidget *>(image->notice()));
        const QList<NoticeBar *> notices = window.findChildren<NoticeBar *>();
        QVERIFY(notices.size() >= 2);
        for (NoticeBar *notice : notices) {
            notice->showNotice(KMessageWidget::Error, u"text"_s);
            QCOMPARE(notice->messageType(), KMessageWidget::Error);
            QVERIFY(notice->styleSheet().isEmpty());
        }
        static const QRegularExpression colour(u"#[0-9a-fA-F]{3,8}\\b|rgba?\\(|color\\s*:"_s);
        for (QWidget *w : window.findChildren<QWidget *>())
            if (!qobject_cast<KMessageWidget *>(w) && !qobject_cast<KMessageWidget *>(w->parentWidget()))
                QVERIFY2(!colour.match(w->styleSheet()).hasMatch(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + u": "_s + w->styleSheet()));
    }
};

QTEST_MAIN(TestColours)
#include "tst_ui_colours.moc"
