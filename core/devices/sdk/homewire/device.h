// The device model every convention maps its devices to: a Device with its
// Entities (switch, dimmable light, sensor, binary sensor), each entity with
// the topics and payloads that command it and report its state.
//
// Part of the device SDK: the only Homewire headers a device-convention
// plugin sees (with deviceconvention.h). Plain values on QtCore; no I/O.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace homewire::devices {

enum class EntityKind : quint8
{
    Switch,       // on/off: a lamp, a relay, a plug
    Light,        // on/off with a brightness 0..brightnessMax
    Sensor,       // a reading with a unit
    BinarySensor, // on/off reading only: motion, a door contact
};

// Reads one value out of a payload: the whole payload when `field` is empty,
// otherwise a JSON member, with dots for nesting ("ENERGY.Power",
// "temperature.tC"). A JSON true/false reads as "true"/"false", a number as
// its shortest text.
struct ValuePath
{
    QString field;
    friend bool operator==(const ValuePath &, const ValuePath &) = default;
};

struct Entity
{
    QString key;  // unique within its device: "power", "temperature", "relay0"
    QString name; // shown on the tile: "Office lamp", "Temperature"
    EntityKind kind = EntityKind::Switch;
    // What it measures or is, for the tile's icon: "temperature", "humidity",
    // "power", "energy", "battery", "illuminance", "motion", "lamp", "fan",
    // "plug", "heater"; empty: by kind.
    QString deviceClass;

    // Commands (Switch, Light). Empty commandTopic: read-only.
    QByteArray commandTopic;
    QByteArray payloadOn = "on";
    QByteArray payloadOff = "off";
    // Light: the brightness command, sent to brightnessCommandTopic (empty:
    // commandTopic) with "{value}" in brightnessTemplate replaced by the
    // level 0..brightnessMax.
    QByteArray brightnessCommandTopic;
    QByteArray brightnessTemplate = "{value}";
    int brightnessMax = 100;

    // State. Empty stateTopic: commands are optimistic (nothing confirms).
    // For Switch/Light/BinarySensor the value read by `state` is compared
    // (case-insensitively) with stateOn and stateOff; for Sensor it is the
    // reading.
    QByteArray stateTopic;
    ValuePath state;
    QByteArray stateOn = "on";
    QByteArray stateOff = "off";
    // Light: where the brightness is reported (empty topic: stateTopic).
    QByteArray brightnessStateTopic;
    ValuePath brightness;
    QString unit; // Sensor: "°C", "%", "W"

    // Availability. Empty topic: always available. The entity is online
    // while the value read equals payloadAvailable (case-insensitively) and
    // offline on anything else (payloadNotAvailable is what a will sends).
    QByteArray availabilityTopic;
    ValuePath availability;
    QByteArray payloadAvailable = "online";
    QByteArray payloadNotAvailable = "offline";

    bool isCommandable() const
    {
        return (kind == EntityKind::Switch || kind == EntityKind::Light) && !commandTopic.isEmpty();
    }
    friend bool operator==(const Entity &, const Entity &) = default;
};

struct Device
{
    // Stable and unique across conventions: "<convention>/<its own id>",
    // e.g. "tasmota/tasmota_5A3F2C", "homeassistant/demo_bedroom_fan".
    QString id;
    QString name;
    QString convention; // the plugin id that found it; "manual" for hand-made
    QString manufacturer;
    QString model;
    QString suggestedRoom; // a room name the device itself suggests, or empty
    QList<Entity> entities;

    const Entity *entity(const QString &key) const
    {
        for (const Entity &e : entities) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }
    friend bool operator==(const Device &, const Device &) = default;
};

// One message as a convention sees it.
struct ConventionMessage
{
    QByteArray topic;
    QByteArray payload;
    bool retained = false;
};

} // namespace homewire::devices

Q_DECLARE_METATYPE(homewire::devices::Device)
