#include "homiedescription.h"

#include <QCoreApplication>

using homewire::devices::Device;
using homewire::devices::Entity;
using homewire::devices::EntityKind;

namespace homewire::plugins::homie {

namespace {

bool isComplete(const HomieDevice &device)
{
    if (device.version.isEmpty() || !device.nodes)
        return false;
    for (const QString &nodeId : *device.nodes) {
        const auto node = device.attributes.constFind(nodeId);
        if (node == device.attributes.constEnd() || !node->properties)
            return false;
        for (const QString &propertyId : *node->properties) {
            const auto property = node->attributes.constFind(propertyId);
            if (property == node->attributes.constEnd() || property->datatype.isEmpty())
                return false;
        }
    }
    return true;
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The tile icon of a reading, from its unit, else from its id.
QString sensorClass(const QString &propertyId, const QString &unit)
{
    if (unit == QStringLiteral("°C") || unit == QStringLiteral("°F") || unit == QLatin1String("K"))
        return QStringLiteral("temperature");
    if (unit == QLatin1String("W") || unit == QLatin1String("kW"))
        return QStringLiteral("power");
    if (unit == QLatin1String("Wh") || unit == QLatin1String("kWh"))
        return QStringLiteral("energy");
    if (unit == QLatin1String("V"))
        return QStringLiteral("voltage");
    if (unit == QLatin1String("A"))
        return QStringLiteral("current");
    if (unit == QLatin1String("lx"))
        return QStringLiteral("illuminance");
    for (const char *known : {"humidity", "battery", "motion", "temperature", "illuminance"}) {
        if (propertyId.contains(QLatin1String(known)))
            return QLatin1String(known);
    }
    return {};
}

// The tile icon of a switch, from what its node is.
QString switchClass(const QString &nodeId, const HomieNode &node, const QString &propertyId)
{
    const QString about = nodeId + QLatin1Char(' ') + node.type + QLatin1Char(' ') + propertyId;
    if (containsAny(about, {"heater", "heating", "radiator"}))
        return QStringLiteral("heater");
    if (containsAny(about, {"fan"}))
        return QStringLiteral("fan");
    if (containsAny(about, {"light", "lamp", "bulb"}))
        return QStringLiteral("lamp");
    if (containsAny(about, {"plug", "socket", "outlet"}))
        return QStringLiteral("plug");
    return {};
}

// A node with one settable boolean and one settable brightness level
// ($format "0:<max>") is a dimmable light.
struct DimmablePair
{
    QString switchId;
    QString levelId;
    int max = 100;
};

std::optional<DimmablePair> dimmablePair(const HomieNode &node)
{
    QStringList switches;
    QList<DimmablePair> levels;
    for (const QString &id : *node.properties) {
        const HomieProperty &property = *node.attributes.constFind(id);
        if (!property.settable)
            continue;
        if (property.datatype == QLatin1String("boolean")) {
            switches += id;
            continue;
        }
        const bool numeric =
            property.datatype == QLatin1String("integer") || property.datatype == QLatin1String("float");
        const QStringList range = property.format.split(QLatin1Char(':'));
        if (!numeric || range.size() != 2 || !containsAny(id, {"bright", "dim", "intensity", "level"}))
            continue;
        bool lowOk = false, highOk = false;
        const double low = range[0].toDouble(&lowOk);
        const double high = range[1].toDouble(&highOk);
        if (lowOk && highOk && low == 0 && high >= 1 && high <= 100000)
            levels.append(DimmablePair{{}, id, qRound(high)});
    }
    if (switches.size() != 1 || levels.size() != 1)
        return std::nullopt;
    DimmablePair pair = levels.first();
    pair.switchId = switches.first();
    return pair;
}

struct EntityContext
{
    QByteArray base; // homie/<device>
    QString nodeId;
    const HomieNode *node = nullptr;
    bool severalNodes = false;
    std::optional<DimmablePair> dimmable;
};

// The entity of one property; an empty key when its datatype is unknown.
Entity entityFor(const EntityContext &context, const QString &propertyId)
{
    const HomieProperty &property = *context.node->attributes.constFind(propertyId);
    if (!isHomieDatatype(property.datatype))
        return {};
    Entity entity;
    entity.key = context.nodeId + QLatin1Char('/') + propertyId;
    const QString propertyName = property.name.isEmpty() ? propertyId : property.name;
    const QString nodeName = context.node->name.isEmpty() ? context.nodeId : context.node->name;
    entity.name = context.severalNodes
                      ? QCoreApplication::translate("HomieRecognizer", "%1: %2").arg(nodeName, propertyName)
                      : propertyName;
    const QByteArray nodeTopic = context.base + '/' + context.nodeId.toUtf8();
    entity.stateTopic = nodeTopic + '/' + propertyId.toUtf8();
    entity.availabilityTopic = context.base + "/$state";
    entity.payloadAvailable = "ready";
    entity.payloadNotAvailable = "lost";
    if (property.datatype != QLatin1String("boolean")) {
        entity.kind = EntityKind::Sensor;
        entity.unit = property.unit;
        entity.deviceClass = sensorClass(propertyId, property.unit);
        return entity;
    }
    entity.stateOn = "true";
    entity.stateOff = "false";
    if (!property.settable) {
        entity.kind = EntityKind::BinarySensor;
        entity.deviceClass = sensorClass(propertyId, property.unit);
        return entity;
    }
    entity.kind = EntityKind::Switch;
    entity.commandTopic = entity.stateTopic + "/set";
    entity.payloadOn = "true";
    entity.payloadOff = "false";
    entity.deviceClass = switchClass(context.nodeId, *context.node, propertyId);
    if (context.dimmable && context.dimmable->switchId == propertyId) {
        const QByteArray level = nodeTopic + '/' + context.dimmable->levelId.toUtf8();
        entity.kind = EntityKind::Light;
        entity.deviceClass = QStringLiteral("lamp");
        entity.brightnessCommandTopic = level + "/set";
        entity.brightnessTemplate = "{value}";
        entity.brightnessMax = context.dimmable->max;
        entity.brightnessStateTopic = level;
    }
    return entity;
}

} // namespace

bool isHomieDatatype(const QString &datatype)
{
    static const QStringList datatypes{QStringLiteral("integer"),  QStringLiteral("float"),
                                       QStringLiteral("boolean"),  QStringLiteral("string"),
                                       QStringLiteral("enum"),     QStringLiteral("color"),
                                       QStringLiteral("datetime"), QStringLiteral("duration")};
    return datatypes.contains(datatype);
}

HomieDescription describeHomieDevice(const QString &id, const HomieDevice &device)
{
    HomieDescription description;
    if (!isComplete(device))
        return description;
    Device result;
    result.id = QStringLiteral("homie/") + id;
    result.name = device.name.trimmed().isEmpty() ? id : device.name;
    result.convention = QStringLiteral("homie");
    EntityContext context;
    context.base = "homie/" + id.toUtf8();
    context.severalNodes = device.nodes->size() > 1;
    int properties = 0;
    for (const QString &nodeId : *device.nodes) {
        context.nodeId = nodeId;
        context.node = &*device.attributes.constFind(nodeId);
        context.dimmable = dimmablePair(*context.node);
        for (const QString &propertyId : *context.node->properties) {
            if (context.dimmable && propertyId == context.dimmable->levelId)
                continue;
            if (++properties > MaxProperties) {
                description.error = QCoreApplication::translate(
                                        "HomieRecognizer", "more than %1 properties; the rest are left out")
                                        .arg(MaxProperties);
                break;
            }
            const Entity entity = entityFor(context, propertyId);
            if (!entity.key.isEmpty())
                result.entities.append(entity);
        }
    }
    description.device = result;
    return description;
}

} // namespace homewire::plugins::homie
