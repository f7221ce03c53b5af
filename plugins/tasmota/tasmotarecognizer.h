// TasmotaRecognizer: finds devices running Tasmota firmware in their own
// traffic (default FullTopic "%prefix%/%topic%/"): relays from stat/POWER<n>
// and the POWER<n> members of STATE and RESULT, a dimmable light from their
// Dimmer member, sensors from tele/SENSOR, availability from tele/LWT, and
// names, relays and light type from Tasmota's own discovery
// (tasmota/discovery/<MAC>/config) when it is enabled.
//
// Not here: custom FullTopics or prefixes, shutters, colour and colour
// temperature, multi-channel energy arrays, the legacy Home Assistant
// discovery Tasmota can also send (the homeassistant plugin reads that).
#pragma once

#include "tasmotasensors.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <homewire/deviceconvention.h>
#include <optional>

namespace homewire::plugins::tasmota {

class TasmotaRecognizer final : public devices::DeviceRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(TasmotaRecognizer)

public:
    // Bounds on what a broker full of junk can make this hold.
    static constexpr int MaxDevices = 1024;
    static constexpr int MaxRelays = 32;
    static constexpr int MaxSensorsPerDevice = 64;
    static constexpr int MaxPayloadBytes = 64 * 1024;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    // What tasmota/discovery/<MAC>/config says about a device.
    struct Discovery
    {
        QString mac;
        QString deviceName;
        QString model;
        QStringList friendlyNames;
        QList<int> relays; // "rl": 0 none, 1 relay, 2 light, 3 shutter
        int lightSubtype = 0;
        QByteArray online = "Online";
        QByteArray offline = "Offline";
        QByteArray stateOff = "OFF";
        QByteArray stateOn = "ON";
    };
    // What has been learned about one %topic%.
    struct Node
    {
        bool announced = false; // seen LWT, POWER, STATE, RESULT or discovery
        QList<int> powers;      // sorted; 0 is the unnumbered POWER
        bool dimmer = false;
        QList<SensorField> sensors;
        QString temperatureUnit;
        QString pressureUnit;
        std::optional<Discovery> discovery;
        std::optional<devices::Device> reported;
    };
    struct Relay
    {
        int index = 0; // 0: POWER, n: POWER<n>
        int type = 1;  // as in Discovery::relays
        QString friendlyName;
    };

    Node *node(const QString &topic, QString &error);
    // node(), marked as a device that has said it exists.
    Node *announcedNode(const QString &topic, QString &error);
    // Whether the payload is `word` (in any case) or the text the device's
    // discovery config set for it instead (`custom`).
    bool isWord(const QString &topic, const QByteArray &payload, QByteArrayView word,
                QByteArray Discovery::*custom) const;
    QString handleLwt(const QString &topic, const QByteArray &payload);
    QString handlePower(const QString &topic, int index, const QByteArray &payload);
    QString handleStateJson(const QString &topic, const QByteArray &payload, bool isResult);
    QString handleSensor(const QString &topic, const QByteArray &payload);
    QString handleDiscovery(const QString &mac, const QByteArray &payload, QString &topic);
    static QString readDiscovery(const QJsonObject &root, Discovery &discovery, QString &deviceTopic);
    devices::Recognition finish(const QString &topic, const QString &error);

    devices::Device describe(const QString &topic, const Node &node) const;
    static QList<Relay> relays(const Node &node);
    QList<devices::Entity> relayEntities(const QString &topic, const Node &node) const;
    QList<devices::Entity> sensorEntities(const QString &topic, const Node &node) const;
    static void setAvailability(devices::Entity &entity, const QString &topic, const Node &node);

    QHash<QString, Node> m_nodes; // by %topic%
    // MAC -> %topic%, for each node whose discovery came from that MAC.
    QHash<QString, QString> m_discoveryTopic;
};

} // namespace homewire::plugins::tasmota
