// Hand-made devices: the ones a user describes in a dialog ("the office lamp
// listens on home/office/lamp") because no convention plugin recognizes them.
// Makes the Device and Entity values with sensible defaults, and checks them
// with messages a user can act on.
//
// The simplest case is one call: makeSwitchEntity("Office lamp",
// "home/office/lamp") is a complete lamp that publishes "on" and "off".
//
// Not here: the dialog (ui/), keeping the device (DeviceRegistry::addDevice),
// sending commands (DeviceRuntime).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <homewire/device.h>

namespace homewire::devices {

inline constexpr QLatin1StringView ManualConvention{"manual"};

// A device of convention "manual" with the id "manual/<slug of name>-<random
// suffix>", so two devices of the same name stay apart. Entities without a
// key get one from their name; keys are made unique within the device.
Device makeManualDevice(const QString &name, const QList<Entity> &entities);

// An on/off switch commanded with "on"/"off" on `commandTopic`. With a state
// topic the whole payload is its state ("on"/"off"); without one commands
// are optimistic. With an availability topic it is online on "online".
Entity makeSwitchEntity(const QString &name, const QByteArray &commandTopic,
                        const QByteArray &stateTopic = {}, const QByteArray &availabilityTopic = {});

// Empty when the entity is usable, otherwise what to fix, for the user:
// every topic a valid MQTT topic name (no wildcards, valid UTF-8, no NUL, at
// most 65535 bytes); a switch or light has a command topic, a sensor or
// binary sensor a state topic; on and off payloads are non-empty and differ.
QString validateEntity(const Entity &entity);
// validateEntity for every entity, plus a name, at least one entity, and
// unique entity keys.
QString validateDevice(const Device &device);

// "Office Lamp #2" -> "office-lamp-2": lower-case ASCII letters and digits,
// anything else a single '-'; empty when nothing is left.
QString slugOf(const QString &text);

} // namespace homewire::devices
