#include "shellygen1.h"

#include "shellydevice.h"

using homewire::devices::Device;
using homewire::devices::Entity;
using homewire::devices::EntityKind;
using homewire::devices::Recognition;

namespace homewire::plugins::shelly {

namespace {

bool isValidId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('+')) && !id.contains(QLatin1Char('#'));
}

// "0".."15"; -1 otherwise.
int relayIndex(const QByteArray &level)
{
    bool ok = false;
    const int index = level.size() <= 2 ? level.toInt(&ok) : -1;
    return ok && index >= 0 && index < ShellyGen1::MaxRelays && QByteArray::number(index) == level ? index
                                                                                                   : -1;
}

std::optional<double> readNumber(const QByteArray &payload)
{
    bool ok = false;
    const double value = payload.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

bool ShellyGen1::handles(const QList<QByteArray> &levels)
{
    if (levels.size() == 2)
        return levels[1] == "announce";
    if (levels.size() == 3)
        return levels[2] == "temperature";
    if (levels.size() == 4)
        return levels[2] == "relay";
    return levels.size() == 5 && levels[2] == "relay" && levels[4] == "power";
}

Recognition ShellyGen1::inspect(const QList<QByteArray> &levels, const QByteArray &payload)
{
    if (levels.size() == 2) {
        QString id;
        const QString error = handleAnnounce(payload, id);
        return id.isEmpty() ? Recognition{{}, {}, error} : finish(id, error);
    }
    const QString id = QString::fromUtf8(levels[1]);
    if (levels.size() == 3)
        return finish(id, handleTemperature(id, payload));
    return finish(id, handleRelay(id, levels[3], payload, levels.size() == 5));
}

ShellyGen1::Node *ShellyGen1::node(const QString &id, QString &error)
{
    if (!isValidId(id)) {
        error = tr("the Shelly device id is empty");
        return nullptr;
    }
    return findOrAddNode(m_nodes, id, MaxDevices, error);
}

// shellies/announce: {"id":"shelly1-B929CC","model":"SHSW-1","mac":...,"fw_ver":...}
QString ShellyGen1::handleAnnounce(const QByteArray &payload, QString &id)
{
    const std::optional<QJsonObject> root = parseObject(payload);
    if (!root)
        return tr("the announcement is not a JSON object");
    const QJsonValue idValue = root->value(QLatin1String("id"));
    const QJsonValue modelValue = root->value(QLatin1String("model"));
    if (!idValue.isString() || !isValidId(idValue.toString()))
        return tr("the announcement has no device id");
    if (!modelValue.isUndefined() && !modelValue.isString())
        return tr("the announced model is not text");
    QString error;
    Node *n = node(idValue.toString(), error);
    if (!n)
        return error;
    n->model = modelValue.toString();
    id = idValue.toString();
    return {};
}

QString ShellyGen1::handleRelay(const QString &id, const QByteArray &index, const QByteArray &payload,
                                bool power)
{
    const int relay = relayIndex(index);
    if (relay < 0)
        return tr("relay %1 is not a relay a Shelly has").arg(QString::fromUtf8(index));
    if (power) {
        if (!readNumber(payload))
            return tr("the relay power is not a number");
    } else {
        const QByteArray word = payload.trimmed();
        if (word != "on" && word != "off" && word != "overpower")
            return tr("a relay state is neither on nor off");
    }
    QString error;
    Node *n = node(id, error);
    if (!n)
        return error;
    bool &hasPower = n->relays[relay];
    hasPower = hasPower || power;
    return {};
}

QString ShellyGen1::handleTemperature(const QString &id, const QByteArray &payload)
{
    if (!readNumber(payload))
        return tr("the temperature is not a number");
    QString error;
    Node *n = node(id, error);
    if (n)
        n->temperature = true;
    return error;
}

Recognition ShellyGen1::finish(const QString &id, const QString &error)
{
    const auto it = m_nodes.find(id);
    // A device is only worth showing once it has a relay to switch.
    if (it == m_nodes.end() || it->relays.isEmpty())
        return {{}, {}, error};
    return reportIfChanged(it->reported, describe(id, *it), error);
}

Device ShellyGen1::describe(const QString &id, const Node &node) const
{
    Device device = shellyDevice(id);
    device.model = node.model;
    const QByteArray base = "shellies/" + id.toUtf8();
    const bool several = node.relays.size() > 1;
    for (auto it = node.relays.constBegin(); it != node.relays.constEnd(); ++it) {
        const QByteArray relay = base + "/relay/" + QByteArray::number(it.key());
        Entity entity;
        entity.key = QStringLiteral("relay%1").arg(it.key());
        entity.name = several ? tr("Relay %1").arg(it.key() + 1) : tr("Relay");
        entity.kind = EntityKind::Switch;
        entity.commandTopic = relay + "/command";
        entity.stateTopic = relay;
        setAvailability(entity, base);
        device.entities.append(entity);
        if (it.value())
            device.entities.append(
                sensorEntity(entity.key + QStringLiteral(".power"),
                             several ? tr("Relay %1 power").arg(it.key() + 1) : tr("Power"),
                             QStringLiteral("power"), QStringLiteral("W"), relay + "/power", base));
    }
    if (node.temperature)
        device.entities.append(sensorEntity(QStringLiteral("temperature"), tr("Device temperature"),
                                            QStringLiteral("temperature"), QStringLiteral("°C"),
                                            base + "/temperature", base));
    return device;
}

} // namespace homewire::plugins::shelly
