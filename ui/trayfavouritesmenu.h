// TrayFavouritesMenu: the favourite lamps and switches (TrayFavourites) as
// entries of the tray menu, above the broker's lines: a "Favourites" line,
// one checkable entry per favourite ("Desk lamp — Office"), a separator.
// Nothing at all when there are no favourites.
//
// The entries follow the dashboard's order (rooms, then tiles) and names.
// The check mark is the state the device reported, never the one asked
// for: a command the device does not confirm leaves it as it was. An entry
// is disabled while there is no broker connection, while its device is
// offline, and while a device with an availability topic has not said yet
// whether it is there; its tooltip says which. Choosing an entry sends what
// a click on the tile's toggle sends, through the DeviceService.
//
// Not here: which entities are favourites (TrayFavourites), the rest of the
// menu (TrayIcon).
#pragma once

#include "devices/entitystate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace homewire::devices {
class DeviceRegistry;
class DeviceService;
} // namespace homewire::devices

namespace homewire::ui {

class TrayFavourites;
class TrayIcon;

class TrayFavouritesMenu : public QObject
{
    Q_OBJECT

public:
    // All three must outlive this; the entries leave the menu with it.
    TrayFavouritesMenu(TrayFavourites *favourites, devices::DeviceService *service, TrayIcon *tray,
                       QObject *parent = nullptr);
    ~TrayFavouritesMenu() override;

    // The favourites' entries, in menu order (without the line and separator).
    QList<QAction *> entries() const { return m_order; }
    QAction *entry(const devices::EntityRef &ref) const { return m_entries.value(ref); }
    QAction *header() const { return m_header; }

private:
    void rebuild();
    void clear();
    void updateAll();
    void applyStates(const QList<devices::EntityState> &states);
    void updateEntry(QAction *entry, const devices::EntityState &state);
    QString label(const devices::EntityRef &ref, const QString &room) const;
    // Why the entry cannot be used now; empty when it can.
    QString unavailableReason(const devices::EntityRef &ref, const devices::EntityState &state) const;
    static QString stateText(const devices::EntityState &state);
    void toggle(const devices::EntityRef &ref);

    TrayFavourites *m_favourites;
    devices::DeviceRegistry *m_registry;
    devices::DeviceService *m_service;
    TrayIcon *m_tray;
    QPointer<QMenu> m_menu;
    QAction *m_header = nullptr;
    QAction *m_separator = nullptr;
    QList<QAction *> m_order;
    QHash<devices::EntityRef, QAction *> m_entries;
};

} // namespace homewire::ui
