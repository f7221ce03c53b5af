// Helpers shared by the device integration tests (tst_deviceruntime,
// tst_deviceservice): a fake device convention that recognizes devices from
// plain payloads (and throws or reports errors on request), a recorder of
// what a DeviceRuntime or DeviceService reports, and the device side of a
// test played by an MqttClient.
#pragma once

#include "devices/entitystate.h"
#include "mqttclienttest.h"

#include <QElapsedTimer>
#include <homewire/deviceconvention.h>
#include <stdexcept>

Q_DECLARE_METATYPE(homewire::devices::CommandState)
Q_DECLARE_METATYPE(homewire::devices::Availability)

namespace devicetest {

using namespace homewire::devices;

// A unique topic root per test function and row, so retained messages of one
// test never reach another.
inline QByteArray topicRoot()
{
    static int counter = 0;
    QByteArray root = "dev/" + QByteArray(QTest::currentTestFunction()) + QByteArray::number(++counter);
    return root;
}

// Recognizes "<root>/<name>/config": the payload is the device's name and the
// device has one switch entity "relay", commanded on "<root>/<name>/set" and
// reporting on "<root>/<name>/state" ("on"/"off"). Special payloads: ""
// withdraws the device; "throw" throws a std::runtime_error, "throw-int" an
// int; "partial" recognizes the device and reports an error; "garbage"
// reports only an error. The Device ids are "fake/<name>"; the convention is
// left empty for the runtime to fill in.
class FakeRecognizer final : public DeviceRecognizer
{
public:
    explicit FakeRecognizer(QByteArray root)
        : m_root(std::move(root))
    {}
    QStringList topicFilters() const override { return {QString::fromUtf8(m_root + "/+/config")}; }
    Recognition inspect(const ConventionMessage &message) override
    {
        const QByteArrayList levels = message.topic.split('/');
        const QByteArray name = levels.value(levels.size() - 2);
        Recognition recognition;
        if (message.payload.isEmpty())
            recognition.removedIds = {QStringLiteral("fake/") + QString::fromUtf8(name)};
        else if (message.payload == "throw")
            throw std::runtime_error("the fake recognizer was told to throw");
        else if (message.payload == "throw-int")
            throw 42;
        else if (message.payload == "garbage")
            recognition.error = QStringLiteral("not a config");
        else
            recognition.devices = {device(m_root, name, QString::fromUtf8(message.payload))};
        if (message.payload == "partial")
            recognition.error = QStringLiteral("partly understood");
        return recognition;
    }
    static Device device(const QByteArray &root, const QByteArray &name, const QString &displayName)
    {
        Device device;
        device.id = QStringLiteral("fake/") + QString::fromUtf8(name);
        device.name = displayName;
        Entity relay;
        relay.key = QStringLiteral("relay");
        relay.name = displayName;
        relay.commandTopic = root + "/" + name + "/set";
        relay.stateTopic = root + "/" + name + "/state";
        device.entities = {relay};
        return device;
    }

private:
    QByteArray m_root;
};

class FakeConvention final : public DeviceConventionPlugin
{
public:
    explicit FakeConvention(QByteArray root, bool throwOnCreate = false)
        : m_root(std::move(root))
        , m_throwOnCreate(throwOnCreate)
    {}
    QString id() const override
    {
        return m_throwOnCreate ? QStringLiteral("broken") : QStringLiteral("fake");
    }
    QString displayName() const override { return QStringLiteral("Fake"); }
    std::unique_ptr<DeviceRecognizer> createRecognizer() const override
    {
        if (m_throwOnCreate)
            throw std::runtime_error("cannot make a recognizer");
        return std::make_unique<FakeRecognizer>(m_root);
    }

private:
    QByteArray m_root;
    bool m_throwOnCreate;
};

// Everything a DeviceRuntime or DeviceService reports (both have the same
// signals for states, recognition failures and the connection).
class Recorder : public QObject
{
public:
    template<typename Source> explicit Recorder(Source &source)
    {
        m_clock.start();
        connect(&source, &Source::statesChanged, this, [this](const QList<EntityState> &states) {
            ++stateSignals;
            signalTimesMs.append(m_clock.elapsed());
            for (const EntityState &state : states) {
                latest.insert(state.ref, state);
                reported[state.ref].append(state.command);
            }
        });
        connect(&source, &Source::recognitionFailed, this,
                [this](const QString &convention, const QString &topic, const QString &error) {
                    failures.append({convention, topic, error});
                });
        connect(&source, &Source::connectionChanged, this, [this](bool isConnected, const QString &error) {
            connected = isConnected;
            lastError = error;
        });
    }

    CommandState command(const EntityRef &ref) const { return latest.value(ref).command; }

    int stateSignals = 0;
    QList<qint64> signalTimesMs;
    QHash<EntityRef, EntityState> latest;
    QHash<EntityRef, QList<CommandState>> reported;
    QList<QStringList> failures;
    bool connected = false;
    QString lastError;

private:
    QElapsedTimer m_clock;
};

// The device side: a client that records what it is sent and publishes states.
class FakeDevice
{
public:
    explicit FakeDevice(quint16 port, const QString &subscription = QStringLiteral("#"),
                        const QString &willTopic = QString(),
                        homewire::mqtt::ProtocolVersion version = homewire::mqtt::ProtocolVersion::V311)
        : recorder(client)
    {
        homewire::client::ConnectionProfile profile = mqttclienttest::profileFor(port, version);
        profile.subscriptions = {{subscription, homewire::mqtt::QoS::AtLeastOnce}};
        profile.willTopic = willTopic;
        profile.willPayload = "offline";
        profile.willQos = homewire::mqtt::QoS::AtLeastOnce;
        client.connectToBroker(profile);
        m_subscription = subscription;
    }
    [[nodiscard]] bool waitReady()
    {
        return mqttclienttest::waitForState(client, mqttclienttest::State::Connected) &&
               QTest::qWaitFor([&] { return recorder.subscribedOk(m_subscription) > 0; },
                               mqttclienttest::WaitMs);
    }
    void publish(const QByteArray &topic, const QByteArray &payload, bool retain = false)
    {
        client.publish(topic, payload, homewire::mqtt::QoS::AtLeastOnce, retain);
    }
    QList<homewire::mqtt::ApplicationMessage> received(const QByteArray &topic) const
    {
        QList<homewire::mqtt::ApplicationMessage> list;
        for (const homewire::mqtt::ApplicationMessage &m : recorder.messages) {
            if (m.topic == topic)
                list.append(m);
        }
        return list;
    }

    homewire::client::MqttClient client;
    mqttclienttest::Recorder recorder;

private:
    QString m_subscription;
};

} // namespace devicetest
