// Reads Home Assistant discovery config payloads; see discoveryconfig.h.
// Defaults and abbreviations follow https://www.home-assistant.io/integrations/mqtt/
// and the MQTT switch, light, fan, sensor and binary sensor pages.
#include "discoveryconfig.h"

#include "valuetemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace homewire::plugins::homeassistant {

namespace {

using devices::Entity;
using devices::EntityKind;

// The documented abbreviations of the keys Homewire reads (others are kept
// as they are: Home Assistant ignores unknown keys too).
const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("avty"), QStringLiteral("availability")},
        {QStringLiteral("avty_mode"), QStringLiteral("availability_mode")},
        {QStringLiteral("avty_t"), QStringLiteral("availability_topic")},
        {QStringLiteral("avty_tpl"), QStringLiteral("availability_template")},
        {QStringLiteral("bri_cmd_t"), QStringLiteral("brightness_command_topic")},
        {QStringLiteral("bri_cmd_tpl"), QStringLiteral("brightness_command_template")},
        {QStringLiteral("bri_scl"), QStringLiteral("brightness_scale")},
        {QStringLiteral("bri_stat_t"), QStringLiteral("brightness_state_topic")},
        {QStringLiteral("bri_val_tpl"), QStringLiteral("brightness_value_template")},
        {QStringLiteral("cmd_t"), QStringLiteral("command_topic")},
        {QStringLiteral("cmd_tpl"), QStringLiteral("command_template")},
        {QStringLiteral("cmps"), QStringLiteral("components")},
        {QStringLiteral("dev"), QStringLiteral("device")},
        {QStringLiteral("dev_cla"), QStringLiteral("device_class")},
        {QStringLiteral("o"), QStringLiteral("origin")},
        {QStringLiteral("obj_id"), QStringLiteral("object_id")},
        {QStringLiteral("p"), QStringLiteral("platform")},
        {QStringLiteral("pl_avail"), QStringLiteral("payload_available")},
        {QStringLiteral("pl_not_avail"), QStringLiteral("payload_not_available")},
        {QStringLiteral("pl_off"), QStringLiteral("payload_off")},
        {QStringLiteral("pl_on"), QStringLiteral("payload_on")},
        {QStringLiteral("stat_off"), QStringLiteral("state_off")},
        {QStringLiteral("stat_on"), QStringLiteral("state_on")},
        {QStringLiteral("stat_t"), QStringLiteral("state_topic")},
        {QStringLiteral("stat_val_tpl"), QStringLiteral("state_value_template")},
        {QStringLiteral("sup_clrm"), QStringLiteral("supported_color_modes")},
        {QStringLiteral("t"), QStringLiteral("topic")},
        {QStringLiteral("uniq_id"), QStringLiteral("unique_id")},
        {QStringLiteral("unit_of_meas"), QStringLiteral("unit_of_measurement")},
        {QStringLiteral("val_tpl"), QStringLiteral("value_template")},
    };
    return table;
}

const QHash<QString, QString> &deviceAbbreviations()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("cns"), QStringLiteral("connections")},
        {QStringLiteral("ids"), QStringLiteral("identifiers")},
        {QStringLiteral("mf"), QStringLiteral("manufacturer")},
        {QStringLiteral("mdl"), QStringLiteral("model")},
        {QStringLiteral("sa"), QStringLiteral("suggested_area")},
    };
    return table;
}

QJsonObject renamed(const QJsonObject &object, const QHash<QString, QString> &table)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(table.value(it.key(), it.key()), it.value());
    return result;
}

QString expandedTopic(const QString &topic, const QString &base)
{
    if (topic.startsWith(QLatin1Char('~')))
        return base + topic.mid(1);
    if (topic.endsWith(QLatin1Char('~')))
        return topic.chopped(1) + base;
    return topic;
}

// Integers print without a fraction, like the payload reader prints them.
QByteArray numberText(double number)
{
    if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
        return QByteArray::number(qint64(number));
    return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

// Typed access to one config object. The first wrongly typed member is kept
// as the error, and the config is then rejected as a whole, as Home
// Assistant rejects it.
class ConfigReader
{
public:
    explicit ConfigReader(const QJsonObject &object)
        : m_object(object)
    {}

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    bool has(const char *key) const
    {
        const QJsonValue v = value(key);
        return !v.isUndefined() && !v.isNull();
    }

    QString text(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(QCoreApplication::translate("HomeAssistantDiscovery", "“%1” should be text")
                     .arg(QLatin1String(key)));
        return {};
    }

    // payload_on and friends: Home Assistant accepts text, numbers and booleans.
    QByteArray word(const char *key, const QByteArray &fallback)
    {
        const QJsonValue v = value(key);
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString().toUtf8();
        case QJsonValue::Bool:
            return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        case QJsonValue::Double:
            return numberText(v.toDouble());
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return fallback;
        case QJsonValue::Array:
        case QJsonValue::Object:
            break;
        }
        fail(QCoreApplication::translate("HomeAssistantDiscovery",
                                         "“%1” should be text, a number or true/false")
                 .arg(QLatin1String(key)));
        return fallback;
    }

    QByteArray topic(const char *key)
    {
        const QString name = text(key);
        if (name.isEmpty())
            return {};
        const QByteArray topic = name.toUtf8();
        if (topic.contains('+') || topic.contains('#') || topic.contains('\0') || topic.size() > 65535) {
            fail(QCoreApplication::translate("HomeAssistantDiscovery", "“%1” is not a usable topic: %2")
                     .arg(QLatin1String(key), name.left(80)));
            return {};
        }
        return topic;
    }

    int positive(const char *key, int fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double number = v.toDouble(-1);
        if (!v.isDouble() || number < 1 || number > 1'000'000 || std::trunc(number) != number) {
            fail(QCoreApplication::translate("HomeAssistantDiscovery",
                                             "“%1” should be a positive whole number")
                     .arg(QLatin1String(key)));
            return fallback;
        }
        return int(number);
    }

    bool flag(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(QCoreApplication::translate("HomeAssistantDiscovery", "“%1” should be true or false")
                     .arg(QLatin1String(key)));
        return false;
    }

    devices::ValuePath valueTemplate(const char *key, QString *note)
    {
        const QString text = this->text(key);
        const TemplateReading reading = readValueTemplate(text);
        if (!reading.exact && note->isEmpty())
            *note = QCoreApplication::translate("HomeAssistantDiscovery",
                                                "“%1” (%2) is more than a member of the payload; "
                                                "the whole payload is shown instead")
                        .arg(QLatin1String(key), text.left(120));
        return reading.path;
    }

    void require(const QByteArray &topic, const char *key, const QString &component)
    {
        if (topic.isEmpty())
            fail(QCoreApplication::translate("HomeAssistantDiscovery", "%1: “%2” is missing")
                     .arg(component, QLatin1String(key)));
    }

    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_error;
};

QString firstText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::fromLatin1(numberText(value.toDouble()));
    return {};
}

DeviceBlock readDeviceBlock(ConfigReader &reader)
{
    const QJsonValue value = reader.value("device");
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        reader.fail(QCoreApplication::translate("HomeAssistantDiscovery", "“device” should be an object"));
        return {};
    }
    ConfigReader device(value.toObject());
    DeviceBlock block;
    const QJsonValue identifiers = device.value("identifiers");
    block.identifier =
        identifiers.isArray() ? firstText(identifiers.toArray().first()) : firstText(identifiers);
    if (block.identifier.isEmpty()) {
        // A connection is a [type, value] pair, e.g. ["mac", "02:5b:26:a8:dc:12"].
        const QJsonArray connection = device.value("connections").toArray().first().toArray();
        if (connection.size() == 2 && connection[0].isString() && connection[1].isString())
            block.identifier = connection[0].toString() + QLatin1Char('_') + connection[1].toString();
    }
    block.name = device.text("name");
    block.manufacturer = device.text("manufacturer");
    block.model = device.text("model");
    block.suggestedArea = device.text("suggested_area");
    if (!device.error().isEmpty())
        reader.fail(device.error());
    return block;
}

// The first entry of the availability list wins (Homewire follows one
// availability topic per entity); availability_topic otherwise.
void readAvailability(ConfigReader &reader, Entity *entity, QString *note)
{
    const QJsonValue list = reader.value("availability");
    if (!list.isUndefined() && !list.isNull()) {
        if (!list.isArray() || (!list.toArray().isEmpty() && !list.toArray().first().isObject())) {
            reader.fail(QCoreApplication::translate("HomeAssistantDiscovery",
                                                    "“availability” should be a list of objects"));
            return;
        }
        if (list.toArray().isEmpty())
            return;
        ConfigReader first(list.toArray().first().toObject());
        entity->availabilityTopic = first.topic("topic");
        first.require(entity->availabilityTopic, "topic", QStringLiteral("availability"));
        entity->availability = first.valueTemplate("value_template", note);
        entity->payloadAvailable = first.word("payload_available", "online");
        entity->payloadNotAvailable = first.word("payload_not_available", "offline");
        if (!first.error().isEmpty())
            reader.fail(first.error());
        return;
    }
    entity->availabilityTopic = reader.topic("availability_topic");
    entity->availability = reader.valueTemplate("availability_template", note);
    entity->payloadAvailable = reader.word("payload_available", "online");
    entity->payloadNotAvailable = reader.word("payload_not_available", "offline");
}

void readSwitch(ConfigReader &reader, Entity *entity, QString *note)
{
    entity->kind = EntityKind::Switch;
    entity->commandTopic = reader.topic("command_topic");
    reader.require(entity->commandTopic, "command_topic", QStringLiteral("switch"));
    entity->stateTopic = reader.topic("state_topic");
    entity->state = reader.valueTemplate("value_template", note);
    entity->payloadOn = reader.word("payload_on", "ON");
    entity->payloadOff = reader.word("payload_off", "OFF");
    entity->stateOn = reader.word("state_on", entity->payloadOn);
    entity->stateOff = reader.word("state_off", entity->payloadOff);
    entity->deviceClass =
        reader.text("device_class") == QLatin1String("outlet") ? QStringLiteral("plug") : QString();
}

void readFan(ConfigReader &reader, Entity *entity, QString *note)
{
    entity->kind = EntityKind::Switch;
    entity->deviceClass = QStringLiteral("fan");
    entity->commandTopic = reader.topic("command_topic");
    reader.require(entity->commandTopic, "command_topic", QStringLiteral("fan"));
    entity->stateTopic = reader.topic("state_topic");
    entity->state = reader.valueTemplate("state_value_template", note);
    entity->payloadOn = reader.word("payload_on", "ON");
    entity->payloadOff = reader.word("payload_off", "OFF");
    entity->stateOn = entity->payloadOn;
    entity->stateOff = entity->payloadOff;
}

void readDefaultLight(ConfigReader &reader, Entity *entity, QString *note)
{
    readFan(reader, entity, note);
    entity->deviceClass = QStringLiteral("lamp");
    entity->brightnessCommandTopic = reader.topic("brightness_command_topic");
    if (entity->brightnessCommandTopic.isEmpty())
        return; // on/off only
    entity->kind = EntityKind::Light;
    entity->brightnessMax = reader.positive("brightness_scale", 255);
    entity->brightnessStateTopic = reader.topic("brightness_state_topic");
    entity->brightness = reader.valueTemplate("brightness_value_template", note);
    const QString command = reader.text("brightness_command_template");
    const TemplateReading reading = readValueTemplate(command);
    if (!command.isEmpty() && !(reading.exact && reading.path.field.isEmpty()) && note->isEmpty())
        *note = QCoreApplication::translate("HomeAssistantDiscovery",
                                            "“brightness_command_template” (%1) is not followed; "
                                            "the plain level is sent")
                    .arg(command.left(120));
}

void readJsonLight(ConfigReader &reader, Entity *entity)
{
    entity->kind = EntityKind::Switch;
    entity->deviceClass = QStringLiteral("lamp");
    entity->commandTopic = reader.topic("command_topic");
    reader.require(entity->commandTopic, "command_topic", QStringLiteral("light"));
    entity->stateTopic = reader.topic("state_topic");
    entity->payloadOn = R"({"state":"ON"})";
    entity->payloadOff = R"({"state":"OFF"})";
    entity->state = {QStringLiteral("state")};
    entity->stateOn = "ON";
    entity->stateOff = "OFF";
    bool dimmable = reader.flag("brightness");
    const QJsonValue modes = reader.value("supported_color_modes");
    if (modes.isArray()) {
        // Every color mode but "onoff" has a brightness.
        for (const QJsonValue &mode : modes.toArray())
            dimmable = dimmable || (mode.isString() && mode.toString() != QLatin1String("onoff"));
    } else if (!modes.isUndefined() && !modes.isNull()) {
        reader.fail(QCoreApplication::translate("HomeAssistantDiscovery",
                                                "“supported_color_modes” should be a list"));
    }
    if (!dimmable)
        return;
    entity->kind = EntityKind::Light;
    entity->brightnessTemplate = R"({"state":"ON","brightness":{value}})";
    entity->brightnessMax = reader.positive("brightness_scale", 255);
    entity->brightness = {QStringLiteral("brightness")};
}

void readLight(ConfigReader &reader, Entity *entity, QString *note)
{
    const QString schema = reader.text("schema");
    if (schema.isEmpty() || schema == QLatin1String("default") || schema == QLatin1String("basic"))
        readDefaultLight(reader, entity, note);
    else if (schema == QLatin1String("json"))
        readJsonLight(reader, entity);
    else
        reader.fail(
            QCoreApplication::translate("HomeAssistantDiscovery", "the light schema “%1” is not supported")
                .arg(schema.left(40)));
}

void readSensor(ConfigReader &reader, Entity *entity, QString *note, bool binary)
{
    entity->kind = binary ? EntityKind::BinarySensor : EntityKind::Sensor;
    entity->stateTopic = reader.topic("state_topic");
    reader.require(entity->stateTopic, "state_topic",
                   binary ? QStringLiteral("binary_sensor") : QStringLiteral("sensor"));
    entity->state = reader.valueTemplate("value_template", note);
    entity->deviceClass = reader.text("device_class");
    if (binary) {
        entity->stateOn = reader.word("payload_on", "ON");
        entity->stateOff = reader.word("payload_off", "OFF");
        if (entity->deviceClass == QLatin1String("occupancy") ||
            entity->deviceClass == QLatin1String("presence"))
            entity->deviceClass = QStringLiteral("motion");
    } else {
        entity->unit = reader.text("unit_of_measurement");
    }
}

// Home Assistant 2023.8 and later: a null name is the device's own name; a
// missing one is named after the device class ("Temperature").
QString fallbackName(ConfigReader &reader, const DeviceBlock &device, const QString &objectId)
{
    QString deviceClass = reader.text("device_class");
    if (!reader.value("name").isNull() && !deviceClass.isEmpty()) {
        deviceClass.replace(QLatin1Char('_'), QLatin1Char(' '));
        deviceClass[0] = deviceClass[0].toUpper();
        return deviceClass;
    }
    return device.name.isEmpty() ? objectId : device.name;
}

} // namespace

bool isSupportedComponent(const QString &component)
{
    static const QStringList supported = {QStringLiteral("switch"), QStringLiteral("light"),
                                          QStringLiteral("fan"), QStringLiteral("sensor"),
                                          QStringLiteral("binary_sensor")};
    return supported.contains(component);
}

QJsonObject expandAbbreviations(const QJsonObject &payload)
{
    QJsonObject expanded = renamed(payload, abbreviations());
    const auto device = expanded.constFind(QLatin1String("device"));
    if (device != expanded.constEnd() && device->isObject())
        expanded.insert(QLatin1String("device"), renamed(device->toObject(), deviceAbbreviations()));
    const auto availability = expanded.constFind(QLatin1String("availability"));
    if (availability != expanded.constEnd() && availability->isArray()) {
        QJsonArray entries;
        for (const QJsonValue &entry : availability->toArray())
            entries.append(entry.isObject() ? QJsonValue(renamed(entry.toObject(), abbreviations())) : entry);
        expanded.insert(QLatin1String("availability"), entries);
    }
    return expanded;
}

QJsonObject expandBaseTopic(const QJsonObject &payload)
{
    const QJsonValue base = payload.value(QLatin1String("~"));
    if (!base.isString())
        return payload;
    const QString prefix = base.toString();
    QJsonObject expanded = payload;
    for (auto it = expanded.begin(); it != expanded.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_topic")) && it.value().isString())
            it.value() = expandedTopic(it.value().toString(), prefix);
    }
    const QJsonValue availability = expanded.value(QLatin1String("availability"));
    if (availability.isArray()) {
        QJsonArray entries;
        for (const QJsonValue &entry : availability.toArray()) {
            QJsonObject object = entry.toObject();
            const QJsonValue topic = object.value(QLatin1String("topic"));
            if (entry.isObject() && topic.isString())
                object.insert(QLatin1String("topic"), expandedTopic(topic.toString(), prefix));
            entries.append(entry.isObject() ? QJsonValue(object) : entry);
        }
        expanded.insert(QLatin1String("availability"), entries);
    }
    return expanded;
}

ConfigReading readEntityConfig(const QString &component, const QString &objectId, const QJsonObject &payload)
{
    ConfigReader reader(payload);
    EntityConfig config;
    config.uniqueId = reader.text("unique_id");
    config.device = readDeviceBlock(reader);
    Entity &entity = config.entity;
    entity.key = config.uniqueId.isEmpty() ? component + QLatin1Char('.') + objectId : config.uniqueId;
    entity.name = reader.text("name");
    readAvailability(reader, &entity, &config.note);
    if (component == QLatin1String("switch"))
        readSwitch(reader, &entity, &config.note);
    else if (component == QLatin1String("fan"))
        readFan(reader, &entity, &config.note);
    else if (component == QLatin1String("light"))
        readLight(reader, &entity, &config.note);
    else if (component == QLatin1String("sensor") || component == QLatin1String("binary_sensor"))
        readSensor(reader, &entity, &config.note, component == QLatin1String("binary_sensor"));
    else
        reader.fail(
            QCoreApplication::translate("HomeAssistantDiscovery", "the component “%1” is not supported")
                .arg(component.left(40)));
    if (!reader.error().isEmpty())
        return {std::nullopt, reader.error()};
    if (entity.name.isEmpty())
        entity.name = fallbackName(reader, config.device, objectId);
    return {config, {}};
}

} // namespace homewire::plugins::homeassistant
