// Home Assistant MQTT discovery; see homeassistantrecognizer.h.
#include "homeassistantrecognizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace homewire::plugins::homeassistant {

namespace {

const QLatin1String Convention("homeassistant");

// Node and object ids: "[a-zA-Z0-9_-]" only, as the discovery topic requires.
bool isDiscoveryId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 256)
        return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

void keepFirst(QString *error, const QString &reason)
{
    if (error->isEmpty())
        *error = reason;
}

// Parses a config payload; a reason in `error` when it is not a JSON object.
std::optional<QJsonObject> parseConfig(const QByteArray &payload, QString *error)
{
    if (payload.size() > HomeAssistantRecognizer::MaxConfigSize) {
        *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                             "the discovery config is too large (%1 bytes)")
                     .arg(payload.size());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                             "the discovery config is not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                             "the discovery config is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QStringList HomeAssistantRecognizer::topicFilters() const
{
    return {QStringLiteral("homeassistant/#")};
}

devices::Recognition HomeAssistantRecognizer::inspect(const devices::ConventionMessage &message)
{
    devices::Recognition recognition;
    // <prefix>/<component>/[<node_id>/]<object_id>/config; anything else under
    // the prefix (state topics, Home Assistant's own status) is not a config.
    const QList<QByteArray> levels = message.topic.split('/');
    if ((levels.size() != 4 && levels.size() != 5) || levels.constLast() != "config")
        return recognition;
    const QString component = QString::fromUtf8(levels[1]);
    const QByteArray objectId = levels[levels.size() - 2];
    if (!isDiscoveryId(objectId) || (levels.size() == 5 && !isDiscoveryId(levels[2]))) {
        recognition.error = QCoreApplication::translate("HomeAssistantRecognizer",
                                                        "“%1” is not a discovery topic: ids may only hold "
                                                        "letters, digits, “_” and “-”")
                                .arg(QString::fromUtf8(message.topic.left(200)));
        return recognition;
    }
    const bool deviceBased = component == QLatin1String("device");
    if (!deviceBased && !isSupportedComponent(component))
        return recognition;

    m_touched.clear();
    if (message.payload.isEmpty()) {
        // An empty (retained) config withdraws what the topic announced.
        removeSource(message.topic);
        for (const QString &id : m_deviceComponents.take(message.topic))
            removeSource(message.topic + '#' + id.toUtf8());
    } else if (const auto payload = parseConfig(message.payload, &recognition.error)) {
        if (deviceBased)
            inspectDeviceConfig(message.topic, QString::fromUtf8(objectId), *payload, &recognition);
        else
            inspectEntityConfig(message.topic, component, QString::fromUtf8(objectId), *payload,
                                &recognition);
    }
    report(&recognition);
    return recognition;
}

void HomeAssistantRecognizer::inspectEntityConfig(const QByteArray &topic, const QString &component,
                                                  const QString &objectId, const QJsonObject &payload,
                                                  devices::Recognition *recognition)
{
    const ConfigReading reading =
        readEntityConfig(component, objectId, expandBaseTopic(expandAbbreviations(payload)));
    if (!reading.config) {
        recognition->error = reading.error;
        return;
    }
    // Without unique_id or device, the config topic is what identifies it.
    const QString topicId =
        QString::fromUtf8(topic.mid(topic.indexOf('/') + 1).chopped(int(sizeof("/config") - 1)));
    const QString standaloneId = reading.config->uniqueId.isEmpty() ? topicId : reading.config->uniqueId;
    if (applySource(topic, *reading.config, standaloneId, &recognition->error))
        recognition->error = reading.config->note;
}

// {"device": ..., "origin": ..., "components": {"<id>": {"platform": ...}},
//  shared options...}: each component is an entity config inheriting the
// shared options; a component holding only its platform is being removed.
void HomeAssistantRecognizer::inspectDeviceConfig(const QByteArray &topic, const QString &objectId,
                                                  const QJsonObject &payload,
                                                  devices::Recognition *recognition)
{
    QJsonObject shared = expandAbbreviations(payload);
    const QJsonValue components = shared.take(QLatin1String("components"));
    shared.remove(QLatin1String("origin"));
    if (!components.isObject()) {
        recognition->error = QCoreApplication::translate("HomeAssistantRecognizer",
                                                         "a device discovery config needs “components”");
        return;
    }
    QStringList kept;
    int read = 0;
    const QJsonObject map = components.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject component = expandAbbreviations(it.value().toObject());
        const QString platform = component.value(QLatin1String("platform")).toString();
        if (!it.value().isObject() || platform.isEmpty()) {
            keepFirst(&recognition->error, QCoreApplication::translate("HomeAssistantRecognizer",
                                                                       "the component “%1” has no platform")
                                               .arg(it.key().left(80)));
            continue;
        }
        if (component.size() == 1 || !isSupportedComponent(platform))
            continue;
        if (++read > MaxEntitiesPerDevice) {
            keepFirst(&recognition->error,
                      QCoreApplication::translate("HomeAssistantRecognizer",
                                                  "%1 has more than %2 components; the rest are left out")
                          .arg(QString::fromUtf8(topic.left(200)))
                          .arg(MaxEntitiesPerDevice));
            break;
        }
        QJsonObject merged = shared;
        for (auto option = component.begin(); option != component.end(); ++option)
            merged.insert(option.key(), option.value());
        const ConfigReading reading = readEntityConfig(platform, it.key(), expandBaseTopic(merged));
        if (!reading.config) {
            keepFirst(&recognition->error, reading.error);
            continue;
        }
        const QString standaloneId = reading.config->uniqueId.isEmpty()
                                         ? QStringLiteral("device/") + objectId + QLatin1Char('/') + it.key()
                                         : reading.config->uniqueId;
        const QByteArray key = topic + '#' + it.key().toUtf8();
        QString error;
        if (applySource(key, *reading.config, standaloneId, &error))
            keepFirst(&recognition->error, reading.config->note);
        else
            keepFirst(&recognition->error, error);
        // A refused update keeps the component's last good config.
        if (m_sources.contains(key))
            kept += it.key();
    }
    const QSet<QString> keptIds(kept.cbegin(), kept.cend());
    for (const QString &id : m_deviceComponents.value(topic)) {
        if (!keptIds.contains(id))
            removeSource(topic + '#' + id.toUtf8());
    }
    if (kept.isEmpty())
        m_deviceComponents.remove(topic);
    else
        m_deviceComponents.insert(topic, kept);
}

bool HomeAssistantRecognizer::applySource(const QByteArray &key, const EntityConfig &config,
                                          const QString &standaloneId, QString *error)
{
    const QString deviceId = Convention + QLatin1Char('/') +
                             (config.device.identifier.isEmpty() ? standaloneId : config.device.identifier);
    const QString &entityKey = config.entity.key;
    const auto device = m_devices.constFind(deviceId);
    const bool newDevice = device == m_devices.constEnd();
    if (!newDevice) {
        const QByteArray owner = device->owners.value(entityKey);
        if (!owner.isEmpty() && owner != key) {
            *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                                 "two discovery configs describe the entity “%1” of %2; "
                                                 "the second (%3) is ignored")
                         .arg(entityKey.left(80), deviceId.left(120), QString::fromUtf8(key.left(200)));
            return false;
        }
    }
    const auto existing = m_sources.find(key);
    if (existing != m_sources.end() && existing->deviceId == deviceId) {
        // The same entity updated: its key may have changed with it.
        DeviceSources &sources = m_devices[deviceId];
        if (existing->config.entity.key != entityKey) {
            sources.owners.remove(existing->config.entity.key);
            sources.owners.insert(entityKey, key);
        }
        existing->config = config;
        m_touched += deviceId;
        return true;
    }
    if (newDevice && m_devices.size() >= MaxDevices) {
        *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                             "more than %1 Home Assistant devices; %2 is ignored")
                     .arg(MaxDevices)
                     .arg(deviceId.left(120));
        return false;
    }
    if (!newDevice && device->sources.size() >= MaxEntitiesPerDevice) {
        *error = QCoreApplication::translate("HomeAssistantRecognizer",
                                             "more than %1 entities in %2; %3 is left out")
                     .arg(MaxEntitiesPerDevice)
                     .arg(deviceId.left(120), QString::fromUtf8(key.left(200)));
        return false;
    }
    // New, or moving from another device.
    removeSource(key);
    DeviceSources &sources = m_devices[deviceId];
    sources.sources.append(key);
    sources.owners.insert(entityKey, key);
    m_sources.insert(key, Source{deviceId, config});
    m_touched += deviceId;
    return true;
}

void HomeAssistantRecognizer::removeSource(const QByteArray &key)
{
    const auto source = m_sources.find(key);
    if (source == m_sources.end())
        return;
    const QString deviceId = source->deviceId;
    const QString entityKey = source->config.entity.key;
    m_sources.erase(source);
    const auto device = m_devices.find(deviceId);
    if (device != m_devices.end()) {
        device->sources.removeOne(key);
        if (device->owners.value(entityKey) == key)
            device->owners.remove(entityKey);
        if (device->sources.isEmpty())
            m_devices.erase(device);
    }
    m_touched += deviceId;
}

devices::Device HomeAssistantRecognizer::buildDevice(const QString &id, const DeviceSources &sources) const
{
    devices::Device device;
    device.id = id;
    device.convention = Convention;
    device.entities.reserve(sources.sources.size());
    // Each config repeats the device block; the latest non-empty value wins.
    for (const QByteArray &key : sources.sources) {
        const auto source = m_sources.constFind(key);
        if (source == m_sources.constEnd())
            continue;
        const EntityConfig &config = source->config;
        device.entities += config.entity;
        const auto take = [](QString *field, const QString &value) {
            if (!value.isEmpty())
                *field = value;
        };
        take(&device.name, config.device.name);
        take(&device.manufacturer, config.device.manufacturer);
        take(&device.model, config.device.model);
        take(&device.suggestedRoom, config.device.suggestedArea);
    }
    if (device.name.isEmpty() && !device.entities.isEmpty())
        device.name = device.entities.constFirst().name;
    return device;
}

void HomeAssistantRecognizer::report(devices::Recognition *recognition)
{
    QSet<QString> seen;
    for (const QString &id : std::as_const(m_touched)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto sources = m_devices.constFind(id);
        if (sources == m_devices.constEnd()) {
            if (m_reported.remove(id))
                recognition->removedIds += id;
            continue;
        }
        const devices::Device device = buildDevice(id, *sources);
        const auto reported = m_reported.constFind(id);
        if (reported == m_reported.constEnd() || *reported != device) {
            m_reported.insert(id, device);
            recognition->devices += device;
        }
    }
    m_touched.clear();
}

} // namespace homewire::plugins::homeassistant
