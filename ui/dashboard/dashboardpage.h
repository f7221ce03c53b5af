// DashboardPage: the home at a glance. A header (title, the broker
// connection, Add device…, Add room…, New devices with a count, and whether
// discovered devices are added automatically), the rooms in order with their
// tiles, and the New devices panel at the side.
//
// The page draws what the DeviceRegistry says (rebuilt on layoutChanged,
// keeping tiles, focus and scroll position) and hands each tile its state
// from the DeviceService. Tiles move by drag and drop, or from the keyboard
// through the tile's menu (Move to room, Move earlier, Move later); rooms
// by dragging their header or from their menu.
//
// Not here: tile drawing and commands (ui/tiles), layout rules and storage
// (DeviceRegistry), live state (DeviceService).
#pragma once

#include "client/connectionprofile.h"
#include "devices/entitystate.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QMenu;
class QPushButton;
class QScrollArea;
class QTimer;

namespace homewire::devices {
class DeviceRegistry;
class DeviceService;
} // namespace homewire::devices

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::ui {

class BadgeButton;
class ConnectionIndicator;
class EntityTile;
class NewDevicesPanel;
class RoomList;
class RoomSection;
class TrayFavourites;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(devices::DeviceRegistry *registry, devices::DeviceService *service,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    QList<RoomSection *> sections() const;
    EntityTile *tile(const devices::EntityRef &ref) const { return m_tiles.value(ref); }
    NewDevicesPanel *newDevicesPanel() const { return m_newDevices; }
    BadgeButton *newDevicesButton() const { return m_newDevicesButton; }
    QPushButton *addDeviceButton() const { return m_addDevice; }
    QPushButton *addRoomButton() const { return m_addRoom; }
    QCheckBox *autoAddBox() const { return m_autoAdd; }
    QWidget *emptyState() const { return m_emptyState; }
    RoomList *roomList() const { return m_list; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QString connectionText() const;
    // Offers "Change broker…" next to the connection line, choosing among
    // these profiles; the choice comes back through brokerChosen().
    void setProfiles(store::ProfileStore *profiles, store::SecretStore *secrets);
    QPushButton *changeBrokerButton() const { return m_changeBroker; }
    void showBrokerDialog();

    // A tile dropped into `roomId` at `slot` (0..tiles in the room, counting
    // the dragged tile where it is now): what a drop does, without QDrag.
    bool dropTile(const devices::EntityRef &ref, qint64 roomId, int slot);
    // A room dropped at `slot` among the rooms (counting itself).
    bool dropRoom(qint64 roomId, int slot);
    // The tile's menu: Move to room ▸, Move earlier, Move later, Show in
    // tray menu (a switch or lamp, with favourites set), Remove device….
    // The caller owns it.
    QMenu *createTileMenu(EntityTile *tile);
    // Where "Show in tray menu" keeps its choice; nullptr: no such entry.
    void setTrayFavourites(TrayFavourites *favourites);

    void showAddDeviceDialog();
    void showAddRoomDialog();

signals:
    // The user chose the broker the devices live on (with its password).
    void brokerChosen(const homewire::client::ConnectionProfile &profile);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeader();
    // One header row when everything fits beside the title and the
    // connection line, else the actions on a second row (narrow windows,
    // languages with long labels).
    void arrangeHeader();
    QWidget *createEmptyState();
    void updateConnection();
    void updateNewDevicesCount();
    void scheduleRebuild();
    void rebuild();
    QList<EntityTile *> takeTiles(qint64 roomId, QHash<devices::EntityRef, EntityTile *> *oldTiles);
    static void discard(QWidget *widget);
    RoomSection *createSection(qint64 roomId);
    EntityTile *createTile(const devices::EntityRef &ref);
    void updateTabOrder();
    void applyStates(const QList<devices::EntityState> &states);
    void startTileDrag(EntityTile *tile);
    void startRoomDrag(qint64 roomId);
    void autoScrollStep();
    void showTileMenu(EntityTile *tile, const QPoint &globalPos);
    void moveTileBy(const devices::EntityRef &ref, int delta);
    void confirmRemoveDevice(const QString &deviceId);
    void renameRoom(qint64 roomId);
    void confirmRemoveRoom(qint64 roomId);
    void moveRoomBy(qint64 roomId, int delta);
    std::optional<std::pair<qint64, int>> placeOf(const devices::EntityRef &ref) const;

    devices::DeviceRegistry *m_registry;
    devices::DeviceService *m_service;
    ConnectionIndicator *m_connection = nullptr;
    QPushButton *m_addDevice = nullptr;
    QPushButton *m_changeBroker = nullptr;
    store::ProfileStore *m_profiles = nullptr;
    store::SecretStore *m_secrets = nullptr;
    QPointer<TrayFavourites> m_favourites;
    QPushButton *m_addRoom = nullptr;
    BadgeButton *m_newDevicesButton = nullptr;
    QCheckBox *m_autoAdd = nullptr;
    QWidget *m_title = nullptr;
    QHBoxLayout *m_headerTop = nullptr;
    QHBoxLayout *m_headerBottom = nullptr;
    int m_headerRows = 0; // 1 or 2 once arranged
    QWidget *m_emptyState = nullptr;
    QScrollArea *m_scroll = nullptr;
    RoomList *m_list = nullptr;
    NewDevicesPanel *m_newDevices = nullptr;
    QTimer *m_autoScroll = nullptr;
    QHash<devices::EntityRef, EntityTile *> m_tiles;
    QHash<qint64, RoomSection *> m_sections;
    QSet<QString> m_staleDevices; // changed definitions: their tiles are made anew
    bool m_rebuildPending = false;
};

} // namespace homewire::ui
