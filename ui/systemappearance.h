// SystemAppearance: whether the desktop prefers a dark or a light look, for
// Theme::System under Qt 6.4, which has no QStyleHints::colorScheme() and
// whose GNOME and Windows platform themes give a light palette either way.
//
// Linux and the BSDs ask the XDG desktop portal (org.freedesktop.appearance
// color-scheme) on the session bus and follow its SettingChanged signal; the
// question is asynchronous, so until the answer arrives, and without a bus or
// a portal, nothing is known. Windows reads AppsUseLightTheme in the registry
// and reads it again when the platform reports a change. macOS: nothing here,
// Qt's own palette follows the system there.
//
// Not here: what the answer does to the look (theme.cpp).
#pragma once

#include <QObject>
#include <optional>

namespace homewire::ui {

class SystemAppearance : public QObject
{
    Q_OBJECT

public:
    explicit SystemAppearance(QObject *parent = nullptr);

    // true: the desktop prefers dark; false: light; nullopt: no preference
    // known (none set, no portal, or no answer yet).
    std::optional<bool> prefersDark() const { return m_prefersDark; }

signals:
    // prefersDark() has a new value.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPrefersDark(std::optional<bool> prefersDark);
    // Windows: one registry read for a burst of change events.
    void readAgainSoon();

    std::optional<bool> m_prefersDark;
    bool m_readPending = false;
};

} // namespace homewire::ui
