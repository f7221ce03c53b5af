// The hand-made "home/<room>/<device>" convention; see genericrecognizer.h.
#include "genericrecognizer.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace homewire::plugins::generic {

namespace {

using devices::Entity;
using devices::EntityKind;

const QLatin1String Convention("generic");

QString deviceId(const QList<QByteArray> &levels)
{
    return Convention + QLatin1String("/home/") + QString::fromUtf8(levels[1]) + QLatin1Char('/') +
           QString::fromUtf8(levels[2]);
}

// Why a home/<room>/<device>[/<x>] topic cannot name a device; empty when it can.
QString topicProblem(const QList<QByteArray> &levels)
{
    for (qsizetype i = 1; i < levels.size(); ++i) {
        const QByteArray &level = levels[i];
        const bool valid = !level.isEmpty() && level.size() <= GenericRecognizer::MaxLevelSize &&
                           QString::fromUtf8(level).toUtf8() == level && !level.contains('\0');
        if (!valid)
            return QCoreApplication::translate("GenericRecognizer",
                                               "“%1” does not name a room and a device: every level must be "
                                               "non-empty UTF-8 of at most %2 bytes")
                .arg(QString::fromUtf8(levels.mid(0, 4).join('/').left(200)))
                .arg(GenericRecognizer::MaxLevelSize);
    }
    return {};
}

// "living-room", "dimmer" -> "Living room dimmer"; the device keeps its case ("TV").
QString deviceName(const QString &room, const QString &device)
{
    QString spaced = device;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return prettyName(room) + QLatin1Char(' ') + spaced.simplified();
}

// The on/off entity of a device, commanded in the words its state uses.
Entity onOffEntity(const QString &name, const OnOffWord &word)
{
    Entity entity;
    entity.key = QStringLiteral("state");
    entity.name = name;
    entity.kind = EntityKind::Switch;
    entity.deviceClass = guessSwitchClass(name);
    entity.payloadOn = entity.stateOn = word.onWord;
    entity.payloadOff = entity.stateOff = word.offWord;
    return entity;
}

Entity sensorEntity(const QString &key, const QByteArray &topic, const QString &field)
{
    const Quantity quantity = guessQuantity(key);
    Entity entity;
    entity.key = key;
    entity.name = prettyName(key);
    entity.kind = EntityKind::Sensor;
    entity.deviceClass = quantity.deviceClass;
    entity.unit = quantity.unit;
    entity.stateTopic = topic;
    entity.state = {field};
    return entity;
}

// The on/off state of a JSON object: a word, a boolean or 1/0.
std::optional<OnOffWord> jsonOnOff(const QJsonValue &value)
{
    if (value.isString())
        return readOnOffWord(value.toString().toUtf8());
    if (value.isBool())
        return OnOffWord{value.toBool(), "true", "false"};
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return OnOffWord{value.toDouble() == 1, "1", "0"};
    return std::nullopt;
}

} // namespace

QStringList GenericRecognizer::topicFilters() const
{
    return {QStringLiteral("home/#")};
}

devices::Recognition GenericRecognizer::inspect(const devices::ConventionMessage &message)
{
    devices::Recognition recognition;
    const QList<QByteArray> levels = message.topic.split('/');
    if ((levels.size() != 3 && levels.size() != 4) || levels[0] != "home")
        return recognition;
    for (const QByteArray &level : levels) {
        if (level.startsWith('$'))
            return recognition;
    }
    // A retained message being cleared says nothing about the device.
    if (message.payload.isEmpty())
        return recognition;
    recognition.error = topicProblem(levels);
    if (!recognition.error.isEmpty())
        return recognition;

    const QByteArray last = levels.constLast();
    if (levels.size() == 3)
        inspectJsonState(levels, message, &recognition);
    else if (last == "state")
        inspectStateWord(levels, message, &recognition);
    else if (last == "status")
        inspectStatus(levels, message, &recognition);
    else if (last != "set")
        inspectReading(levels, message, &recognition);
    // A refused message changed nothing, so nothing is reported for it; one
    // cut short by a limit reports what was taken.
    report(deviceId(levels), &recognition);
    return recognition;
}

GenericRecognizer::Known *GenericRecognizer::known(const QList<QByteArray> &levels,
                                                   devices::Recognition *recognition)
{
    const QString id = deviceId(levels);
    auto it = m_known.find(id);
    if (it == m_known.end()) {
        if (m_known.size() >= MaxDevices) {
            recognition->error = QCoreApplication::translate("GenericRecognizer",
                                                             "more than %1 hand-made devices; %2 is ignored")
                                     .arg(MaxDevices)
                                     .arg(id.left(200));
            return nullptr;
        }
        it = m_known.insert(
            id, Known{QString::fromUtf8(levels[1]), QString::fromUtf8(levels[2]), {}, {}, {}, {}});
    }
    return &it.value();
}

void GenericRecognizer::upsert(Known *known, const Entity &entity, const QByteArray &source,
                               devices::Recognition *recognition)
{
    const auto found = known->index.constFind(entity.key);
    if (found != known->index.constEnd()) {
        // First topic wins a key: another topic naming it is ignored.
        if (known->sources[*found] == source)
            known->entities[*found] = entity;
        return;
    }
    if (known->entities.size() >= MaxEntitiesPerDevice) {
        if (recognition->error.isEmpty())
            recognition->error =
                QCoreApplication::translate("GenericRecognizer",
                                            "more than %1 entities in home/%2/%3; the rest are left out")
                    .arg(MaxEntitiesPerDevice)
                    .arg(known->room, known->device);
        return;
    }
    known->index.insert(entity.key, known->entities.size());
    known->entities += entity;
    known->sources += source;
}

// home/<room>/<device>/state: "on"/"off" (or ON/OFF, true/false, 1/0); the
// device is commanded on home/<room>/<device> in the same words.
void GenericRecognizer::inspectStateWord(const QList<QByteArray> &levels,
                                         const devices::ConventionMessage &message,
                                         devices::Recognition *recognition)
{
    const std::optional<OnOffWord> word = readOnOffWord(message.payload);
    if (!word) {
        recognition->error =
            QCoreApplication::translate("GenericRecognizer", "%1 should say on or off, not “%2”")
                .arg(QString::fromUtf8(message.topic), QString::fromUtf8(message.payload.left(40)));
        return;
    }
    Known *device = known(levels, recognition);
    if (!device)
        return;
    Entity entity = onOffEntity(deviceName(device->room, device->device), *word);
    entity.commandTopic = levels.mid(0, 3).join('/');
    entity.stateTopic = message.topic;
    upsert(device, entity, message.topic, recognition);
}

// home/<room>/<device>: a JSON object of the device's state and readings.
void GenericRecognizer::inspectJsonState(const QList<QByteArray> &levels,
                                         const devices::ConventionMessage &message,
                                         devices::Recognition *recognition)
{
    // Plain payloads here are commands to a /state device ("on"), not states.
    if (!message.payload.trimmed().startsWith('{'))
        return;
    if (message.payload.size() > MaxStateSize) {
        recognition->error =
            QCoreApplication::translate("GenericRecognizer", "%1: the state is too large (%2 bytes)")
                .arg(QString::fromUtf8(message.topic))
                .arg(message.payload.size());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        recognition->error =
            QCoreApplication::translate("GenericRecognizer", "%1: the state is not a JSON object: %2")
                .arg(QString::fromUtf8(message.topic), parseError.errorString());
        return;
    }
    if (Known *device = known(levels, recognition))
        inspectJsonMembers(device, document.object(), message.topic, recognition);
}

void GenericRecognizer::inspectJsonMembers(Known *device, const QJsonObject &state, const QByteArray &topic,
                                           devices::Recognition *recognition)
{
    const std::optional<OnOffWord> word = jsonOnOff(state.value(QLatin1String("state")));
    const QJsonValue brightness = state.value(QLatin1String("brightness"));
    if (word) {
        Entity entity = onOffEntity(deviceName(device->room, device->device), *word);
        entity.commandTopic = topic + "/set";
        entity.stateTopic = topic;
        entity.state = {QStringLiteral("state")};
        if (brightness.isDouble()) {
            entity.kind = EntityKind::Light;
            entity.brightness = {QStringLiteral("brightness")};
            // 0..100 unless the sketch shows it counts to 255; once seen, kept.
            bool wide = brightness.toDouble() > 100;
            const auto seen = device->index.constFind(entity.key);
            if (seen != device->index.constEnd() && device->sources[*seen] == topic)
                wide = wide || device->entities[*seen].brightnessMax == 255;
            entity.brightnessMax = wide ? 255 : 100;
        }
        upsert(device, entity, topic, recognition);
    }
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QString &key = it.key();
        if (key.isEmpty() || key.contains(QLatin1Char('.')) || key == QLatin1String("state") ||
            (word && key == QLatin1String("brightness")))
            continue;
        if (it.value().isDouble()) {
            upsert(device, sensorEntity(key, topic, key), topic, recognition);
        } else if (it.value().isBool()) {
            Entity entity = sensorEntity(key, topic, key);
            entity.kind = EntityKind::BinarySensor;
            entity.unit.clear();
            entity.deviceClass = guessBinaryClass(key);
            entity.stateOn = "true";
            entity.stateOff = "false";
            upsert(device, entity, topic, recognition);
        }
    }
}

// home/<room>/<device>/<quantity>: a plain number.
void GenericRecognizer::inspectReading(const QList<QByteArray> &levels,
                                       const devices::ConventionMessage &message,
                                       devices::Recognition *recognition)
{
    if (!readPlainNumber(message.payload))
        return; // not a reading of this convention
    const QString quantity = QString::fromUtf8(levels[3]);
    if (quantity.contains(QLatin1Char('.')))
        return;
    if (Known *device = known(levels, recognition))
        upsert(device, sensorEntity(quantity, message.topic, QString()), message.topic, recognition);
}

// home/<room>/<device>/status: "online"/"offline", the device's will.
void GenericRecognizer::inspectStatus(const QList<QByteArray> &levels,
                                      const devices::ConventionMessage &message,
                                      devices::Recognition *recognition)
{
    const QByteArray word = message.payload.trimmed().toLower();
    if (word != "online" && word != "offline")
        return;
    if (Known *device = known(levels, recognition))
        device->availabilityTopic = message.topic;
}

void GenericRecognizer::report(const QString &id, devices::Recognition *recognition)
{
    const auto found = m_known.constFind(id);
    if (found == m_known.constEnd() || found->entities.isEmpty())
        return;
    devices::Device device;
    device.id = id;
    device.name = deviceName(found->room, found->device);
    device.convention = Convention;
    device.suggestedRoom = prettyName(found->room);
    device.entities = found->entities;
    for (Entity &entity : device.entities)
        entity.availabilityTopic = found->availabilityTopic;
    const auto reported = m_reported.constFind(id);
    if (reported == m_reported.constEnd() || *reported != device) {
        m_reported.insert(id, device);
        recognition->devices += device;
    }
}

} // namespace homewire::plugins::generic
