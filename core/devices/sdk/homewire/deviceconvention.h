// DeviceConvention: the plugin interface through which Homewire understands a
// family of devices (Home Assistant MQTT discovery, Tasmota, Zigbee2MQTT,
// Shelly, Homie, hand-made devices). A plugin recognizes devices from the
// traffic it is shown and describes them as Devices with Entities; the
// dashboard then commands and reads them through the entity's topics alone,
// without calling the plugin again.
//
// Lifecycle: Homewire loads each plugin library once (QPluginLoader), checks
// its metadata, and asks the plugin's DeviceConventionPlugin for a fresh
// DeviceRecognizer per broker connection. A recognizer is used from one
// thread at a time, keeps whatever it has learned (Homie's $nodes, Tasmota's
// sensors), and must never throw or crash on any payload: malformed input is
// reported through Recognition::error, logged, and skipped.
//
// Plugin metadata (the JSON file named in Q_PLUGIN_METADATA):
//   { "id": "tasmota", "name": "Tasmota", "version": "1.0.0",
//     "compatVersion": 1, "description": "..." }
// compatVersion must equal DeviceConventionPlugin::CompatVersion.
#pragma once

#include "device.h"

#include <QStringList>
#include <QtPlugin>
#include <memory>

namespace homewire::devices {

struct Recognition
{
    QList<Device> devices;  // found, or changed since last reported (whole device)
    QStringList removedIds; // devices that withdrew (e.g. an empty discovery config)
    QString error;          // why the message could not be read; empty when fine
};

class DeviceRecognizer
{
public:
    virtual ~DeviceRecognizer() = default;
    // The topic filters this convention needs to see, e.g. "tele/+/LWT".
    virtual QStringList topicFilters() const = 0;
    // Called for each message that matches topicFilters(), in arrival order.
    virtual Recognition inspect(const ConventionMessage &message) = 0;
};

class DeviceConventionPlugin
{
public:
    static constexpr int CompatVersion = 1;
    virtual ~DeviceConventionPlugin() = default;
    virtual QString id() const = 0;          // "tasmota": prefixes the Device ids it makes
    virtual QString displayName() const = 0; // "Tasmota"
    virtual std::unique_ptr<DeviceRecognizer> createRecognizer() const = 0;
};

} // namespace homewire::devices

#define HomewireDeviceConvention_iid "org.homewire.DeviceConvention/1"
Q_DECLARE_INTERFACE(homewire::devices::DeviceConventionPlugin, HomewireDeviceConvention_iid)
