#include "shellygen2.h"

#include "shellydevice.h"

using homewire::devices::Device;
using homewire::devices::Entity;
using homewire::devices::EntityKind;
using homewire::devices::Recognition;

namespace homewire::plugins::shelly {

namespace {

struct ReadingInfo
{
    quint8 bit;
    const char *path; // within the component status
    const char *name;
    const char *deviceClass;
    const char *unit;
};

constexpr ReadingInfo Readings[] = {
    {ShellyGen2::ActivePower, "apower", QT_TRANSLATE_NOOP("ShellyRecognizer", "Power"), "power", "W"},
    {ShellyGen2::Voltage, "voltage", QT_TRANSLATE_NOOP("ShellyRecognizer", "Voltage"), "voltage", "V"},
    {ShellyGen2::Current, "current", QT_TRANSLATE_NOOP("ShellyRecognizer", "Current"), "current", "A"},
    {ShellyGen2::Energy, "aenergy.total", QT_TRANSLATE_NOOP("ShellyRecognizer", "Energy"), "energy", "Wh"},
    {ShellyGen2::Temperature, "temperature.tC", QT_TRANSLATE_NOOP("ShellyRecognizer", "Temperature"),
     "temperature", "°C"},
};

// "switch:0" -> (false, 0), "light:2" -> (true, 2); covers, inputs and the
// system components are not read.
bool parseComponent(const QString &name, bool &isLight, int &id)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QStringView type = QStringView(name).left(colon);
    const QStringView number = QStringView(name).mid(colon + 1);
    if (type != QLatin1String("switch") && type != QLatin1String("light"))
        return false;
    bool ok = false;
    id = number.size() <= 3 ? number.toInt(&ok) : -1;
    if (!ok || id < 0 || QString::number(id) != number)
        return false;
    isLight = type == QLatin1String("light");
    return true;
}

// The member at a dotted path; `wrongType` when a step on the way is no object.
QJsonValue valueAt(const QJsonObject &object, const char *path, bool &wrongType)
{
    const QStringList steps = QString::fromLatin1(path).split(QLatin1Char('.'));
    QJsonValue value = object;
    for (const QString &step : steps) {
        if (value.isUndefined() || value.isNull())
            return value;
        if (!value.isObject()) {
            wrongType = true;
            return {};
        }
        value = value.toObject().value(step);
    }
    return value;
}

// Reads a component status (whole, or the changed part a NotifyStatus
// carries); false when a member has the wrong type.
bool readStatus(const QJsonObject &status, bool partial, bool isLight, int id, quint8 &readings)
{
    const QJsonValue idValue = status.value(QLatin1String("id"));
    if (!idValue.isUndefined() && (!idValue.isDouble() || idValue.toInt() != id))
        return false;
    const QJsonValue output = status.value(QLatin1String("output"));
    if ((!partial || !output.isUndefined()) && !output.isBool())
        return false;
    const QJsonValue brightness = status.value(QLatin1String("brightness"));
    if (isLight && !brightness.isUndefined() && !brightness.isNull() && !brightness.isDouble())
        return false;
    for (const ReadingInfo &info : Readings) {
        bool wrongType = false;
        const QJsonValue value = valueAt(status, info.path, wrongType);
        if (wrongType || (!value.isUndefined() && !value.isNull() && !value.isDouble()))
            return false;
        if (value.isDouble())
            readings |= info.bit;
    }
    return true;
}

// An RPC request frame; replies go to homewire/rpc, which nothing needs.
QByteArray rpc(const char *method, int id, const QByteArray &params)
{
    return R"({"id":1,"src":"homewire","method":")" + QByteArray(method) + R"(","params":{"id":)" +
           QByteArray::number(id) + ',' + params + "}}";
}

} // namespace

Recognition ShellyGen2::inspectStatus(const QString &prefix, const QString &component,
                                      const QByteArray &payload)
{
    bool isLight = false;
    int id = 0;
    if (!parseComponent(component, isLight, id))
        return {};
    const std::optional<QJsonObject> status = parseObject(payload);
    quint8 readings = 0;
    if (!status || !readStatus(*status, false, isLight, id, readings)) {
        if (!claims(prefix))
            return {};
        return {{}, {}, tr("%1 is not a Shelly component status").arg(component)};
    }
    const ComponentKey key{isLight ? Type::Light : Type::Switch, id};
    return finish(prefix, apply(prefix, Source::StatusTopic, {{key, readings}}));
}

Recognition ShellyGen2::inspectEvents(const QString &prefix, const QByteArray &payload)
{
    const std::optional<QJsonObject> frame = parseObject(payload);
    const QString method = frame ? frame->value(QLatin1String("method")).toString() : QString();
    const QJsonValue params = frame ? frame->value(QLatin1String("params")) : QJsonValue();
    if (!frame || (method == QLatin1String("NotifyStatus") && !params.isObject()) ||
        (method == QLatin1String("NotifyFullStatus") && !params.isObject())) {
        if (!claims(prefix))
            return {};
        return {{}, {}, tr("the notification is not a JSON-RPC frame")};
    }
    // NotifyEvent and the rest describe no component.
    if (method != QLatin1String("NotifyStatus") && method != QLatin1String("NotifyFullStatus"))
        return {};
    const QJsonObject components = params.toObject();
    QList<std::pair<ComponentKey, quint8>> found;
    for (auto it = components.constBegin(); it != components.constEnd(); ++it) {
        bool isLight = false;
        int id = 0;
        if (!parseComponent(it.key(), isLight, id))
            continue;
        quint8 readings = 0;
        if (!it.value().isObject() || !readStatus(it.value().toObject(), true, isLight, id, readings)) {
            if (!claims(prefix))
                return {};
            return {{}, {}, tr("%1 is not a Shelly component status").arg(it.key())};
        }
        found.append({ComponentKey{isLight ? Type::Light : Type::Switch, id}, readings});
    }
    if (found.isEmpty())
        return {};
    return finish(prefix, apply(prefix, Source::Notification, found));
}

// Merges what a message revealed; readings once seen stay, because
// notifications carry only what changed.
QString ShellyGen2::apply(const QString &prefix, Source source,
                          const QList<std::pair<ComponentKey, quint8>> &found)
{
    if (prefix.isEmpty())
        return tr("the Shelly topic prefix is empty");
    QString error;
    Node *node = findOrAddNode(m_nodes, prefix, MaxDevices, error);
    if (!node)
        return error;
    // status_ntf is one setting for the whole device: once one status topic
    // is seen, every component has one, and it carries the full status.
    node->statusTopics = node->statusTopics || source == Source::StatusTopic;
    for (const auto &[key, readings] : found) {
        if (!node->components.contains(key) && node->components.size() >= MaxComponents)
            return tr("more than %1 components; the rest are left out").arg(MaxComponents);
        node->components[key] |= readings;
    }
    return {};
}

Recognition ShellyGen2::finish(const QString &prefix, const QString &error)
{
    const auto it = m_nodes.find(prefix);
    if (it == m_nodes.end() || it->components.isEmpty())
        return {{}, {}, error};
    return reportIfChanged(it->reported, describe(prefix, *it), error);
}

bool ShellyGen2::claims(const QString &prefix) const
{
    return prefix.startsWith(QLatin1String("shelly"), Qt::CaseInsensitive) || m_nodes.contains(prefix);
}

Device ShellyGen2::describe(const QString &prefix, const Node &node) const
{
    Device device = shellyDevice(prefix);
    const bool several = node.components.size() > 1;
    for (auto it = node.components.constBegin(); it != node.components.constEnd(); ++it)
        device.entities +=
            componentEntities(prefix.toUtf8(), it.key(), it.value(), several, node.statusTopics);
    return device;
}

QList<Entity> ShellyGen2::componentEntities(const QByteArray &prefix, ComponentKey key, quint8 readings,
                                            bool several, bool statusTopics) const
{
    const auto [type, id] = key;
    const bool isLight = type == Type::Light;
    const QString component =
        (isLight ? QStringLiteral("light:") : QStringLiteral("switch:")) + QString::number(id);
    // Without status topics (status_ntf is off by default) the state comes
    // in NotifyStatus frames, the component's status under params.<component>
    // ("params.switch:0.output": the name has a colon, no dot). A frame about
    // other components, or without the member, reads as nothing.
    const QByteArray stateTopic =
        statusTopics ? prefix + "/status/" + component.toUtf8() : prefix + "/events/rpc";
    const QString path = statusTopics ? QString() : QStringLiteral("params.") + component + QLatin1Char('.');
    const char *method = isLight ? "Light.Set" : "Switch.Set";

    Entity output;
    output.key = component;
    if (isLight)
        output.name = several ? tr("Light %1").arg(id + 1) : tr("Light");
    else
        output.name = several ? tr("Switch %1").arg(id + 1) : tr("Switch");
    output.kind = isLight ? EntityKind::Light : EntityKind::Switch;
    output.commandTopic = prefix + "/rpc";
    output.payloadOn = rpc(method, id, R"("on":true)");
    output.payloadOff = rpc(method, id, R"("on":false)");
    output.stateTopic = stateTopic;
    output.state.field = path + QLatin1String("output");
    output.stateOn = "true";
    output.stateOff = "false";
    if (isLight) {
        output.deviceClass = QStringLiteral("lamp");
        output.brightnessCommandTopic = prefix + "/rpc";
        output.brightnessTemplate = rpc(method, id, R"("brightness":{value})");
        output.brightnessMax = 100;
        output.brightnessStateTopic = stateTopic;
        output.brightness.field = path + QLatin1String("brightness");
    }
    setAvailability(output, prefix);

    QList<Entity> entities{output};
    for (const ReadingInfo &info : Readings) {
        if (!(readings & info.bit))
            continue;
        Entity sensor = sensorEntity(component + QLatin1Char('.') + QLatin1String(info.path),
                                     several ? tr("%1: %2").arg(output.name, tr(info.name)) : tr(info.name),
                                     QString::fromLatin1(info.deviceClass), QString::fromUtf8(info.unit),
                                     stateTopic, prefix);
        sensor.state.field = path + QLatin1String(info.path);
        entities.append(sensor);
    }
    return entities;
}

} // namespace homewire::plugins::shelly
