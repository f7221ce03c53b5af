#include "mqttclient.h"

#include "clienterrors.h"
#include "clientinbox.h"
#include "connectprobe.h"
#include "mqtt/topic.h"
#include "pahoconnection.h"
#include "reconnectbackoff.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcClient, "homewire.client")

namespace homewire::client {

namespace {

using detail::PahoFailure;

// How long Paho waits for a CONNACK once the transport is up.
constexpr int ConnectTimeoutSeconds = 10;

QString randomClientId()
{
    return QStringLiteral("homewire-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

class MqttClientPrivate
{
public:
    explicit MqttClientPrivate(MqttClient *client);

    void drain(const ClientInbox *from);
    void handle(const ClientEvent &event);
    void onConnected(quint64 attempt);
    void onConnectFailed(quint64 attempt, const PahoFailure &failure);
    void onConnectionLost(const QString &problem);
    void startAttempt();
    void scheduleRetry();
    void diagnose(const PahoFailure &failure);
    void cancelProbe();
    void teardown();
    void setState(MqttClient::State next);
    void reportError(const QString &message);
    void failPublishLater(quint64 requestId, const QString &error);
    void sendSubscribe(const DefaultSubscription &subscription);
    detail::PahoOptions pahoOptions() const;
    QString profileProblem() const;
    QString failureText(const PahoFailure &failure) const;

    MqttClient *q;
    ConnectionProfile profile;
    QString clientId;
    QString lastError;
    MqttClient::State state = MqttClient::State::Disconnected;
    QList<DefaultSubscription> subscriptions;
    quint64 receivedCount = 0;
    quint64 publishedCount = 0;
    quint64 lastRequestId = 0;
    quint64 lastAttempt = 0;
    quint64 currentAttempt = 0; // the attempt whose result is awaited; 0: none
    ReconnectBackoff backoff;
    qint64 connectedAtMs = 0; // when the current connection came up; 0 when there is none
    static constexpr qint64 StableConnectionMs = 10'000;
    QTimer *retryTimer;
    QPointer<ConnectProbe> probe;
    std::shared_ptr<ClientInbox> inbox;
    std::unique_ptr<detail::PahoConnection> connection;
};

MqttClientPrivate::MqttClientPrivate(MqttClient *client)
    : q(client)
    , retryTimer(new QTimer(client))
{
    retryTimer->setSingleShot(true);
    QObject::connect(retryTimer, &QTimer::timeout, q, [this] {
        if (state == MqttClient::State::Reconnecting && connection)
            startAttempt();
    });
}

void MqttClientPrivate::drain(const ClientInbox *from)
{
    if (from != inbox.get())
        return; // a connection the client has left
    std::vector<Inbound> items;
    inbox->takeAll(items);

    QList<mqtt::ApplicationMessage> batch;
    batch.reserve(qsizetype(items.size()));
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        receivedCount += quint64(batch.size());
        emit q->messagesReceived(batch);
        batch.clear();
    };
    for (Inbound &item : items) {
        if (auto *message = std::get_if<mqtt::ApplicationMessage>(&item)) {
            batch.append(std::move(*message));
            continue;
        }
        flush();
        handle(std::get<ClientEvent>(item));
        if (from != inbox.get())
            return; // a slot reconnected elsewhere: the rest is the old connection's
    }
    flush();
}

void MqttClientPrivate::handle(const ClientEvent &event)
{
    using Kind = ClientEvent::Kind;
    switch (event.kind) {
    case Kind::ConnectSucceeded:
        onConnected(event.id);
        break;
    case Kind::ConnectFailed:
        onConnectFailed(event.id, *event.failure);
        break;
    case Kind::ConnectionLost:
        onConnectionLost(connectionLostText(event.text));
        break;
    case Kind::ServerDisconnect:
        onConnectionLost(serverDisconnectText(event.code));
        break;
    case Kind::PublishFinished:
        if (!event.failure) {
            ++publishedCount;
            emit q->publishFinished(event.id, true, QString());
        } else if (event.failure->kind == PahoFailure::Kind::Refused) {
            emit q->publishFinished(event.id, false,
                                    pubackErrorText(event.failure->code)); // 5.0 PUBACK/PUBREC
        } else {
            emit q->publishFinished(event.id, false, failureText(*event.failure));
        }
        break;
    case Kind::SubscribeFinished:
        if (event.failure) {
            const QString error =
                event.failure->kind == PahoFailure::Kind::Refused
                    ? subackErrorText(profile.protocolVersion, event.text, event.failure->code)
                    : MqttClient::tr("subscription to “%1” failed: %2").arg(event.text, event.failure->text);
            qCWarning(lcClient).noquote() << error;
            emit q->subscribeFinished(event.text, false, error);
        } else {
            qCDebug(lcClient).noquote() << "subscribed to" << event.text << "granted QoS" << event.code;
            emit q->subscribeFinished(event.text, true, QString());
        }
        break;
    case Kind::UnsubscribeFinished:
        if (event.failure)
            qCWarning(lcClient).noquote()
                << "unsubscribing from" << event.text << "failed:" << event.failure->text;
        break;
    }
}

void MqttClientPrivate::onConnected(quint64 attempt)
{
    if (attempt != currentAttempt || attempt == 0) {
        // An attempt given up by disconnectFromBroker() that got through after
        // all: end it rather than leave a connection nobody uses.
        if (state == MqttClient::State::Disconnected && connection)
            connection->disconnect();
        return;
    }
    currentAttempt = 0;
    // The backoff starts over only once the connection has held for a while
    // (scheduleRetry): two clients taking the same client identifier from
    // each other must not fight once a second forever.
    connectedAtMs = QDateTime::currentMSecsSinceEpoch();
    lastError.clear();
    qCInfo(lcClient).noquote() << "connected to" << profile.url() << "as" << clientId;
    // A clean session starts without subscriptions, and a persistent one may
    // have lost them with a restarted broker: make them all again, before
    // anyone hears of the connection (a slot that subscribes then must not
    // have its filter sent twice).
    const QList<DefaultSubscription> again = subscriptions;
    for (const DefaultSubscription &subscription : again)
        sendSubscribe(subscription);
    setState(MqttClient::State::Connected);
}

void MqttClientPrivate::onConnectFailed(quint64 attempt, const PahoFailure &failure)
{
    if (attempt != currentAttempt || attempt == 0)
        return;
    currentAttempt = 0;
    scheduleRetry();
    if (failure.kind == PahoFailure::Kind::Transport) {
        // errorOccurred() follows once the probe knows more; until then
        // lastError() has Paho's words, so it is never empty in Reconnecting.
        lastError = failureText(failure);
        diagnose(failure);
    } else {
        reportError(failureText(failure));
    }
    setState(MqttClient::State::Reconnecting);
}

void MqttClientPrivate::onConnectionLost(const QString &problem)
{
    // A 5.0 broker's DISCONNECT is followed by Paho's "connection lost":
    // the first one tells.
    if (state != MqttClient::State::Connected)
        return;
    reportError(problem);
    scheduleRetry();
    setState(MqttClient::State::Reconnecting);
}

void MqttClientPrivate::startAttempt()
{
    currentAttempt = ++lastAttempt;
    qCDebug(lcClient).noquote() << "connecting to" << profile.url() << "attempt" << currentAttempt;
    // A failure to even start is reported like any failed attempt, from the event loop.
    if (std::optional<PahoFailure> failure = connection->connect(currentAttempt))
        inbox->connectFailed(currentAttempt, *failure);
}

void MqttClientPrivate::scheduleRetry()
{
    if (connectedAtMs != 0 && QDateTime::currentMSecsSinceEpoch() - connectedAtMs >= StableConnectionMs)
        backoff.reset();
    connectedAtMs = 0;
    const int delay = backoff.nextDelayMs();
    qCInfo(lcClient).noquote() << "next attempt to connect to" << profile.url() << "in" << delay << "ms";
    retryTimer->start(delay);
}

void MqttClientPrivate::diagnose(const PahoFailure &failure)
{
    if (probe)
        return; // one is under way for an earlier attempt; its answer holds for this one
    auto *started = new ConnectProbe(q);
    probe = started;
    const QString fallback = failureText(failure);
    QObject::connect(started, &ConnectProbe::finished, q, [this, started, fallback](const QString &problem) {
        probe = nullptr;
        started->deleteLater();
        // Connected meanwhile, or told to stop: the problem is history.
        if (state == MqttClient::State::Reconnecting || state == MqttClient::State::Connecting)
            reportError(problem.isEmpty() ? fallback : problem);
    });
    started->start(profile);
}

void MqttClientPrivate::cancelProbe()
{
    if (!probe)
        return;
    // deleteLater: this may run inside a slot of the probe's own signal.
    QObject::disconnect(probe, nullptr, q, nullptr);
    probe->deleteLater();
    probe = nullptr;
}

QString MqttClientPrivate::failureText(const PahoFailure &failure) const
{
    switch (failure.kind) {
    case PahoFailure::Kind::Refused:
        return connackErrorText(profile.protocolVersion, failure.code);
    case PahoFailure::Kind::Timeout:
        return connectTimeoutText(profile.hostAndPort(), ConnectTimeoutSeconds);
    case PahoFailure::Kind::Transport: {
        // Used when the probe found the transport working: what failed is
        // the step after it, as far as Paho's words tell.
        const QString detail = failure.text.isEmpty() ? MqttClient::tr("connection failed") : failure.text;
        if (profile.usesWebSocket())
            return MqttClient::tr("cannot connect to %1: WebSocket handshake failed (%2)")
                .arg(profile.hostAndPort(), detail);
        if (profile.usesTls())
            return tlsHandshakeErrorText(detail);
        return MqttClient::tr("cannot connect to %1: %2").arg(profile.hostAndPort(), detail);
    }
    case PahoFailure::Kind::Client:
        break;
    }
    return failure.text;
}

void MqttClientPrivate::teardown()
{
    retryTimer->stop();
    cancelProbe();
    currentAttempt = 0;
    if (inbox)
        inbox->detach();
    // Sends DISCONNECT if connected; no Paho callback runs after this.
    connection.reset();
    inbox.reset();
}

void MqttClientPrivate::setState(MqttClient::State next)
{
    if (state == next)
        return;
    state = next;
    emit q->stateChanged(next);
}

void MqttClientPrivate::reportError(const QString &message)
{
    lastError = message;
    qCWarning(lcClient).noquote() << profile.url() << message;
    emit q->errorOccurred(message);
}

void MqttClientPrivate::failPublishLater(quint64 requestId, const QString &error)
{
    // Queued: the caller learns the request id from publish() first.
    QMetaObject::invokeMethod(
        q, [client = q, requestId, error] { emit client->publishFinished(requestId, false, error); },
        Qt::QueuedConnection);
}

void MqttClientPrivate::sendSubscribe(const DefaultSubscription &subscription)
{
    if (std::optional<PahoFailure> failure =
            connection->subscribe(subscription.filter, int(subscription.qos))) {
        const QString error =
            MqttClient::tr("subscription to “%1” failed: %2").arg(subscription.filter, failure->text);
        qCWarning(lcClient).noquote() << error;
        emit q->subscribeFinished(subscription.filter, false, error);
    }
}

detail::PahoOptions MqttClientPrivate::pahoOptions() const
{
    detail::PahoOptions options;
    options.serverUri = profile.url();
    options.clientId = clientId;
    options.mqttVersion = int(profile.protocolVersion);
    options.cleanSession = profile.cleanSession;
    options.keepAliveSeconds = profile.keepAliveSeconds;
    options.connectTimeoutSeconds = ConnectTimeoutSeconds;
    options.username = profile.username;
    options.password = profile.password;
    options.tls = profile.usesTls();
    options.caFile = profile.caFile;
    options.certificateFile = profile.certificateFile;
    options.keyFile = profile.keyFile;
    options.skipVerify = profile.skipVerify;
    options.willTopic = profile.willTopic.toUtf8();
    options.willPayload = profile.willPayload;
    options.willQos = int(profile.willQos);
    options.willRetain = profile.willRetain;
    return options;
}

QString MqttClientPrivate::profileProblem() const
{
    if (profile.host.trimmed().isEmpty())
        return MqttClient::tr("no host name given");
    if (!profile.willTopic.isEmpty()) {
        if (auto valid = mqtt::TopicName::validate(profile.willTopic.toUtf8()); !valid)
            return MqttClient::tr("invalid will topic “%1”: %2")
                .arg(profile.willTopic, valid.error().message);
    }
    if (!profile.usesTls())
        return QString();
    for (const QString &file : {profile.caFile, profile.certificateFile, profile.keyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return MqttClient::tr("TLS: cannot read %1").arg(file);
    }
    if (profile.certificateFile.isEmpty() != profile.keyFile.isEmpty())
        return MqttClient::tr("TLS: a client certificate needs both the certificate and its key file");
    return QString();
}

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MqttClientPrivate>(this))
{}

MqttClient::~MqttClient()
{
    // Detach first: Paho may be calling back right now, on its own thread.
    d->teardown();
}

void MqttClient::connectToBroker(const ConnectionProfile &profile)
{
    d->teardown();
    d->profile = profile;
    d->clientId = profile.clientId.isEmpty() ? randomClientId() : profile.clientId;
    d->subscriptions = profile.subscriptions;
    d->receivedCount = 0;
    d->publishedCount = 0;
    d->lastError.clear();
    d->backoff.reset();

    // Mistakes that no retry can fix stop here, with a reason.
    QString problem = d->profileProblem();
    if (problem.isEmpty()) {
        d->inbox = std::make_shared<ClientInbox>(this, [d = d.get()](ClientInbox *from) { d->drain(from); });
        d->connection = detail::PahoConnection::create(d->pahoOptions(), d->inbox, &problem);
        if (!d->connection) {
            d->inbox.reset();
            problem = tr("cannot connect to %1: %2").arg(profile.url(), problem);
        }
    }
    if (!problem.isEmpty()) {
        d->reportError(problem);
        d->setState(State::Disconnected);
        return;
    }
    if (profile.usesTls() && profile.skipVerify)
        qCWarning(lcClient).noquote() << "TLS certificate verification is off for" << profile.url()
                                      << ": any server can pose as this broker";
    d->setState(State::Connecting);
    d->startAttempt();
}

void MqttClient::disconnectFromBroker(Disconnect how)
{
    d->retryTimer->stop();
    d->cancelProbe();
    d->currentAttempt = 0;
    const bool withWill = how == Disconnect::WithWill;
    if (d->connection && d->connection->disconnect(withWill)) {
        if (withWill)
            qCInfo(lcClient).noquote()
                << "disconnecting from" << d->profile.url() << "with the will published";
        else
            qCInfo(lcClient).noquote() << "disconnecting from" << d->profile.url();
    }
    d->setState(State::Disconnected);
}

MqttClient::State MqttClient::state() const
{
    return d->state;
}

const ConnectionProfile &MqttClient::profile() const
{
    return d->profile;
}

QString MqttClient::clientId() const
{
    return d->clientId;
}

QString MqttClient::lastError() const
{
    return d->lastError;
}

int MqttClient::nextAttemptInMs() const
{
    return d->retryTimer->isActive() ? qMax(0, d->retryTimer->remainingTime()) : -1;
}

void MqttClient::subscribe(const QString &filter, mqtt::QoS qos)
{
    if (auto valid = mqtt::TopicFilter::validate(filter.toUtf8()); !valid) {
        emit subscribeFinished(filter, false,
                               tr("invalid topic filter “%1”: %2").arg(filter, valid.error().message));
        return;
    }
    bool known = false;
    for (DefaultSubscription &s : d->subscriptions) {
        if (s.filter == filter) {
            s.qos = qos;
            known = true;
        }
    }
    if (!known)
        d->subscriptions.append(DefaultSubscription{filter, qos});
    if (d->state == State::Connected)
        d->sendSubscribe(DefaultSubscription{filter, qos});
}

void MqttClient::unsubscribe(const QString &filter)
{
    d->subscriptions.removeIf([&](const DefaultSubscription &s) { return s.filter == filter; });
    if (d->state == State::Connected) {
        if (std::optional<PahoFailure> failure = d->connection->unsubscribe(filter))
            qCWarning(lcClient).noquote() << "unsubscribing from" << filter << "failed:" << failure->text;
    }
}

QList<DefaultSubscription> MqttClient::subscriptions() const
{
    return d->subscriptions;
}

quint64 MqttClient::publish(const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos, bool retain)
{
    const quint64 requestId = ++d->lastRequestId;
    if (auto valid = mqtt::TopicName::validate(topic); !valid) {
        d->failPublishLater(
            requestId,
            tr("invalid topic name “%1”: %2").arg(QString::fromUtf8(topic), valid.error().message));
    } else if (d->state != State::Connected) {
        d->failPublishLater(requestId, tr("not connected to a broker"));
    } else if (std::optional<PahoFailure> failure =
                   d->connection->publish(requestId, topic, payload, int(qos), retain)) {
        d->failPublishLater(requestId, d->failureText(*failure));
    }
    return requestId;
}

quint64 MqttClient::receivedCount() const
{
    return d->receivedCount;
}

quint64 MqttClient::publishedCount() const
{
    return d->publishedCount;
}

} // namespace homewire::client
