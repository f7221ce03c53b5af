// NewDevicesPanel: the devices conventions discovered that the user has not
// accepted or ignored yet. Each shows its name, where it came from (the
// convention, manufacturer and model), what it has ("switch, 2 sensors"), a
// room to put it in (the existing rooms, the room it suggests, or a new one)
// and Accept / Ignore; "Accept all" takes them all into their chosen rooms.
//
// Not here: discovery (DeviceRuntime), the layout (DeviceRegistry).
#pragma once

#include <QFrame>
#include <QHash>
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

    // The room combo of a listed device (tests, keyboard).
    QComboBox *roomChooser(const QString &deviceId) const;
    QPushButton *acceptButton(const QString &deviceId) const;
    QPushButton *ignoreButton(const QString &deviceId) const;
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QStringList listedDevices() const;

    // Accepts `deviceId` into the room chosen for it (made if new).
    bool acceptDevice(const QString &deviceId);
    void acceptAll();

private:
    struct Card
    {
        QWidget *widget = nullptr;
        QComboBox *room = nullptr;
        QPushButton *accept = nullptr;
        QPushButton *ignore = nullptr;
    };

    void scheduleRefresh();
    void refresh();
    QWidget *createCard(const devices::Device &device, Card *card);
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
};

} // namespace homewire::ui
