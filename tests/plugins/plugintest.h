// Helpers for the plugin tests: load the plugin under test the way the
// application does (ConventionCatalog), make a recognizer, feed it messages
// and fixture files, and the checks every convention must pass (metadata,
// malformed messages, random bytes) with each plugin's own data.
//
// The checks are void functions with QCOMPARE/QVERIFY inside: a failure ends
// the check, not the calling test, so a caller that goes on after one tests
// QTest::currentTestFailed() first.
#pragma once

#include "devices/conventioncatalog.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(homewire::devices::Entity)

namespace homewire::devices {
// Readable QCOMPARE failures: every member of both entities.
inline char *toString(const Entity &e)
{
    const QString text =
        QStringLiteral("{key=%1 name=%2 kind=%3 class=%4 cmd=%5 on=%6 off=%7 state=%8[%9] stateOn=%10 "
                       "stateOff=%11 bri=%12 briTpl=%13 briMax=%14 briState=%15[%16] unit=%17 avty=%18[%19] "
                       "avail=%20/%21}")
            .arg(e.key, e.name, QString::number(int(e.kind)), e.deviceClass,
                 QString::fromUtf8(e.commandTopic), QString::fromUtf8(e.payloadOn),
                 QString::fromUtf8(e.payloadOff), QString::fromUtf8(e.stateTopic), e.state.field)
            .arg(QString::fromUtf8(e.stateOn), QString::fromUtf8(e.stateOff),
                 QString::fromUtf8(e.brightnessCommandTopic), QString::fromUtf8(e.brightnessTemplate),
                 QString::number(e.brightnessMax), QString::fromUtf8(e.brightnessStateTopic),
                 e.brightness.field, e.unit, QString::fromUtf8(e.availabilityTopic))
            .arg(e.availability.field, QString::fromUtf8(e.payloadAvailable),
                 QString::fromUtf8(e.payloadNotAvailable));
    return qstrdup(text.toUtf8().constData());
}
} // namespace homewire::devices

namespace homewire::tests {

class PluginUnderTest
{
public:
    // Loads HOMEWIRE_PLUGIN_FILE; fails the calling test when it does not load.
    bool load()
    {
        if (!m_catalog.loadFile(QStringLiteral(HOMEWIRE_PLUGIN_FILE))) {
            qWarning("%s", qPrintable(m_catalog.errors().join(QLatin1Char('\n'))));
            return false;
        }
        m_plugin = m_catalog.conventions().constFirst().plugin;
        return true;
    }
    devices::DeviceConventionPlugin *plugin() const { return m_plugin; }
    const devices::ConventionInfo &info() const { return m_catalog.conventions().constFirst(); }
    std::unique_ptr<devices::DeviceRecognizer> recognizer() const { return m_plugin->createRecognizer(); }

private:
    devices::ConventionCatalog m_catalog;
    devices::DeviceConventionPlugin *m_plugin = nullptr;
};

// The bytes of fixtures/<name>; fails the test (empty result) when missing.
inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HOMEWIRE_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

inline QByteArray fixture(const char *name)
{
    return fixture(QString::fromLatin1(name));
}

inline devices::Recognition feed(devices::DeviceRecognizer &recognizer, const QByteArray &topic,
                                 const QByteArray &payload, bool retained = true)
{
    return recognizer.inspect(devices::ConventionMessage{topic, payload, retained});
}

struct Message
{
    QByteArray topic;
    QByteArray payload;
};
using Messages = QList<Message>;

// Traffic written as "<topic> <payload>" lines; "#" starts a comment line.
inline Messages parseMessages(const QByteArray &lines)
{
    Messages messages;
    for (const QByteArray &line : lines.split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            messages.append({line, {}});
        else
            messages.append({line.left(space), line.mid(space + 1)});
    }
    return messages;
}

// The traffic of fixtures/<name>, written as parseMessages() reads it.
inline Messages messagesOf(const char *name)
{
    return parseMessages(fixture(name));
}

// What a sequence of messages made the recognizer say.
struct Outcome
{
    QMap<QString, devices::Device> devices; // the latest report of each device
    QStringList removed;
    QStringList errors;
    int reports = 0;
};

inline Outcome feedAll(devices::DeviceRecognizer &recognizer, const Messages &messages)
{
    Outcome outcome;
    for (const Message &message : messages) {
        const devices::Recognition recognition = feed(recognizer, message.topic, message.payload);
        for (const devices::Device &device : recognition.devices)
            outcome.devices.insert(device.id, device);
        outcome.reports += int(recognition.devices.size());
        outcome.removed += recognition.removedIds;
        if (!recognition.error.isEmpty())
            outcome.errors += recognition.error;
    }
    return outcome;
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list += QString::fromUtf8(item);
    return list;
}

// The keys of the device's entities, in order.
inline QStringList keys(const devices::Device &device)
{
    QStringList list;
    for (const devices::Entity &entity : device.entities)
        list += entity.key;
    return list;
}

// The entity `key` of `device`; a stand-in that matches nothing when missing,
// so a test fails instead of crashing.
inline const devices::Entity &entityOf(const devices::Device &device, const QString &key)
{
    static const devices::Entity missing = [] {
        devices::Entity entity;
        entity.key = entity.name = entity.deviceClass = entity.unit = QStringLiteral("<missing>");
        entity.kind = static_cast<devices::EntityKind>(0xff);
        return entity;
    }();
    const devices::Entity *entity = device.entity(key);
    return entity ? *entity : missing;
}

// Where every entity of a device reads whether it is online.
struct Availability
{
    QByteArray topic;
    QByteArray online;  // payloadAvailable
    QByteArray offline; // payloadNotAvailable
};

// `outcome` is one device, `id` of `convention`, with the entities `keys` in
// this order, each available as `availability` says, and no error.
inline void verifyOnlyDevice(const Outcome &outcome, const QString &id, const QString &convention,
                             const QStringList &keys, const Availability &availability)
{
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.devices.keys(), QStringList{id});
    const devices::Device device = outcome.devices.value(id);
    QCOMPARE(device.convention, convention);
    QCOMPARE(tests::keys(device), keys);
    for (const devices::Entity &entity : device.entities) {
        QCOMPARE(entity.availabilityTopic, availability.topic);
        QCOMPARE(entity.payloadAvailable, availability.online);
        QCOMPARE(entity.payloadNotAvailable, availability.offline);
    }
}

// How a Switch is commanded and how its state reads.
struct OnOff
{
    QByteArray commandTopic;
    QByteArray payloadOn;
    QByteArray payloadOff;
    QByteArray stateTopic;
    QString stateField; // empty: the whole payload
    QByteArray stateOn;
    QByteArray stateOff;
};

inline void verifySwitch(const devices::Entity &entity, const OnOff &expected)
{
    QCOMPARE(entity.kind, devices::EntityKind::Switch);
    QCOMPARE(entity.commandTopic, expected.commandTopic);
    QCOMPARE(entity.payloadOn, expected.payloadOn);
    QCOMPARE(entity.payloadOff, expected.payloadOff);
    QCOMPARE(entity.stateTopic, expected.stateTopic);
    QCOMPARE(entity.state.field, expected.stateField);
    QCOMPARE(entity.stateOn, expected.stateOn);
    QCOMPARE(entity.stateOff, expected.stateOff);
    QVERIFY(entity.isCommandable());
}

// What a plugin says about itself: its JSON metadata, its interface and the
// topic filters its recognizers subscribe to.
struct Metadata
{
    QString id;
    QString name;             // the metadata's name, also the plugin's displayName()
    QStringList topicFilters; // all of them, in order; empty: a test of its own checks them
};

inline void verifyMetadata(const PluginUnderTest &plugin, const Metadata &expected)
{
    QCOMPARE(plugin.info().id, expected.id);
    QCOMPARE(plugin.info().name, expected.name);
    QCOMPARE(plugin.info().version, QStringLiteral("1.0.0"));
    QVERIFY(!plugin.info().description.isEmpty());
    QCOMPARE(plugin.plugin()->id(), expected.id);
    QCOMPARE(plugin.plugin()->displayName(), expected.name);
    if (!expected.topicFilters.isEmpty())
        QCOMPARE(plugin.recognizer()->topicFilters(), expected.topicFilters);
}

// A message the recognizer must pass over: no device, no withdrawal and, as
// it may be another system's traffic, no error.
inline void verifyIgnored(devices::DeviceRecognizer &recognizer, const QByteArray &topic,
                          const QByteArray &payload)
{
    const devices::Recognition recognition = feed(recognizer, topic, payload);
    QVERIFY2(recognition.error.isEmpty(), qPrintable(recognition.error));
    QVERIFY(recognition.devices.isEmpty());
    QVERIFY(recognition.removedIds.isEmpty());
}

// A malformed message: the recognizer says why, and reports and withdraws
// nothing.
inline void verifyRejected(devices::DeviceRecognizer &recognizer, const QByteArray &topic,
                           const QByteArray &payload)
{
    QVERIFY2(!payload.isEmpty(), "a missing fixture is no malformed message");
    const devices::Recognition recognition = feed(recognizer, topic, payload);
    QVERIFY2(!recognition.error.isEmpty(), "a malformed message must say why");
    QVERIFY(recognition.devices.isEmpty());
    QVERIFY(recognition.removedIds.isEmpty());
}

// Random payloads of 1 to 199 bytes, 300 rounds on every topic: nothing
// crashes, and nothing random passes for a device.
inline void verifyRandomBytesDescribeNothing(devices::DeviceRecognizer &recognizer,
                                             const QList<QByteArray> &topics, quint32 seed)
{
    QRandomGenerator random(seed);
    int devices = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray payload(int(random.bounded(1, 200)), Qt::Uninitialized);
        for (char &c : payload)
            c = char(random.bounded(256));
        for (const QByteArray &topic : topics)
            devices += int(feed(recognizer, topic, payload).devices.size());
    }
    QCOMPARE(devices, 0);
}

// A valid payload with one to five bytes changed, and one time in four cut
// short, `rounds` times on one of `topics`: nothing crashes, and every device
// reported has an id `plausible` accepts.
inline void verifyCorruptionSurvived(devices::DeviceRecognizer &recognizer, const QList<QByteArray> &topics,
                                     const QByteArray &valid, quint32 seed, int rounds,
                                     const std::function<bool(const QString &id)> &plausible)
{
    QVERIFY(!valid.isEmpty());
    QRandomGenerator random(seed);
    for (int i = 0; i < rounds; ++i) {
        QByteArray payload = valid;
        for (int flips = random.bounded(1, 6); flips > 0; --flips)
            payload[random.bounded(int(payload.size()))] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            payload.truncate(random.bounded(int(payload.size())));
        const QByteArray &topic =
            topics.size() > 1 ? topics[random.bounded(int(topics.size()))] : topics.constFirst();
        for (const devices::Device &device : feed(recognizer, topic, payload).devices)
            QVERIFY2(plausible(device.id), qPrintable(device.id));
    }
}

// Devices announced one after the other, `announce(i)` the message about the
// i-th, `extra` more than `limit`: `limit` are reported, and each one past it
// is refused with an error that names the limit.
inline void verifyDeviceLimit(devices::DeviceRecognizer &recognizer, int limit,
                              const std::function<Message(int)> &announce, int extra = 100)
{
    int reported = 0;
    int refused = 0;
    QString lastError;
    for (int i = 0; i < limit + extra; ++i) {
        const Message message = announce(i);
        const devices::Recognition recognition = feed(recognizer, message.topic, message.payload);
        reported += int(recognition.devices.size());
        if (i >= limit && !recognition.error.isEmpty() && recognition.devices.isEmpty())
            ++refused;
        if (!recognition.error.isEmpty())
            lastError = recognition.error;
    }
    QCOMPARE(reported, limit);
    QCOMPARE(refused, extra);
    QVERIFY2(lastError.contains(QString::number(limit)), qPrintable(lastError));
}

} // namespace homewire::tests
