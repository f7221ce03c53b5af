// TileIcons: which device icon a tile shows, and the icon drawn in one
// colour. The icons are line drawings (resources/icons/devices); tinting
// them with a palette colour makes them read on light and dark cards alike
// and lets an "on" lamp glow in its accent colour.
//
// Not here: the colours themselves (theme.h).
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>
#include <homewire/device.h>

namespace homewire::ui {

// The icon's resource path for `entity` (by its device class, else by its
// kind); `on` picks the lit variant where there is one.
QString deviceIconPath(const devices::Entity &entity, bool on);

// The SVG at `path` rendered `size` logical pixels square for a screen of
// `devicePixelRatio`, every painted pixel in `color`. Cached.
QPixmap tintedIcon(const QString &path, const QColor &color, int size, qreal devicePixelRatio);

} // namespace homewire::ui
