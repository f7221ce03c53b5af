// HomeAssistantRecognizer: finds devices in Home Assistant MQTT discovery
// configs (homeassistant/<component>/[<node_id>/]<object_id>/config, and the
// device-based homeassistant/device/<object_id>/config with "components").
// Entities that name the same device (device.identifiers[0], or its first
// connection) become one Device "homeassistant/<identifier>"; an entity
// without a device block is a Device of its own. An empty config removes
// its entity, and the device once it has none left.
//
// Pure logic on QtCore: no QObject, no I/O, so it can be fuzzed on its own.
// Not here: reading one config payload (discoveryconfig.h).
#pragma once

#include "discoveryconfig.h"

#include <QHash>
#include <QStringList>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::homeassistant {

class HomeAssistantRecognizer final : public devices::DeviceRecognizer
{
public:
    // Discovery configs are a few hundred bytes; anything near this is not one.
    static constexpr qsizetype MaxConfigSize = 1024 * 1024;
    // Bounds on what a broker full of junk can make this hold: a home has
    // hundreds of discovered devices, a device dozens of entities.
    static constexpr int MaxDevices = 1000;
    static constexpr int MaxEntitiesPerDevice = 128; // also components per device-based config

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    // One discovered entity: from a config topic, or one component of a
    // device-based config ("<topic>#<component id>").
    struct Source
    {
        QString deviceId;
        EntityConfig config;
    };
    // The sources of one device, and which of them holds each entity key.
    struct DeviceSources
    {
        QList<QByteArray> sources;         // in discovery order
        QHash<QString, QByteArray> owners; // entity key -> source
    };

    void inspectEntityConfig(const QByteArray &topic, const QString &component, const QString &objectId,
                             const QJsonObject &payload, devices::Recognition *recognition);
    void inspectDeviceConfig(const QByteArray &topic, const QString &objectId, const QJsonObject &payload,
                             devices::Recognition *recognition);
    // False (with a reason in `error`) when the entity's key is already taken
    // in its device by another config, or a limit is reached.
    bool applySource(const QByteArray &key, const EntityConfig &config, const QString &standaloneId,
                     QString *error);
    void removeSource(const QByteArray &key);
    devices::Device buildDevice(const QString &id, const DeviceSources &sources) const;
    void report(devices::Recognition *recognition);

    QHash<QByteArray, Source> m_sources;
    QHash<QString, DeviceSources> m_devices;
    QHash<QByteArray, QStringList> m_deviceComponents; // device-based config topic -> component ids
    QHash<QString, devices::Device> m_reported;
    QStringList m_touched; // devices changed by the message being inspected
};

} // namespace homewire::plugins::homeassistant
