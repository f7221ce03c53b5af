// TrayFavourites: the switches and lamps the user wants one click away in
// the tray menu. Kept in QSettings (tray/favourites) as a list of
// "<device id>#<entity key>", each part percent-encoded so neither a '#'
// nor a '%' in an id can split it differently.
//
// Only what a tile shows a toggle for can be a favourite: a switch or light
// with a command topic (Entity::isCommandable) of an accepted device. A
// favourite whose device leaves the registry (removed, ignored), or whose
// entity goes or stops being switchable, is dropped from the set and from
// the settings. The registry reads devices.db on its own thread: until it
// has, a favourite it does not know yet is kept, not dropped (a registry
// that never reads a file drops only favourites it knew and lost).
//
// Not here: the tray entries (TrayFavouritesMenu), the tile menu's entry
// (DashboardPage).
#pragma once

#include "devices/entitystate.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::ui {

class TrayFavourites : public QObject
{
    Q_OBJECT

public:
    // Reads the settings; the registry must outlive this.
    explicit TrayFavourites(devices::DeviceRegistry *registry, QObject *parent = nullptr);

    devices::DeviceRegistry *registry() const { return m_registry; }
    // Whether `ref` may be a favourite: a switchable entity of an accepted device.
    bool canBeFavourite(const devices::EntityRef &ref) const;
    bool contains(const devices::EntityRef &ref) const { return m_refs.contains(ref); }
    // Adds (refused, returning false, when !canBeFavourite) or removes `ref`;
    // saved at once. changed() follows when the set changed.
    bool setFavourite(const devices::EntityRef &ref, bool favourite);
    // Every favourite, in the order added (as stored).
    QList<devices::EntityRef> favourites() const { return m_refs; }
    // The favourites on the dashboard, in its order: room by room, tile by tile.
    QList<devices::EntityRef> ordered() const;

    // The stored form: "manual/desk-lamp-1a2b#power"; nullopt for a string
    // that is not one.
    static QString toSetting(const devices::EntityRef &ref);
    static std::optional<devices::EntityRef> fromSetting(const QString &text);

signals:
    void changed();

private:
    void prune();
    void save() const;

    devices::DeviceRegistry *m_registry;
    QList<devices::EntityRef> m_refs;
    QSet<devices::EntityRef> m_seen; // favourites the registry has known
};

} // namespace homewire::ui
