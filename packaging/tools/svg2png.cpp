// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-svg2png IN.svg OUT.png SIZE: renders the project's icon at one size (build-time tool,
// not installed). Qt's SVG renderer, which the program links anyway: no extra build dependency,
// on Windows too.
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: tertial-svg2png IN.svg OUT.png SIZE\n");
        return 2;
    }
    const int size = std::atoi(argv[3]);
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid() || size < 8 || size > 1024) {
        std::fprintf(stderr, "tertial-svg2png: %s: not a valid SVG, or size %s outside 8-1024\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::fprintf(stderr, "tertial-svg2png: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
