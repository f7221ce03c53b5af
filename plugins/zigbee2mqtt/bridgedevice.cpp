// Zigbee2MQTT device objects and their exposes; see bridgedevice.h.
#include "bridgedevice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace homewire::plugins::zigbee2mqtt {

namespace {

using devices::Entity;
using devices::EntityKind;

// The access bitmask of an expose: published in the state, settable with
// /set, readable with /get.
constexpr int AccessState = 1;
constexpr int AccessSet = 2;

const QLatin1String Convention("zigbee2mqtt");

// Everything an expose needs to become an entity.
struct Context
{
    QByteArray stateTopic;   // <base>/<friendly_name>
    QByteArray commandTopic; // <base>/<friendly_name>/set
    QString deviceName;
    const BridgeAvailability *availability = nullptr;
};

// A JSON scalar as the payload reader prints it: "ON", "true", "1".
QByteArray scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return value.toString().toUtf8();
}

bool isScalar(const QJsonValue &value)
{
    return value.isBool() || value.isDouble() || value.isString();
}

// {"<property>":<value>}, the /set payload for one property.
QByteArray setPayload(const QString &property, const QJsonValue &value)
{
    return QJsonDocument(QJsonObject{{property, value}}).toJson(QJsonDocument::Compact);
}

// "text", quoted and escaped as JSON.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A property name usable as a ValuePath: dots would read as nesting.
bool isPlainProperty(const QString &property)
{
    return !property.isEmpty() && !property.contains(QLatin1Char('.'));
}

QString prettyName(const QJsonObject &expose)
{
    const QString label = expose.value(QLatin1String("label")).toString();
    if (!label.isEmpty())
        return label;
    QString name = expose.value(QLatin1String("name")).toString();
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString sensorClass(const QString &name)
{
    static const QStringList direct = {QStringLiteral("temperature"), QStringLiteral("humidity"),
                                       QStringLiteral("pressure"),    QStringLiteral("co2"),
                                       QStringLiteral("power"),       QStringLiteral("energy"),
                                       QStringLiteral("voltage"),     QStringLiteral("current"),
                                       QStringLiteral("battery"),     QStringLiteral("illuminance")};
    if (direct.contains(name))
        return name;
    if (name == QLatin1String("illuminance_lux"))
        return QStringLiteral("illuminance");
    if (name.endsWith(QLatin1String("_temperature")))
        return QStringLiteral("temperature");
    return {};
}

QString binaryClass(const QString &name)
{
    if (name == QLatin1String("occupancy") || name == QLatin1String("presence"))
        return QStringLiteral("motion");
    if (name == QLatin1String("water_leak"))
        return QStringLiteral("moisture");
    if (name == QLatin1String("smoke"))
        return QStringLiteral("smoke");
    return {};
}

Entity baseEntity(const Context &context, const QString &key, const QString &name, EntityKind kind)
{
    Entity entity;
    entity.key = key;
    entity.name = name;
    entity.kind = kind;
    entity.stateTopic = context.stateTopic;
    setBridgeAvailability(entity, *context.availability);
    return entity;
}

QJsonObject feature(const QJsonObject &expose, QLatin1String name)
{
    for (const QJsonValue &value : expose.value(QLatin1String("features")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("name")).toString() == name)
            return object;
    }
    return {};
}

// light, switch and fan: the "state" feature, and for a light "brightness".
std::optional<Entity> readSpecific(const QJsonObject &expose, const QString &type, const Context &context)
{
    const QJsonObject state = feature(expose, QLatin1String("state"));
    const QString property = state.value(QLatin1String("property")).toString();
    const QJsonValue on = state.value(QLatin1String("value_on"));
    const QJsonValue off = state.value(QLatin1String("value_off"));
    if (!isPlainProperty(property) || !isScalar(on) || !isScalar(off))
        return std::nullopt;
    const QString endpoint = expose.value(QLatin1String("endpoint")).toString();
    const QString key = endpoint.isEmpty() ? type : type + QLatin1Char('_') + endpoint;
    const QString name =
        endpoint.isEmpty() ? context.deviceName : context.deviceName + QLatin1Char(' ') + endpoint;
    Entity entity = baseEntity(context, key, name, EntityKind::Switch);
    entity.deviceClass = type == QLatin1String("light") ? QStringLiteral("lamp")
                         : type == QLatin1String("fan") ? QStringLiteral("fan")
                                                        : QString();
    entity.state = {property};
    entity.stateOn = scalarText(on);
    entity.stateOff = scalarText(off);
    if (state.value(QLatin1String("access")).toInt() & AccessSet) {
        entity.commandTopic = context.commandTopic;
        entity.payloadOn = setPayload(property, on);
        entity.payloadOff = setPayload(property, off);
    }
    const QJsonObject brightness = feature(expose, QLatin1String("brightness"));
    const QString level = brightness.value(QLatin1String("property")).toString();
    const int max = brightness.value(QLatin1String("value_max")).toInt(254);
    if (type == QLatin1String("light") && isPlainProperty(level) && max > 0 &&
        !entity.commandTopic.isEmpty()) {
        entity.kind = EntityKind::Light;
        entity.brightnessTemplate = '{' + jsonString(level) + ":{value}}";
        entity.brightnessMax = max;
        entity.brightness = {level};
    }
    return entity;
}

// numeric and binary exposes at the top level: sensors (a settable binary is
// a switch, e.g. a plug's child lock is not: its category is "config").
std::optional<Entity> readGeneric(const QJsonObject &expose, const QString &type, const Context &context)
{
    const QString name = expose.value(QLatin1String("name")).toString();
    const QString property = expose.value(QLatin1String("property")).toString();
    const int access = expose.value(QLatin1String("access")).toInt();
    // Link quality is radio diagnostics, and settings are not readings.
    if (name == QLatin1String("linkquality") ||
        expose.value(QLatin1String("category")).toString() == QLatin1String("config"))
        return std::nullopt;
    if (!(access & AccessState) || !isPlainProperty(property))
        return std::nullopt;
    if (type == QLatin1String("numeric")) {
        Entity entity = baseEntity(context, property, prettyName(expose), EntityKind::Sensor);
        entity.state = {property};
        entity.unit = expose.value(QLatin1String("unit")).toString();
        entity.deviceClass = sensorClass(name);
        return entity;
    }
    const QJsonValue on = expose.value(QLatin1String("value_on"));
    const QJsonValue off = expose.value(QLatin1String("value_off"));
    if (!isScalar(on) || !isScalar(off))
        return std::nullopt;
    Entity entity = baseEntity(context, property, prettyName(expose), EntityKind::BinarySensor);
    entity.state = {property};
    entity.stateOn = scalarText(on);
    entity.stateOff = scalarText(off);
    entity.deviceClass = binaryClass(name);
    if (access & AccessSet) {
        entity.kind = EntityKind::Switch;
        entity.commandTopic = context.commandTopic;
        entity.payloadOn = setPayload(property, on);
        entity.payloadOff = setPayload(property, off);
    }
    return entity;
}

std::optional<Entity> readExpose(const QJsonObject &expose, const Context &context)
{
    const QString type = expose.value(QLatin1String("type")).toString();
    if (type == QLatin1String("light") || type == QLatin1String("switch") || type == QLatin1String("fan"))
        return readSpecific(expose, type, context);
    if (type == QLatin1String("numeric") || type == QLatin1String("binary"))
        return readGeneric(expose, type, context);
    return std::nullopt; // enum, text, composite, list, climate, cover, lock
}

// Zigbee2MQTT itself refuses such names; a list holding one is not to be trusted.
bool isUsableFriendlyName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 1024 && !name.contains(QLatin1Char('+')) &&
           !name.contains(QLatin1Char('#')) && !name.contains(QChar(0)) &&
           !name.startsWith(QLatin1Char('/')) && !name.endsWith(QLatin1Char('/'));
}

} // namespace

void setBridgeAvailability(Entity &entity, const BridgeAvailability &availability)
{
    entity.availabilityTopic = availability.topic;
    entity.availability =
        availability.legacy ? devices::ValuePath{} : devices::ValuePath{QStringLiteral("state")};
}

BridgeDeviceReading readBridgeDevice(const QJsonObject &object, const QByteArray &base,
                                     const BridgeAvailability &availability)
{
    const QJsonValue definition = object.value(QLatin1String("definition"));
    if (object.value(QLatin1String("type")).toString() == QLatin1String("Coordinator") ||
        object.value(QLatin1String("disabled")).toBool() || !definition.isObject())
        return {};
    const QString ieee = object.value(QLatin1String("ieee_address")).toString();
    const QString friendlyName = object.value(QLatin1String("friendly_name")).toString();
    if (ieee.isEmpty() || ieee.contains(QLatin1Char('/')) || !isUsableFriendlyName(friendlyName))
        return {std::nullopt, QCoreApplication::translate("Zigbee2MqttRecognizer",
                                                          "a device without a usable ieee_address and "
                                                          "friendly_name (“%1”, “%2”)")
                                  .arg(ieee.left(40), friendlyName.left(80))};
    const QJsonObject model = definition.toObject();
    devices::Device device;
    device.id = Convention + QLatin1Char('/') + ieee;
    device.name = friendlyName;
    device.convention = Convention;
    device.manufacturer = model.value(QLatin1String("vendor")).toString();
    device.model = model.value(QLatin1String("model")).toString();

    Context context;
    context.stateTopic = base + '/' + friendlyName.toUtf8();
    context.commandTopic = context.stateTopic + "/set";
    context.deviceName = friendlyName;
    context.availability = &availability;
    QSet<QString> keys;
    for (const QJsonValue &expose : model.value(QLatin1String("exposes")).toArray()) {
        const std::optional<Entity> entity = readExpose(expose.toObject(), context);
        // Two exposes on one property (illuminance and illuminance_lux on
        // older definitions) make one entity.
        if (!entity || keys.contains(entity->key))
            continue;
        keys.insert(entity->key);
        device.entities += *entity;
    }
    return {device, {}};
}

} // namespace homewire::plugins::zigbee2mqtt
