// Colours derived from the widget palette, so the inspector and the publish
// panel read well in light and dark themes alike: diff backgrounds are the
// base colour tinted towards green or red, inline messages pick a red or green
// that contrasts with the window colour.
//
// Not here: anything with fixed colours for one theme.
#pragma once

#include <QColor>
#include <QPalette>

namespace homewire::ui {

bool isDarkPalette(const QPalette &palette);
// `a` moved towards `b` by `amount` (0..1).
QColor mixColors(const QColor &a, const QColor &b, qreal amount);
QColor addedLineBackground(const QPalette &palette);
QColor removedLineBackground(const QPalette &palette);
QColor errorTextColor(const QPalette &palette);
QColor successTextColor(const QPalette &palette);
// Text colour for secondary information (line numbers, hints).
QColor secondaryTextColor(const QPalette &palette);

} // namespace homewire::ui
