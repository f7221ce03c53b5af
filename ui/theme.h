// Theme: the application's light and dark looks, and the few colours that
// are Homewire's own (the "on" accents of dashboard tiles, warnings).
//
// Light and Dark are the Fusion style with a palette chosen here, so they
// look the same on every platform; System gives the platform's own style and
// palette back, unless the desktop prefers dark (SystemAppearance) and the
// platform's palette is light, as GNOME's and Windows' are under Qt 6.4:
// then System is Fusion with the Dark palette. Widgets never hard-code
// colours: they read the palette, or ask accentColor() with the palette they
// paint with, so both themes work and a theme switch (QEvent::PaletteChange)
// is all it takes to repaint.
//
// Not here: the menu that picks a theme (MainWindow), fonts and sizes.
#pragma once

#include "ui/inspector/palettecolors.h" // mixColors()

#include <QColor>
#include <QPalette>

namespace homewire::ui {

class SystemAppearance;

enum class Theme
{
    System,
    Light,
    Dark,
};

// Applies `theme` to the whole application (style and palette).
void applyTheme(Theme theme);

// The desktop preference Theme::System follows; nullptr (the start): none,
// System is the platform's look alone. Not owned. While System is the theme
// applied last, each change of `appearance` applies System again.
void setSystemAppearance(SystemAppearance *appearance);
// setSystemAppearance() with the application's own SystemAppearance (a child
// of qApp), made on the first call; later calls change nothing.
void installSystemAppearance();

// The theme chosen last (QSettings "ui/theme"); System when none.
Theme savedTheme();
void saveTheme(Theme theme);

// The palette Light or Dark applies (System: the current application palette).
QPalette themePalette(Theme theme);

// Whether `palette` is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

// Colours with a meaning, tuned for a light or dark palette.
enum class Accent
{
    Lamp,    // a lamp that is on: amber
    Power,   // a switch, plug or fan that is on: green
    Heat,    // a heater that is on: orange-red
    Active,  // a binary sensor that detects something: blue
    Warning, // a command the device did not confirm
    Error,   // a command that could not be sent
};
QColor accentColor(Accent accent, const QPalette &palette);

// The background of a card (a dashboard tile) on the window: white on a
// light grey window, a lifted grey on a dark one.
QColor cardColor(const QPalette &palette);

} // namespace homewire::ui
