// ApplicationMessage: an application message as a client sees it (MQTT
// "Application Message": topic name, payload, QoS, retain), stamped with the
// time it arrived. The value type shared by the client (core/client), the topic
// history (core/history) and the user interface. Cheap to copy: topic and
// payload are implicitly shared.
#pragma once

#include "mqtt/protocol.h"

#include <QByteArray>
#include <QMetaType>

namespace homewire::mqtt {

struct ApplicationMessage
{
    QByteArray topic;
    QByteArray payload;
    QoS qos = QoS::AtMostOnce;
    bool retained = false;
    qint64 receivedMs = 0; // milliseconds since the epoch, UTC

    friend bool operator==(const ApplicationMessage &, const ApplicationMessage &) = default;
};

} // namespace homewire::mqtt

Q_DECLARE_METATYPE(homewire::mqtt::ApplicationMessage)
