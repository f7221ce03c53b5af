// ShellyGen1: Shelly's first-generation MQTT API. Relays from
// shellies/<id>/relay/<n> (on/off/overpower), their power meters from
// shellies/<id>/relay/<n>/power (W), the device temperature from
// shellies/<id>/temperature (°C), the model from shellies/announce, and
// availability from shellies/<id>/online (true/false).
//
// Not here: rollers, lights (Dimmer, Bulb, RGBW2), inputs, battery sensors
// (H&T, Door/Window), the energy counters in watt-minutes.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <homewire/deviceconvention.h>
#include <optional>

namespace homewire::plugins::shelly {

class ShellyGen1
{
    Q_DECLARE_TR_FUNCTIONS(ShellyRecognizer)

public:
    static constexpr int MaxDevices = 1024;
    static constexpr int MaxRelays = 16;

    // Whether the topic levels are a Gen1 topic this class reads.
    static bool handles(const QList<QByteArray> &levels);
    devices::Recognition inspect(const QList<QByteArray> &levels, const QByteArray &payload);

private:
    struct Node
    {
        QMap<int, bool> relays; // relay index -> has a power meter
        bool temperature = false;
        QString model;
        std::optional<devices::Device> reported;
    };

    Node *node(const QString &id, QString &error);
    QString handleAnnounce(const QByteArray &payload, QString &id);
    QString handleRelay(const QString &id, const QByteArray &index, const QByteArray &payload, bool power);
    QString handleTemperature(const QString &id, const QByteArray &payload);
    devices::Recognition finish(const QString &id, const QString &error);
    devices::Device describe(const QString &id, const Node &node) const;

    QHash<QString, Node> m_nodes; // by device id ("shelly1-8CAAB5")
};

} // namespace homewire::plugins::shelly
