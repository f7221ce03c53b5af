// ShellyGen2: Shelly's Gen2/Gen3 API (Plus and Pro devices) over MQTT.
// Components are found from <prefix>/status/switch:<n> and light:<n> (the
// "generic status update" notifications, status_ntf) and from NotifyStatus
// and NotifyFullStatus on <prefix>/events/rpc (RPC notifications, rpc_ntf).
// Each becomes a Switch or a Light commanded through RPC on <prefix>/rpc,
// with Sensors for the readings its status carries, read from whichever of
// the two the device has been seen to send (the status topics once seen);
// availability comes from <prefix>/online (true/false).
//
// Because the topic prefix is the user's choice, a topic is only claimed
// when its payload has the shape of a Shelly status; malformed payloads are
// reported as errors only when the prefix starts with "shelly" or the device
// is already known, so unrelated traffic on look-alike topics stays quiet.
//
// Not here: covers, inputs, energy meters (em, pm1), the RPC replies.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <homewire/deviceconvention.h>
#include <optional>

namespace homewire::plugins::shelly {

class ShellyGen2
{
    Q_DECLARE_TR_FUNCTIONS(ShellyRecognizer)

public:
    static constexpr int MaxDevices = 1024;
    static constexpr int MaxComponents = 16; // per device

    devices::Recognition inspectStatus(const QString &prefix, const QString &component,
                                       const QByteArray &payload);
    devices::Recognition inspectEvents(const QString &prefix, const QByteArray &payload);

    // The readings a component status may carry, as bits.
    enum Reading : quint8
    {
        ActivePower = 1,
        Voltage = 2,
        Current = 4,
        Energy = 8,
        Temperature = 16,
    };

private:
    enum class Type
    {
        Switch,
        Light
    };
    using ComponentKey = std::pair<Type, int>; // sorts switches before lights, then by id
    // Where a message came from: the component's own status topic, or the
    // RPC notifications on events/rpc.
    enum class Source
    {
        StatusTopic,
        Notification
    };
    struct Node
    {
        QMap<ComponentKey, quint8> components; // -> readings seen
        bool statusTopics = false;             // <prefix>/status/<component> seen
        std::optional<devices::Device> reported;
    };

    QString apply(const QString &prefix, Source source, const QList<std::pair<ComponentKey, quint8>> &found);
    devices::Recognition finish(const QString &prefix, const QString &error);
    bool claims(const QString &prefix) const;
    devices::Device describe(const QString &prefix, const Node &node) const;
    QList<devices::Entity> componentEntities(const QByteArray &prefix, ComponentKey key, quint8 readings,
                                             bool several, bool statusTopics) const;

    QHash<QString, Node> m_nodes; // by topic prefix
};

} // namespace homewire::plugins::shelly
