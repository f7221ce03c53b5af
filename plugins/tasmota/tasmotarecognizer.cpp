#include "tasmotarecognizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>

using homewire::devices::ConventionMessage;
using homewire::devices::Device;
using homewire::devices::Entity;
using homewire::devices::EntityKind;
using homewire::devices::Recognition;

namespace homewire::plugins::tasmota {

namespace {

const QLatin1String DefaultFullTopic("%prefix%/%topic%/");

// Tasmota's factory names ("Tasmota", "Tasmota2", ...) say nothing about the
// device, so the topic or a generic entity name reads better.
bool isMeaningfulName(const QString &name)
{
    static const QRegularExpression factoryName(QStringLiteral("^Tasmota\\d*$"));
    return !name.trimmed().isEmpty() && !factoryName.match(name).hasMatch();
}

// "POWER" -> 0, "POWER3" -> 3; -1 when `word` is not a POWER word at all,
// -2 when it is one but its number is out of range.
int powerIndex(QByteArrayView word)
{
    if (!word.startsWith("POWER"))
        return -1;
    const QByteArrayView digits = word.sliced(5);
    if (digits.isEmpty())
        return 0;
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    bool ok = false;
    const int index = digits.size() <= 3 ? digits.toInt(&ok) : 0;
    return ok && index >= 1 && index <= TasmotaRecognizer::MaxRelays ? index : -2;
}

bool isValidTopicLevel(const QString &level)
{
    return !level.isEmpty() && !level.contains(QLatin1Char('/')) && !level.contains(QLatin1Char('+')) &&
           !level.contains(QLatin1Char('#'));
}

std::optional<QJsonObject> parseObject(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Reads optional members of the discovery config; false on a wrong type.
bool readString(const QJsonObject &object, const char *key, QString &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

bool readStringList(const QJsonObject &object, const char *key, QStringList &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() && !item.isNull())
            return false;
        out.append(item.toString());
    }
    return true;
}

bool readIntList(const QJsonObject &object, const char *key, QList<int> &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isDouble())
            return false;
        out.append(item.toInt());
    }
    return true;
}

} // namespace

QStringList TasmotaRecognizer::topicFilters() const
{
    return {QStringLiteral("tele/+/LWT"), QStringLiteral("tele/+/STATE"), QStringLiteral("tele/+/SENSOR"),
            QStringLiteral("stat/+/+"), QStringLiteral("tasmota/discovery/+/config")};
}

Recognition TasmotaRecognizer::inspect(const ConventionMessage &message)
{
    if (message.payload.size() > MaxPayloadBytes)
        return {{}, {}, tr("the payload is too large")};
    const QList<QByteArray> levels = message.topic.split('/');
    if (levels.size() == 4 && levels[0] == "tasmota" && levels[1] == "discovery" && levels[3] == "config") {
        QString topic;
        const QString error = handleDiscovery(QString::fromUtf8(levels[2]), message.payload, topic);
        return topic.isEmpty() ? Recognition{{}, {}, error} : finish(topic, error);
    }
    if (levels.size() != 3)
        return {};
    const QString topic = QString::fromUtf8(levels[1]);
    const QByteArray &prefix = levels[0];
    const QByteArray &command = levels[2];
    if (prefix == "tele") {
        if (command == "LWT")
            return finish(topic, handleLwt(topic, message.payload));
        if (command == "STATE")
            return finish(topic, handleStateJson(topic, message.payload, false));
        if (command == "SENSOR")
            return finish(topic, handleSensor(topic, message.payload));
    } else if (prefix == "stat") {
        if (command == "RESULT")
            return finish(topic, handleStateJson(topic, message.payload, true));
        const int index = powerIndex(command);
        if (index == -2)
            return {{}, {}, tr("%1 is not a relay Tasmota has").arg(QString::fromUtf8(command))};
        if (index >= 0)
            return finish(topic, handlePower(topic, index, message.payload));
    }
    // stat/<t>/STATUS and the other command responses describe nothing new.
    return {};
}

TasmotaRecognizer::Node *TasmotaRecognizer::node(const QString &topic, QString &error)
{
    if (!isValidTopicLevel(topic)) {
        error = tr("the device topic is empty");
        return nullptr;
    }
    auto it = m_nodes.find(topic);
    if (it != m_nodes.end())
        return &it.value();
    if (m_nodes.size() >= MaxDevices) {
        error = tr("more than %1 Tasmota devices; this one is ignored").arg(MaxDevices);
        return nullptr;
    }
    return &m_nodes[topic];
}

TasmotaRecognizer::Node *TasmotaRecognizer::announcedNode(const QString &topic, QString &error)
{
    Node *n = node(topic, error);
    if (n)
        n->announced = true;
    return n;
}

bool TasmotaRecognizer::isWord(const QString &topic, const QByteArray &payload, QByteArrayView word,
                               QByteArray Discovery::*custom) const
{
    const QByteArray text = payload.trimmed();
    if (text.compare(word, Qt::CaseInsensitive) == 0)
        return true;
    const auto it = m_nodes.constFind(topic);
    return it != m_nodes.constEnd() && it->discovery && text == (*it->discovery).*custom;
}

QString TasmotaRecognizer::handleLwt(const QString &topic, const QByteArray &payload)
{
    if (!isWord(topic, payload, "Online", &Discovery::online) &&
        !isWord(topic, payload, "Offline", &Discovery::offline))
        return tr("LWT is neither Online nor Offline");
    QString error;
    announcedNode(topic, error);
    return error;
}

QString TasmotaRecognizer::handlePower(const QString &topic, int index, const QByteArray &payload)
{
    if (!isWord(topic, payload, "ON", &Discovery::stateOn) &&
        !isWord(topic, payload, "OFF", &Discovery::stateOff))
        return tr("a relay state is neither ON nor OFF");
    QString error;
    Node *n = announcedNode(topic, error);
    if (!n)
        return error;
    if (!n->powers.contains(index)) {
        n->powers.append(index);
        std::sort(n->powers.begin(), n->powers.end());
    }
    return {};
}

QString TasmotaRecognizer::handleStateJson(const QString &topic, const QByteArray &payload, bool isResult)
{
    const std::optional<QJsonObject> root = parseObject(payload);
    if (!root)
        return isResult ? tr("RESULT is not a JSON object") : tr("STATE is not a JSON object");
    QList<int> powers;
    bool dimmer = false;
    for (auto it = root->constBegin(); it != root->constEnd(); ++it) {
        if (it.key() == QLatin1String("Dimmer")) {
            if (!it.value().isDouble())
                return tr("Dimmer is not a number");
            dimmer = true;
            continue;
        }
        const int index = powerIndex(it.key().toLatin1());
        if (index == -1)
            continue;
        if (index == -2 || !it.value().isString())
            return tr("%1 is not a relay state").arg(it.key());
        powers.append(index);
    }
    // A RESULT answers any command; only relay and dimmer answers describe the device.
    if (isResult && powers.isEmpty() && !dimmer)
        return {};
    QString error;
    Node *n = announcedNode(topic, error);
    if (!n)
        return error;
    n->dimmer = n->dimmer || dimmer;
    for (int index : std::as_const(powers)) {
        if (!n->powers.contains(index))
            n->powers.append(index);
    }
    std::sort(n->powers.begin(), n->powers.end());
    return {};
}

QString TasmotaRecognizer::handleSensor(const QString &topic, const QByteArray &payload)
{
    const SensorReport report = parseSensorPayload(payload);
    if (!report.error.isEmpty())
        return report.error;
    if (report.fields.isEmpty() && !m_nodes.contains(topic))
        return {};
    QString error;
    Node *n = node(topic, error);
    if (!n)
        return error;
    if (!report.temperatureUnit.isEmpty())
        n->temperatureUnit = report.temperatureUnit;
    if (!report.pressureUnit.isEmpty())
        n->pressureUnit = report.pressureUnit;
    for (const SensorField &field : report.fields) {
        if (n->sensors.contains(field))
            continue;
        if (n->sensors.size() >= MaxSensorsPerDevice)
            return tr("more than %1 sensors; the rest are left out").arg(MaxSensorsPerDevice);
        n->sensors.append(field);
    }
    return {};
}

// `topic` is set to the device the message was about, when there is one.
QString TasmotaRecognizer::handleDiscovery(const QString &mac, const QByteArray &payload, QString &topic)
{
    if (mac.isEmpty())
        return tr("the discovery topic has no MAC address");
    if (payload.isEmpty()) {
        // Discovery was switched off (SetOption19): the device stays, unnamed.
        // Only the MAC that named the topic last can take its names away: a
        // replaced device's stale config must not clear its successor's.
        topic = m_discoveryTopic.take(mac);
        const auto it = m_nodes.find(topic);
        if (it != m_nodes.end() && it->discovery && it->discovery->mac == mac)
            it->discovery.reset();
        else
            topic.clear();
        return {};
    }
    const std::optional<QJsonObject> root = parseObject(payload);
    if (!root)
        return tr("the discovery config is not a JSON object");
    Discovery discovery;
    discovery.mac = mac;
    QString deviceTopic;
    if (const QString error = readDiscovery(*root, discovery, deviceTopic); !error.isEmpty())
        return error;

    QString error;
    Node *n = announcedNode(deviceTopic, error);
    if (!n)
        return error;
    // A device given another topic: the old node keeps what its traffic taught
    // and loses the names, reported with its next message.
    const QString previous = m_discoveryTopic.value(mac);
    if (!previous.isEmpty() && previous != deviceTopic && m_nodes.contains(previous))
        m_nodes[previous].discovery.reset();
    // Another device had this topic (the hardware was replaced): its MAC no
    // longer names anything. So every MAC kept names the node whose discovery
    // it sent, and there are never more than MaxDevices.
    if (n->discovery && n->discovery->mac != mac)
        m_discoveryTopic.remove(n->discovery->mac);
    m_discoveryTopic.insert(mac, deviceTopic);
    Q_ASSERT(m_discoveryTopic.size() <= m_nodes.size());
    n->discovery = discovery;
    topic = deviceTopic;
    return {};
}

QString TasmotaRecognizer::readDiscovery(const QJsonObject &root, Discovery &discovery, QString &deviceTopic)
{
    QString fullTopic = DefaultFullTopic, online, offline;
    QStringList prefixes, stateTexts;
    if (!readString(root, "t", deviceTopic) || !readString(root, "ft", fullTopic) ||
        !readString(root, "dn", discovery.deviceName) || !readString(root, "md", discovery.model) ||
        !readString(root, "onln", online) || !readString(root, "ofln", offline) ||
        !readStringList(root, "fn", discovery.friendlyNames) || !readStringList(root, "tp", prefixes) ||
        !readStringList(root, "state", stateTexts) || !readIntList(root, "rl", discovery.relays) ||
        (root.contains(QLatin1String("lt_st")) && !root.value(QLatin1String("lt_st")).isDouble()))
        return tr("the discovery config has a member of the wrong type");
    if (!isValidTopicLevel(deviceTopic))
        return tr("the discovery config has no usable topic");
    if (fullTopic != DefaultFullTopic)
        return tr("the device uses FullTopic %1; only %2 is understood").arg(fullTopic, DefaultFullTopic);
    if (!prefixes.isEmpty() &&
        prefixes != QStringList{QStringLiteral("cmnd"), QStringLiteral("stat"), QStringLiteral("tele")})
        return tr("the device uses the prefixes %1; only cmnd, stat and tele are understood")
            .arg(prefixes.join(QLatin1String(", ")));
    discovery.lightSubtype = root.value(QLatin1String("lt_st")).toInt();
    discovery.relays = discovery.relays.mid(0, MaxRelays);
    discovery.friendlyNames = discovery.friendlyNames.mid(0, MaxRelays);
    if (!online.isEmpty())
        discovery.online = online.toUtf8();
    if (!offline.isEmpty())
        discovery.offline = offline.toUtf8();
    // "state": the texts for OFF, ON, TOGGLE and HOLD (StateText1..4).
    if (stateTexts.size() >= 2 && !stateTexts[0].isEmpty() && !stateTexts[1].isEmpty()) {
        discovery.stateOff = stateTexts[0].toUtf8();
        discovery.stateOn = stateTexts[1].toUtf8();
    }
    return {};
}

Recognition TasmotaRecognizer::finish(const QString &topic, const QString &error)
{
    Recognition recognition;
    recognition.error = error;
    const auto it = m_nodes.find(topic);
    if (it == m_nodes.end() || !it->announced)
        return recognition;
    Device device = describe(topic, *it);
    if (it->reported != device) {
        it->reported = device;
        recognition.devices.append(std::move(device));
    }
    return recognition;
}

Device TasmotaRecognizer::describe(const QString &topic, const Node &node) const
{
    Device device;
    device.id = QStringLiteral("tasmota/") + topic;
    device.convention = QStringLiteral("tasmota");
    device.name = topic;
    if (node.discovery) {
        if (isMeaningfulName(node.discovery->deviceName))
            device.name = node.discovery->deviceName;
        device.model = node.discovery->model;
    }
    device.entities = relayEntities(topic, node) + sensorEntities(topic, node);
    return device;
}

// The relays seen in traffic merged with those discovery lists. A device with
// one relay speaks of POWER, one with several of POWER1..POWERn.
QList<TasmotaRecognizer::Relay> TasmotaRecognizer::relays(const Node &node)
{
    QMap<int, Relay> byIndex;
    for (int index : node.powers)
        byIndex.insert(index, Relay{index, 1, {}});
    if (node.discovery) {
        QList<int> present;
        for (int i = 0; i < node.discovery->relays.size(); ++i) {
            const int type = node.discovery->relays[i];
            if (type == 1 || type == 2)
                present.append(i);
        }
        const bool single = present.size() == 1 && present.first() == 0 && !byIndex.contains(1);
        for (int i : std::as_const(present)) {
            const int index = single ? 0 : i + 1;
            byIndex.insert(index, Relay{index, node.discovery->relays[i], {}});
        }
        for (Relay &relay : byIndex)
            relay.friendlyName = node.discovery->friendlyNames.value(qMax(relay.index - 1, 0));
    }
    return byIndex.values();
}

QList<Entity> TasmotaRecognizer::relayEntities(const QString &topic, const Node &node) const
{
    const QList<Relay> list = relays(node);
    // The light: the relay discovery calls one, else (Dimmer seen) the last
    // relay, which is where Tasmota puts its light.
    int lightIndex = -1;
    for (const Relay &relay : list) {
        if (relay.type == 2) {
            lightIndex = relay.index;
            break;
        }
    }
    if (lightIndex < 0 && node.dimmer && !list.isEmpty())
        lightIndex = list.last().index;
    const bool dimmable = node.dimmer || (node.discovery && node.discovery->lightSubtype > 0);
    const QByteArray base = topic.toUtf8() + '/';

    QList<Entity> entities;
    for (const Relay &relay : list) {
        const QByteArray word =
            relay.index == 0 ? QByteArray("POWER") : "POWER" + QByteArray::number(relay.index);
        const bool isLight = relay.type == 2 || relay.index == lightIndex;
        Entity entity;
        entity.key = QString::fromLatin1(word.toLower());
        entity.kind = EntityKind::Switch;
        entity.commandTopic = "cmnd/" + base + word;
        entity.payloadOn = "ON";
        entity.payloadOff = "OFF";
        entity.stateTopic = "stat/" + base + word;
        entity.stateOn = node.discovery ? node.discovery->stateOn : QByteArray("ON");
        entity.stateOff = node.discovery ? node.discovery->stateOff : QByteArray("OFF");
        if (isLight)
            entity.deviceClass = QStringLiteral("lamp");
        if (relay.index == lightIndex && dimmable) {
            // Tasmota answers a Dimmer command on stat/RESULT at once; tele/STATE
            // only comes every TelePeriod, too late to confirm a command.
            entity.kind = EntityKind::Light;
            entity.brightnessCommandTopic = "cmnd/" + base + "Dimmer";
            entity.brightnessTemplate = "{value}";
            entity.brightnessMax = 100;
            entity.brightnessStateTopic = "stat/" + base + "RESULT";
            entity.brightness.field = QStringLiteral("Dimmer");
        }
        if (isMeaningfulName(relay.friendlyName))
            entity.name = relay.friendlyName;
        else if (list.size() == 1)
            entity.name =
                isLight ? tr("Light") : tr("Power", "the switch of a Tasmota relay, not a measurement");
        else
            entity.name = tr("Power %1").arg(qMax(relay.index, 1));
        setAvailability(entity, topic, node);
        entities.append(entity);
    }
    return entities;
}

QList<Entity> TasmotaRecognizer::sensorEntities(const QString &topic, const Node &node) const
{
    QList<Entity> entities;
    for (const SensorField &field : node.sensors) {
        const SensorDescription description = describeSensor(field, node.temperatureUnit, node.pressureUnit);
        Entity entity;
        entity.key = field.key();
        entity.kind = EntityKind::Sensor;
        entity.name = description.name;
        // Two thermometers on one device: say which is which.
        const bool shared =
            std::any_of(node.sensors.begin(), node.sensors.end(), [&](const SensorField &other) {
                return other.field == field.field && other.block != field.block;
            });
        if (shared)
            entity.name = tr("%1 (%2)").arg(description.name, field.block);
        entity.deviceClass = description.deviceClass;
        entity.unit = description.unit;
        entity.stateTopic = "tele/" + topic.toUtf8() + "/SENSOR";
        entity.state.field = field.key();
        setAvailability(entity, topic, node);
        entities.append(entity);
    }
    return entities;
}

void TasmotaRecognizer::setAvailability(Entity &entity, const QString &topic, const Node &node)
{
    entity.availabilityTopic = "tele/" + topic.toUtf8() + "/LWT";
    entity.payloadAvailable = node.discovery ? node.discovery->online : QByteArray("Online");
    entity.payloadNotAvailable = node.discovery ? node.discovery->offline : QByteArray("Offline");
}

} // namespace homewire::plugins::tasmota
