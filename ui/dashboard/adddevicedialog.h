// AddDeviceDialog: "Add device" by hand, for devices that do not announce
// themselves: a lamp or switch, a dimmable light, a sensor or a binary sensor
// on plain MQTT topics. The simplest case takes a name and a topic; payloads,
// a state topic (with a JSON field), an availability topic, a unit or a
// brightness range are there when needed. Every field says under itself what
// is wrong with it, and OK stays disabled until nothing is.
//
// On OK it makes the device (devices::makeManualDevice) and adds it to the
// registry in the chosen room, making the room when its name is new.
//
// Not here: discovered devices (NewDevicesPanel), editing existing devices.
#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>
#include <homewire/device.h>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::ui {

class AddDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddDeviceDialog(devices::DeviceRegistry *registry, QWidget *parent = nullptr);

    void setKind(devices::EntityKind kind);
    void setRoomName(const QString &name);
    // The device the fields describe now (valid or not).
    devices::Device device() const;
    QString roomName() const;
    bool isAcceptable() const;
    // After OK: the id of the device added.
    QString addedDeviceId() const { return m_addedDeviceId; }

    void accept() override;

private:
    QWidget *createDeviceGroup();
    QWidget *createOptionalGroup();
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName,
                        const QString &placeholder);
    QLabel *problemLabel(QLineEdit *field) const { return m_problems.value(field); }
    void showProblem(QLineEdit *field, const QString &problem);
    void onKindChanged();
    void validate();
    QString payloadProblem(QLineEdit *on, QLineEdit *off) const;
    std::optional<qint64> existingRoom(const QString &name) const;

    devices::DeviceRegistry *m_registry;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_room = nullptr;
    QLabel *m_roomNote = nullptr;
    QLabel *m_topicLabel = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_unit = nullptr;
    QSpinBox *m_brightnessMax = nullptr;
    QLineEdit *m_payloadOn = nullptr;
    QLineEdit *m_payloadOff = nullptr;
    QLineEdit *m_stateTopic = nullptr;
    QLineEdit *m_jsonField = nullptr;
    QLineEdit *m_availabilityTopic = nullptr;
    QLineEdit *m_online = nullptr;
    QLineEdit *m_offline = nullptr;
    QFormLayout *m_deviceForm = nullptr;
    QFormLayout *m_optionalForm = nullptr;
    QLabel *m_optionalNote = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QLineEdit *, QLabel *> m_problems;
    QSet<QLineEdit *> m_touched; // edited at least once: empty now counts as a problem to show
    QString m_addedDeviceId;
};

} // namespace homewire::ui
