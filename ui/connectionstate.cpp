#include "ui/connectionstate.h"

#include <QCoreApplication>
#include <QPainter>

namespace homewire::ui {

using client::MqttClient;

QColor connectionStateColor(MqttClient::State state)
{
    switch (state) {
    case MqttClient::State::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case MqttClient::State::Connecting:
        return QColor(0xd2, 0x9b, 0x1d);
    case MqttClient::State::Reconnecting:
        return QColor(0xcf, 0x4b, 0x3e);
    case MqttClient::State::Disconnected:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QPixmap connectionStateDot(MqttClient::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(connectionStateColor(state));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

QString connectionStateName(MqttClient::State state)
{
    switch (state) {
    case MqttClient::State::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Disconnected");
    case MqttClient::State::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting…");
    case MqttClient::State::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case MqttClient::State::Reconnecting:
        return QCoreApplication::translate("ConnectionState", "Reconnecting");
    }
    return {};
}

} // namespace homewire::ui
