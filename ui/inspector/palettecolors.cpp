#include "palettecolors.h"

namespace homewire::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mixColors(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

QColor addedLineBackground(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Base), QColor(40, 167, 69),
                     isDarkPalette(palette) ? 0.35 : 0.22);
}

QColor removedLineBackground(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Base), QColor(215, 58, 73),
                     isDarkPalette(palette) ? 0.35 : 0.22);
}

QColor errorTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(255, 128, 128) : QColor(176, 0, 32);
}

QColor successTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(120, 220, 140) : QColor(20, 120, 50);
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

} // namespace homewire::ui
