// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// payload-iconrender: renders the scalable application icon as the PNG sizes that menus and
// docks without SVG support look for, at build time, so the PNGs never lag behind the SVG.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // No display is needed to paint into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: payload-iconrender SVG SIZE PNG\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    const int size = args.at(2).toInt();
    if (!svg.isValid() || size <= 0) {
        std::fprintf(
            stderr, "payload-iconrender: cannot render %s at %s\n", qPrintable(args.at(1)), qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "payload-iconrender: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
