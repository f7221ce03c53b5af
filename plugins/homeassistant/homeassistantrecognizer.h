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

    void inspectEntityConfig(const QByteArray &topic, const QString &component, const QString &objectId,
                             const QJsonObject &payload, devices::Recognition *recognition);
    void inspectDeviceConfig(const QByteArray &topic, const QString &objectId, const QJsonObject &payload,
                             devices::Recognition *recognition);
    // False (with a reason in `error`) when the entity's key is already taken
    // in its device by another config.
    bool applySource(const QByteArray &key, const EntityConfig &config, const QString &standaloneId,
                     QString *error);
    void removeSource(const QByteArray &key);
    devices::Device buildDevice(const QString &id) const;
    void report(devices::Recognition *recognition);

    QHash<QByteArray, Source> m_sources;
    QHash<QString, QList<QByteArray>> m_deviceSources; // in discovery order
    QHash<QByteArray, QStringList> m_deviceComponents; // device-based config topic -> component ids
    QHash<QString, devices::Device> m_reported;
    QStringList m_touched; // devices changed by the message being inspected
};

} // namespace homewire::plugins::homeassistant
