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
#include <QStringList>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::zigbee2mqtt {

class Zigbee2MqttRecognizer final : public devices::DeviceRecognizer
{
public:
    // Large networks publish a few megabytes; far beyond this is not a list.
    static constexpr qsizetype MaxListSize = 32 * 1024 * 1024;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    // What is known of one bridge (one base topic).
    struct Bridge
    {
        QJsonArray devices;   // the last usable bridge/devices list
        bool legacy = false;  // bridge/state seen as a plain word
        QStringList reported; // device ids reported from this bridge
    };

    void inspectDevices(const QByteArray &base, const QByteArray &payload, devices::Recognition *recognition);
    void inspectState(const QByteArray &base, const QByteArray &payload, devices::Recognition *recognition);
    void apply(const QByteArray &base, devices::Recognition *recognition);

    QHash<QByteArray, Bridge> m_bridges;
    QHash<QString, devices::Device> m_reported;
};

} // namespace homewire::plugins::zigbee2mqtt
