#include "theme.h"

#include "systemappearance.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace homewire::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");

// The platform's style, remembered before the first theme replaces it.
QString &systemStyleName()
{
    static QString name;
    return name;
}

// The theme applied last; System before any, the look the application starts with.
Theme &appliedTheme()
{
    static Theme theme = Theme::System;
    return theme;
}

QPointer<SystemAppearance> &followedAppearance()
{
    static QPointer<SystemAppearance> appearance;
    return appearance;
}

bool prefersDark(const SystemAppearance *appearance)
{
    return appearance && appearance->prefersDark() == true;
}

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}

struct PaletteColors
{
    QColor window, windowText, base, alternateBase, text, button, light, midlight, mid, dark, shadow,
        highlight, highlightedText, link, linkVisited, placeholder, toolTipBase, toolTipText, disabledText,
        disabledBase, disabledButton, disabledHighlight, disabledHighlightedText, disabledPlaceholder,
        inactiveHighlight;
};

// Cool greys with a blue highlight; text on base is well above WCAG AA.
const PaletteColors kLight = {
    QColor(0xee, 0xf1, 0xf5), QColor(0x1d, 0x23, 0x2b), QColor(0xff, 0xff, 0xff), QColor(0xf5, 0xf7, 0xfa),
    QColor(0x1d, 0x23, 0x2b), QColor(0xf7, 0xf8, 0xfa), QColor(0xff, 0xff, 0xff), QColor(0xe3, 0xe7, 0xec),
    QColor(0xc3, 0xca, 0xd3), QColor(0x9a, 0xa4, 0xb0), QColor(0x5f, 0x6b, 0x7a), QColor(0x2f, 0x6f, 0xdb),
    QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x5f, 0xbf), QColor(0x6b, 0x4f, 0xbb), QColor(0x7a, 0x85, 0x93),
    QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x23, 0x2b), QColor(0x9a, 0xa3, 0xad), QColor(0xf3, 0xf5, 0xf8),
    QColor(0xee, 0xf1, 0xf5), QColor(0xb8, 0xc4, 0xd6), QColor(0xf5, 0xf7, 0xfa), QColor(0xb4, 0xbc, 0xc6),
    QColor(0xc9, 0xd8, 0xf2)};

// Dark greys (not black) so cards can sit a step above the window.
const PaletteColors kDark = {
    QColor(0x20, 0x23, 0x29), QColor(0xe6, 0xe9, 0xee), QColor(0x17, 0x19, 0x1d), QColor(0x1e, 0x21, 0x26),
    QColor(0xe6, 0xe9, 0xee), QColor(0x2c, 0x30, 0x37), QColor(0x3a, 0x3f, 0x47), QColor(0x30, 0x34, 0x3b),
    QColor(0x23, 0x26, 0x2b), QColor(0x12, 0x14, 0x17), QColor(0x00, 0x00, 0x00), QColor(0x35, 0x70, 0xd6),
    QColor(0xff, 0xff, 0xff), QColor(0x6e, 0xa8, 0xff), QColor(0xb3, 0x9d, 0xff), QColor(0x7d, 0x85, 0x91),
    QColor(0x2a, 0x2e, 0x35), QColor(0xe6, 0xe9, 0xee), QColor(0x6b, 0x72, 0x7c), QColor(0x1b, 0x1d, 0x21),
    QColor(0x24, 0x27, 0x2d), QColor(0x3a, 0x42, 0x50), QColor(0x9a, 0xa3, 0xad), QColor(0x55, 0x5b, 0x64),
    QColor(0x2f, 0x45, 0x6b)};

QPalette buildPalette(const PaletteColors &c)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &color) {
        p.setColor(role, color);
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.windowText);
    set(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);

    // An unfocused window keeps its selection visible, only quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight, c.inactiveHighlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.windowText);

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Button, c.disabledButton);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledPlaceholder);
    p.setColor(QPalette::Disabled, QPalette::Link, c.disabledText);
    return p;
}

} // namespace

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return buildPalette(kLight);
    case Theme::Dark:
        return buildPalette(kDark);
    case Theme::System:
        break;
    }
    return QApplication::palette();
}

void applyTheme(Theme theme)
{
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    appliedTheme() = theme;
    if (theme == Theme::System) {
        // A palette with no colours set resolves to the platform's own. Its
        // colours do not depend on the style, so the check below needs no
        // style switch; a platform palette that is dark already (KDE's) stays.
        QApplication::setPalette(QPalette());
        if (!prefersDark(followedAppearance()) || isDark(QApplication::palette())) {
            setStyleNamed(systemStyleName());
            QApplication::setPalette(QPalette());
            return;
        }
        theme = Theme::Dark;
    }
    setStyleNamed(QStringLiteral("Fusion"));
    QApplication::setPalette(themePalette(theme));
}

void setSystemAppearance(SystemAppearance *appearance)
{
    static QMetaObject::Connection connection;
    QObject::disconnect(connection);
    const bool wasDark = prefersDark(followedAppearance());
    followedAppearance() = appearance;
    if (appearance) {
        connection = QObject::connect(appearance, &SystemAppearance::changed, appearance, [] {
            if (appliedTheme() == Theme::System)
                applyTheme(Theme::System);
        });
    }
    if (appliedTheme() == Theme::System && (wasDark || prefersDark(appearance)))
        applyTheme(Theme::System);
}

void installSystemAppearance()
{
    static QPointer<SystemAppearance> installed;
    if (installed)
        return;
    installed = new SystemAppearance(qApp);
    setSystemAppearance(installed);
}

Theme savedTheme()
{
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void saveTheme(Theme theme)
{
    const QString name = theme == Theme::Light  ? QStringLiteral("light")
                         : theme == Theme::Dark ? QStringLiteral("dark")
                                                : QStringLiteral("system");
    QSettings().setValue(kThemeKey, name);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor accentColor(Accent accent, const QPalette &palette)
{
    // Light palettes get deeper tones (contrast on white), dark ones lighter.
    const bool dark = isDark(palette);
    switch (accent) {
    case Accent::Lamp:
        return dark ? QColor(0xff, 0xc2, 0x4d) : QColor(0xd9, 0x8a, 0x00);
    case Accent::Power:
        return dark ? QColor(0x5f, 0xd1, 0x7f) : QColor(0x23, 0x8b, 0x45);
    case Accent::Heat:
        return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xd8, 0x4a, 0x1b);
    case Accent::Active:
        return dark ? QColor(0x7a, 0xb0, 0xff) : QColor(0x25, 0x63, 0xd0);
    case Accent::Warning:
        return dark ? QColor(0xf5, 0xb1, 0x4c) : QColor(0xa8, 0x50, 0x00);
    case Accent::Error:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Highlight);
}

QColor cardColor(const QPalette &palette)
{
    if (isDark(palette))
        return mixColors(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.06);
    return palette.color(QPalette::Base);
}

} // namespace homewire::ui
