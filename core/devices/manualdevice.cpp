#include "manualdevice.h"

#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

namespace homewire::devices {

namespace {

// The translation context of this file's messages.
struct ManualDevice
{
    Q_DECLARE_TR_FUNCTIONS(ManualDevice)
};

// Six base-36 characters: two devices named alike in one home never collide
// in practice, and the id stays short enough to read in a log.
QString randomSuffix()
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(digits[QRandomGenerator::global()->bounded(36)]));
    return suffix;
}

constexpr qsizetype MaxTopicLength = 65535;

// Why `topic` cannot be published to or subscribed as a name, for the user;
// empty when it can. The codec's validator is the authority; the common
// cases get words of their own.
QString topicProblem(const QByteArray &topic)
{
    if (topic.size() > MaxTopicLength)
        return ManualDevice::tr("it is longer than 65535 bytes");
    if (topic.contains('+') || topic.contains('#'))
        return ManualDevice::tr("it contains the wildcard “+” or “#”, which only subscriptions may use");
    const auto valid = mqtt::TopicName::validate(topic);
    if (valid)
        return QString();
    switch (valid.errorCode()) {
    case mqtt::CodecError::NullCharacter:
        return ManualDevice::tr("it contains a NUL character");
    case mqtt::CodecError::InvalidUtf8:
        return ManualDevice::tr("it is not valid UTF-8");
    default:
        return valid.error().message;
    }
}

QString checkTopics(const Entity &entity)
{
    const QList<std::pair<QByteArray, const char *>> topics = {
        {entity.commandTopic, QT_TRANSLATE_NOOP("ManualDevice", "command topic")},
        {entity.brightnessCommandTopic, QT_TRANSLATE_NOOP("ManualDevice", "brightness command topic")},
        {entity.stateTopic, QT_TRANSLATE_NOOP("ManualDevice", "state topic")},
        {entity.brightnessStateTopic, QT_TRANSLATE_NOOP("ManualDevice", "brightness state topic")},
        {entity.availabilityTopic, QT_TRANSLATE_NOOP("ManualDevice", "availability topic")},
    };
    for (const auto &[topic, role] : topics) {
        if (topic.isEmpty())
            continue;
        if (const QString problem = topicProblem(topic); !problem.isEmpty())
            return ManualDevice::tr("The %1 of “%2” cannot be used: %3.")
                .arg(ManualDevice::tr(role), entity.name, problem);
    }
    return QString();
}

QString checkPayloads(const Entity &entity)
{
    if (entity.isCommandable()) {
        if (entity.payloadOn.isEmpty() || entity.payloadOff.isEmpty())
            return ManualDevice::tr("“%1” needs a payload for on and one for off.").arg(entity.name);
        if (entity.payloadOn == entity.payloadOff)
            return ManualDevice::tr("The on and off payloads of “%1” are the same; they must differ.")
                .arg(entity.name);
    }
    // States are compared case-insensitively, so "ON" and "on" are one state.
    const bool readsOnOff = entity.kind != EntityKind::Sensor && !entity.stateTopic.isEmpty();
    if (readsOnOff) {
        if (entity.stateOn.isEmpty() || entity.stateOff.isEmpty())
            return ManualDevice::tr("“%1” needs a state value for on and one for off.").arg(entity.name);
        if (entity.stateOn.compare(entity.stateOff, Qt::CaseInsensitive) == 0)
            return ManualDevice::tr("The on and off states of “%1” are the same; they must differ.")
                .arg(entity.name);
    }
    if (entity.kind == EntityKind::Light) {
        if (entity.brightnessMax < 1)
            return ManualDevice::tr("The highest brightness of “%1” must be at least 1.").arg(entity.name);
        if (!entity.brightnessTemplate.contains("{value}"))
            return ManualDevice::tr("The brightness template of “%1” must contain {value}.").arg(entity.name);
    }
    return QString();
}

} // namespace

QString slugOf(const QString &text)
{
    QString slug;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (keep) {
            if (dash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug;
}

Device makeManualDevice(const QString &name, const QList<Entity> &entities)
{
    Device device;
    const QString slug = slugOf(name);
    device.id = QStringLiteral("%1/%2-%3")
                    .arg(ManualConvention, slug.isEmpty() ? QStringLiteral("device") : slug, randomSuffix());
    device.name = name.trimmed();
    device.convention = ManualConvention;
    device.entities = entities;
    QSet<QString> keys;
    for (Entity &entity : device.entities) {
        QString base = entity.key.isEmpty() ? slugOf(entity.name) : entity.key;
        if (base.isEmpty())
            base = QStringLiteral("entity");
        QString key = base;
        for (int n = 2; keys.contains(key); ++n)
            key = QStringLiteral("%1-%2").arg(base).arg(n);
        entity.key = key;
        keys.insert(key);
    }
    return device;
}

Entity makeSwitchEntity(const QString &name, const QByteArray &commandTopic, const QByteArray &stateTopic,
                        const QByteArray &availabilityTopic)
{
    Entity entity;
    entity.name = name.trimmed();
    entity.key = slugOf(name);
    if (entity.key.isEmpty())
        entity.key = QStringLiteral("switch");
    entity.kind = EntityKind::Switch;
    entity.commandTopic = commandTopic;
    entity.stateTopic = stateTopic;
    entity.availabilityTopic = availabilityTopic;
    // The remaining defaults of Entity are the plain case: "on"/"off" both
    // ways, the whole payload as the state, "online"/"offline".
    return entity;
}

QString validateEntity(const Entity &entity)
{
    if (entity.name.trimmed().isEmpty())
        return ManualDevice::tr("Every switch, light and sensor needs a name.");
    const bool commands = entity.kind == EntityKind::Switch || entity.kind == EntityKind::Light;
    if (commands && entity.commandTopic.isEmpty())
        return ManualDevice::tr("“%1” needs a command topic: the topic it is switched with.")
            .arg(entity.name);
    if (!commands && entity.stateTopic.isEmpty())
        return ManualDevice::tr("“%1” needs a state topic: the topic it reports on.").arg(entity.name);
    if (const QString problem = checkTopics(entity); !problem.isEmpty())
        return problem;
    return checkPayloads(entity);
}

QString validateDevice(const Device &device)
{
    if (device.name.trimmed().isEmpty())
        return ManualDevice::tr("The device needs a name.");
    if (device.entities.isEmpty())
        return ManualDevice::tr("“%1” needs at least one switch, light or sensor.").arg(device.name);
    QSet<QString> keys;
    for (const Entity &entity : device.entities) {
        if (const QString problem = validateEntity(entity); !problem.isEmpty())
            return problem;
        if (entity.key.isEmpty() || keys.contains(entity.key))
            return ManualDevice::tr("Two parts of “%1” share the name “%2”; give each its own.")
                .arg(device.name, entity.name);
        keys.insert(entity.key);
    }
    return QString();
}

} // namespace homewire::devices
