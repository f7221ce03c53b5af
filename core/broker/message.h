// Message: an application message as the broker routes and stores it.
// Cheap to copy: topic, payload and properties are implicitly shared.
#pragma once

#include "mqtt/properties.h"
#include "mqtt/protocol.h"

#include <QByteArray>

namespace homewire::broker {

struct Message
{
    QByteArray topic;
    QByteArray payload;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retain = false;
    mqtt::Properties properties; // MQTT 5.0 message properties, forwarded as received

    friend bool operator==(const Message &, const Message &) = default;
};

// Identifies a session inside one broker; never reused while the broker runs.
using SessionId = quint64;

} // namespace homewire::broker
