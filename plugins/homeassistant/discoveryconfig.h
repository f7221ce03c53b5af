// Reads one Home Assistant MQTT discovery config payload (already parsed as
// JSON) into a Homewire Entity and the device block it belongs to: expands
// the documented abbreviations and the "~" base topic, applies Home
// Assistant's defaults, and maps switch, light (default and JSON schema),
// fan, sensor and binary_sensor onto Entity kinds.
//
// Not here: topics of the config messages, grouping entities into devices,
// or remembering anything (HomeAssistantRecognizer does that).
#pragma once

#include <QJsonObject>
#include <QString>
#include <homewire/device.h>
#include <optional>

namespace homewire::plugins::homeassistant {

// The "device" block of a config: what groups entities into one Device.
struct DeviceBlock
{
    QString identifier; // identifiers[0], else the first connection; empty: no block
    QString name;
    QString manufacturer;
    QString model;
    QString suggestedArea;
    friend bool operator==(const DeviceBlock &, const DeviceBlock &) = default;
};

struct EntityConfig
{
    devices::Entity entity;
    DeviceBlock device;
    QString uniqueId;
    QString note; // accepted, but read approximately (a template Homewire cannot follow)
};

struct ConfigReading
{
    std::optional<EntityConfig> config; // nothing: rejected, see error
    QString error;
};

// Whether Homewire maps this discovery component onto an entity.
bool isSupportedComponent(const QString &component);

// Long names for abbreviated keys, in the payload, its device block and its
// availability list.
QJsonObject expandAbbreviations(const QJsonObject &payload);
// "~" replaced by the base topic (the "~" member) at the start or end of
// *_topic values, availability topics included. Runs after expansion.
QJsonObject expandBaseTopic(const QJsonObject &payload);

// `payload` must already be expanded. `objectId` names the entity when the
// config has no unique_id ("<component>.<objectId>").
ConfigReading readEntityConfig(const QString &component, const QString &objectId, const QJsonObject &payload);

} // namespace homewire::plugins::homeassistant
