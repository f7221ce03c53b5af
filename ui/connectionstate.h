// How a connection's state looks: its colour dot (tabs, toolbar) and its name.
#pragma once

#include "client/mqttclient.h"

#include <QColor>
#include <QPixmap>
#include <QString>

namespace homewire::ui {

QColor connectionStateColor(client::MqttClient::State state);
QPixmap connectionStateDot(client::MqttClient::State state, int size = 12);
QString connectionStateName(client::MqttClient::State state);

} // namespace homewire::ui
