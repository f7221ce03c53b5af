// Helpers shared by the MqttClient integration tests (tst_mqttclient,
// tst_mqttclienttransports): a profile for a loopback broker, a recorder of
// everything a client reports, and bounded waits.
#pragma once

#include "brokertest.h"
#include "client/mqttclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <algorithm>

Q_DECLARE_METATYPE(homewire::mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(homewire::mqtt::QoS)
Q_DECLARE_METATYPE(homewire::client::Transport)

namespace mqttclienttest {

using homewire::client::ConnectionProfile;
using homewire::client::MqttClient;
using homewire::mqtt::ApplicationMessage;
using homewire::mqtt::ProtocolVersion;
using State = MqttClient::State;

inline constexpr int WaitMs = 10'000;
// Long enough for the backoff to come round (1 s, then 2 s, then 4 s).
inline constexpr int ReconnectWaitMs = 20'000;

inline ConnectionProfile profileFor(quint16 port, ProtocolVersion version = ProtocolVersion::V311)
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = port;
    profile.protocolVersion = version;
    profile.subscriptions.clear();
    return profile;
}

// Everything one client reports. Messages are appended as they come, so a
// burst of 20,000 is not copied on every look.
class Recorder : public QObject
{
public:
    explicit Recorder(MqttClient &client)
        : states(&client, &MqttClient::stateChanged)
        , errors(&client, &MqttClient::errorOccurred)
        , published(&client, &MqttClient::publishFinished)
        , subscribed(&client, &MqttClient::subscribeFinished)
    {
        connect(&client, &MqttClient::messagesReceived, this, [this](const QList<ApplicationMessage> &batch) {
            messages += batch;
            ++batches;
        });
    }

    QList<State> stateList() const
    {
        QList<State> list;
        for (const QList<QVariant> &args : states)
            list.append(args.at(0).value<State>());
        return list;
    }
    QList<ApplicationMessage> messagesUnder(const QByteArray &prefix) const
    {
        QList<ApplicationMessage> list;
        for (const ApplicationMessage &m : messages) {
            if (m.topic.startsWith(prefix))
                list.append(m);
        }
        return list;
    }
    int countUnder(const QByteArray &prefix) const
    {
        return int(std::count_if(messages.cbegin(), messages.cend(),
                                 [&](const ApplicationMessage &m) { return m.topic.startsWith(prefix); }));
    }
    // subscribeFinished(filter, ok, error) reports for `filter`.
    QList<QList<QVariant>> subscribeResults(const QString &filter) const
    {
        QList<QList<QVariant>> list;
        for (const QList<QVariant> &args : subscribed) {
            if (args.at(0).toString() == filter)
                list.append(args);
        }
        return list;
    }
    int subscribedOk(const QString &filter) const
    {
        int n = 0;
        for (const QList<QVariant> &args : subscribeResults(filter))
            n += args.at(1).toBool() ? 1 : 0;
        return n;
    }
    // publishFinished(id, ok, error) for `id`, or an empty list.
    QList<QVariant> publishResult(quint64 id) const
    {
        for (const QList<QVariant> &args : published) {
            if (args.at(0).toULongLong() == id)
                return args;
        }
        return {};
    }

    QSignalSpy states;
    QSignalSpy errors;
    QSignalSpy published;
    QSignalSpy subscribed;
    QList<ApplicationMessage> messages;
    int batches = 0;
};

[[nodiscard]] inline bool waitForState(const MqttClient &client, State state, int timeoutMs = WaitMs)
{
    return QTest::qWaitFor([&] { return client.state() == state; }, timeoutMs);
}

inline QByteArray why(const MqttClient &client, const Recorder &recorder)
{
    return "state " + QByteArray::number(int(client.state())) +
           ", last error: " + client.lastError().toUtf8() + ", " +
           QByteArray::number(recorder.errors.count()) + " errors";
}

// Runs a command line tool to completion (openssl, mosquitto_passwd), bounded in time.
inline bool run(const QString &program, const QStringList &arguments, const QString &directory,
                QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForStarted(WaitMs) && process.waitForFinished(30'000);
    *output = process.readAll();
    if (!finished)
        process.kill();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace mqttclienttest
