// Zigbee2MqttRecognizer: finds Zigbee devices in the retained
// <base>/bridge/devices list Zigbee2MQTT publishes (base topic "zigbee2mqtt"
// by default, configurable), one Device "zigbee2mqtt/<ieee_address>" each,
// and follows <base>/bridge/state for the form of the bridge's availability
// payload. A device missing from a newer list is removed.
//
// Pure logic on QtCore: no QObject, no I/O, so it can be fuzzed on its own.
// Not here: reading one device object (bridgedevice.h).
#pragma once

#include "bridgedevice.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::zigbee2mqtt {

class Zigbee2MqttRecognizer final : public devices::DeviceRecognizer
{
public:
    // Bounds on what a broker full of junk can make this hold. A large
    // network's list is a few hundred devices of a few KiB each.
    static constexpr qsizetype MaxListSize = 4 * 1024 * 1024;
    static constexpr int MaxDevicesPerBridge = 1000;
    // One per Zigbee2MQTT instance on the broker.
    static constexpr int MaxBridges = 16;
    // Base topics whose plain-word bridge/state came before their device list.
    static constexpr int MaxWaitingStates = 64;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    // What is known of one bridge (one base topic) that has listed devices.
    // The list itself is not kept: the devices reported from it are.
    struct Bridge
    {
        bool legacy = false;  // bridge/state seen as a plain word
        QStringList reported; // device ids reported from this bridge, in list order
    };

    void inspectDevices(const QByteArray &base, const QByteArray &payload, devices::Recognition *recognition);
    void inspectState(const QByteArray &base, const QByteArray &payload, devices::Recognition *recognition);
    void apply(const QByteArray &base, const QJsonArray &list, Bridge *bridge,
               devices::Recognition *recognition);

    QHash<QByteArray, Bridge> m_bridges;
    QSet<QByteArray> m_legacyWaiting; // bases without a list whose bridge/state is a plain word
    QHash<QString, devices::Device> m_reported;
};

} // namespace homewire::plugins::zigbee2mqtt
