#include "shellydevice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using homewire::devices::Device;
using homewire::devices::Entity;
using homewire::devices::EntityKind;
using homewire::devices::Recognition;

namespace homewire::plugins::shelly {

Device shellyDevice(const QString &id)
{
    Device device;
    device.id = QStringLiteral("shelly/") + id;
    device.name = id;
    device.convention = QStringLiteral("shelly");
    device.manufacturer = QStringLiteral("Shelly");
    return device;
}

void setAvailability(Entity &entity, const QByteArray &base)
{
    entity.availabilityTopic = base + "/online";
    entity.payloadAvailable = "true";
    entity.payloadNotAvailable = "false";
}

Entity sensorEntity(const QString &key, const QString &name, const QString &deviceClass, const QString &unit,
                    const QByteArray &stateTopic, const QByteArray &base)
{
    Entity sensor;
    sensor.key = key;
    sensor.name = name;
    sensor.kind = EntityKind::Sensor;
    sensor.deviceClass = deviceClass;
    sensor.unit = unit;
    sensor.stateTopic = stateTopic;
    setAvailability(sensor, base);
    return sensor;
}

Recognition reportIfChanged(std::optional<Device> &reported, Device device, const QString &error)
{
    Recognition recognition;
    recognition.error = error;
    if (reported != device) {
        reported = device;
        recognition.devices.append(std::move(device));
    }
    return recognition;
}

std::optional<QJsonObject> parseObject(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString tooManyDevicesError(int maxDevices)
{
    return QCoreApplication::translate("ShellyRecognizer", "more than %1 Shelly devices; this one is ignored")
        .arg(maxDevices);
}

} // namespace homewire::plugins::shelly
