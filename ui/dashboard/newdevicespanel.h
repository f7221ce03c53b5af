// NewDevicesPanel: the devices conventions discovered that the user has not
// accepted or ignored yet. Each shows its name, where it came from (the
// convention, manufacturer and model), what it has ("switch, 2 sensors"), a
// room to put it in (the existing rooms, the room it suggests, or a new one)
// and Accept / Ignore; "Accept all" takes them all into their chosen rooms.
//
// Cards follow the registry one by one: a device that comes or goes adds or
// removes its card only, and a card's room list is refilled only when it
// differs, so an open room drop-down survives an unrelated announcement.
// While the panel is hidden nothing is built; it catches up when shown.
//
// Not here: discovery (DeviceRuntime), the layout (DeviceRegistry).
#pragma once

#include <QFrame>
#include <QHash>
#include <QVariant>
#include <homewire/device.h>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::ui {

class NewDevicesPanel : public QFrame
{
    Q_OBJECT

public:
    explicit NewDevicesPanel(devices::DeviceRegistry *registry, QWidget *parent = nullptr);

    // "switch, 2 sensors": what a device has, in words.
    static QString entitySummary(const devices::Device &device);

    // The room combo of a listed device (tests, keyboard). Only a shown panel
    // lists devices.
    QComboBox *roomChooser(const QString &deviceId) const;
    QPushButton *acceptButton(const QString &deviceId) const;
    QPushButton *ignoreButton(const QString &deviceId) const;
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QStringList listedDevices() const;

    // Accepts `deviceId` into the room chosen for it (made if new).
    bool acceptDevice(const QString &deviceId);
    void acceptAll();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Card
    {
        QWidget *widget = nullptr;
        QLabel *name = nullptr;
        QLabel *origin = nullptr;
        QLabel *summary = nullptr;
        QComboBox *room = nullptr;
        QPushButton *accept = nullptr;
        QPushButton *ignore = nullptr;
        devices::Device device; // as the card shows it
    };
    // One entry of a room chooser.
    struct RoomItem
    {
        QString text;
        QVariant roomId;  // an existing room
        QString newRoom;  // a room accepting would make
        bool ask = false; // "New room…"
        friend bool operator==(const RoomItem &, const RoomItem &) = default;
    };

    void scheduleRefresh();
    void refresh();
    QWidget *createCard(const devices::Device &device, Card *card);
    // The card's texts for `device`.
    void describe(Card &card, const devices::Device &device);
    void updateCard(Card &card, const devices::Device &device);
    // The chooser's entries for `device`, and which one to select.
    QList<RoomItem> roomItems(const devices::Device &device, int *selected) const;
    void fillRooms(QComboBox *combo, const devices::Device &device);
    void recordChoice(const QString &deviceId, int index);
    void onRoomActivated(const QString &deviceId, int index);
    qint64 resolveRoom(const QString &deviceId);

    devices::DeviceRegistry *m_registry;
    QVBoxLayout *m_cards;
    QLabel *m_empty;
    QPushButton *m_acceptAll;
    QHash<QString, Card> m_cardsById;
    QHash<QString, QString> m_chosenRoom; // device id -> room name the user chose
    bool m_refreshPending = false;
    bool m_stale = true; // the registry changed while the panel was hidden
};

} // namespace homewire::ui
