// DeviceRuntime: recognizing devices, reading entity states and sending
// commands on one broker connection; see deviceruntime.h. What a message
// means for an entity and when a command counts as confirmed is
// EntityTracker's; this file routes messages, publishes and keeps time.
#include "devices/deviceruntime.h"

#include "client/mqttclient.h"
#include "devices/entitytracker.h"
#include "devices/runtimecaches.h"
#include "mqtt/topic.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
#include <exception>
#include <list>
#include <optional>
#include <vector>

namespace homewire::devices {

namespace {

Q_LOGGING_CATEGORY(lcDevices, "homewire.devices")

constexpr int StatesBatchMs = 100;

QString exceptionText(std::exception_ptr error)
{
    try {
        std::rethrow_exception(std::move(error));
    } catch (const std::exception &e) {
        return DeviceRuntime::tr("the convention threw an exception: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
    }
    return DeviceRuntime::tr("the convention threw an unknown exception");
}

// Within one batch of messages the last word on a device wins.
void addFound(Device device, const QString &convention, QList<Device> *found, QStringList *removed)
{
    if (device.convention.isEmpty())
        device.convention = convention;
    found->removeIf([&](const Device &d) { return d.id == device.id; });
    removed->removeAll(device.id);
    found->append(std::move(device));
}

void addRemoved(const QString &id, QList<Device> *found, QStringList *removed)
{
    found->removeIf([&](const Device &d) { return d.id == id; });
    if (!removed->contains(id))
        removed->append(id);
}

} // namespace

class DeviceRuntime::Private
{
public:
    struct Convention
    {
        QString id;
        std::unique_ptr<DeviceRecognizer> recognizer;
        QList<QByteArray> filters;
    };
    struct Reader
    {
        EntityRef ref;
        int roles = 0;
    };

    Private(DeviceRuntime *runtime, const Clock *c)
        : q(runtime)
        , clock(c ? c : &systemClock)
    {}

    void makeRecognizers();
    bool makeRecognizer(DeviceConventionPlugin *plugin, Convention *convention);
    QStringList wantedFilters() const;
    void updateSubscriptions();
    void rebuildReaders();
    void markDirty(const EntityRef &ref, bool urgent = false);
    void emitStates();
    void dropClient();

    void onMessages(const QList<mqtt::ApplicationMessage> &messages);
    void recognize(const mqtt::ApplicationMessage &message, QList<Device> *found, QStringList *removed);
    void route(const mqtt::ApplicationMessage &message);
    void replayRecent(const EntityRef &ref);
    void resetStates();

    EntityTracker *commandable(const EntityRef &ref, bool brightness);
    void send(EntityTracker &tracker, const EntityTracker::Command &command, bool target,
              std::optional<int> level);
    void onTimeout(const EntityRef &ref, quint64 sequence);
    void onPublishFinished(quint64 requestId, bool ok, const QString &error);

    DeviceRuntime *q;
    SystemClock systemClock;
    const Clock *clock;
    QList<DeviceConventionPlugin *> plugins;
    std::vector<Convention> conventions;
    client::MqttClient *client = nullptr; // a child of the runtime, made by start()
    QHash<EntityRef, EntityTracker> entities;
    QHash<QByteArray, QList<Reader>> readers;                // topic name -> the entities reading it
    QSet<QString> subscribed;                                // the filters asked of the client
    QHash<quint64, std::pair<EntityRef, quint64>> publishes; // request id -> entity, command sequence
    QSet<EntityRef> dirty;
    RecentMessages recent{
        DeviceRuntime::DefaultRecentBudgetBytes};         // of the topics the conventions' filters match
    RecognizedDevices recognized;                         // on this connection
    std::optional<client::ConnectionProfile> lastProfile; // of the last start()
    QTimer *batchTimer = nullptr; // a child of the runtime, so it moves with it to its thread
    bool urgentQueued = false;    // an emitStates() is queued for a command's progress
    quint64 lastSequence = 0;
};

void DeviceRuntime::Private::makeRecognizers()
{
    conventions.clear();
    for (DeviceConventionPlugin *plugin : std::as_const(plugins)) {
        Convention convention;
        if (makeRecognizer(plugin, &convention))
            conventions.push_back(std::move(convention));
    }
}

bool DeviceRuntime::Private::makeRecognizer(DeviceConventionPlugin *plugin, Convention *convention)
{
    // Plugins are third-party code: whatever they throw stays here.
    try {
        convention->id = plugin->id();
        convention->recognizer = plugin->createRecognizer();
        if (!convention->recognizer)
            return false;
        for (const QString &filter : convention->recognizer->topicFilters()) {
            const QByteArray bytes = filter.toUtf8();
            if (auto valid = mqtt::TopicFilter::validate(bytes); !valid) {
                qCWarning(lcDevices).noquote() << convention->id << "asks for the invalid topic filter"
                                               << filter << ":" << valid.error().message;
                continue;
            }
            convention->filters.append(bytes);
        }
    } catch (...) {
        const QString error = exceptionText(std::current_exception());
        qCWarning(lcDevices).noquote() << "convention" << convention->id << "left out:" << error;
        emit q->recognitionFailed(convention->id, QString(), error);
        return false;
    }
    return true;
}

QStringList DeviceRuntime::Private::wantedFilters() const
{
    QSet<QString> wanted;
    for (const Convention &convention : conventions) {
        for (const QByteArray &filter : convention.filters)
            wanted.insert(QString::fromUtf8(filter));
    }
    // A state topic a convention's filter already covers would only arrive
    // twice (a broker may deliver one copy per matching subscription).
    const auto covered = [this](const QByteArray &topic) {
        return std::any_of(conventions.cbegin(), conventions.cend(), [&](const Convention &c) {
            return std::any_of(c.filters.cbegin(), c.filters.cend(),
                               [&](const QByteArray &filter) { return mqtt::topicMatches(filter, topic); });
        });
    };
    for (auto it = readers.cbegin(); it != readers.cend(); ++it) {
        if (!covered(it.key()))
            wanted.insert(QString::fromUtf8(it.key()));
    }
    QStringList list(wanted.cbegin(), wanted.cend());
    list.sort();
    return list;
}

void DeviceRuntime::Private::updateSubscriptions()
{
    if (!client)
        return;
    const QStringList wanted = wantedFilters();
    const QSet<QString> next(wanted.cbegin(), wanted.cend());
    for (const QString &filter : std::as_const(subscribed)) {
        if (!next.contains(filter))
            client->unsubscribe(filter);
    }
    for (const QString &filter : wanted) {
        if (!subscribed.contains(filter))
            client->subscribe(filter, mqtt::QoS::AtLeastOnce);
    }
    subscribed = next;
}

void DeviceRuntime::Private::rebuildReaders()
{
    readers.clear();
    for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
        for (const auto &[topic, roles] : it->topics())
            readers[topic].append(Reader{it.key(), roles});
    }
}

void DeviceRuntime::Private::markDirty(const EntityRef &ref, bool urgent)
{
    dirty.insert(ref);
    // A command's progress (sent, confirmed, timed out, failed) is what the
    // user is watching after a click: it goes out on this event-loop turn,
    // not with the next telemetry batch, or "Turning on…" would never show.
    if (urgent && !urgentQueued) {
        urgentQueued = true;
        QMetaObject::invokeMethod(
            q, [this] { emitStates(); }, Qt::QueuedConnection);
    }
    if (!batchTimer->isActive())
        batchTimer->start();
}

void DeviceRuntime::Private::emitStates()
{
    urgentQueued = false;
    batchTimer->stop();
    QList<EntityState> states;
    states.reserve(dirty.size());
    for (const EntityRef &ref : std::as_const(dirty)) {
        if (auto it = entities.constFind(ref); it != entities.cend())
            states.append(it->state());
    }
    dirty.clear();
    if (!states.isEmpty())
        emit q->statesChanged(states);
}

void DeviceRuntime::Private::dropClient()
{
    if (!client)
        return;
    // Its signals reach lambdas that use this Private.
    QObject::disconnect(client, nullptr, q, nullptr);
    delete client;
    client = nullptr;
    publishes.clear();
}

void DeviceRuntime::Private::onMessages(const QList<mqtt::ApplicationMessage> &messages)
{
    QList<Device> found;
    QStringList removed;
    for (const mqtt::ApplicationMessage &message : messages) {
        recognize(message, &found, &removed);
        route(message);
    }
    for (const Device &device : std::as_const(found))
        recognized.remember(device);
    for (const QString &id : std::as_const(removed))
        recognized.forget(id);
    if (!found.isEmpty())
        emit q->devicesRecognized(found);
    if (!removed.isEmpty())
        emit q->devicesWithdrawn(removed);
}

void DeviceRuntime::Private::recognize(const mqtt::ApplicationMessage &message, QList<Device> *found,
                                       QStringList *removed)
{
    const ConventionMessage seen{message.topic, message.payload, message.retained};
    bool kept = false;
    for (Convention &convention : conventions) {
        if (std::none_of(convention.filters.cbegin(), convention.filters.cend(),
                         [&](const QByteArray &filter) { return mqtt::topicMatches(filter, message.topic); }))
            continue;
        if (!kept) {
            kept = true;
            recent.keep(message.topic, message.payload, clock->nowMs(), message.retained);
        }
        Recognition recognition;
        try {
            recognition = convention.recognizer->inspect(seen);
        } catch (...) {
            const QString error = exceptionText(std::current_exception());
            qCWarning(lcDevices).noquote() << convention.id << "failed on" << message.topic << ":" << error;
            emit q->recognitionFailed(convention.id, QString::fromUtf8(message.topic), error);
            continue;
        }
        // An error may come with devices: the convention read what it could.
        if (!recognition.error.isEmpty()) {
            qCInfo(lcDevices).noquote()
                << convention.id << "could not read" << message.topic << ":" << recognition.error;
            emit q->recognitionFailed(convention.id, QString::fromUtf8(message.topic), recognition.error);
        }
        for (Device &device : recognition.devices)
            addFound(std::move(device), convention.id, found, removed);
        for (const QString &id : std::as_const(recognition.removedIds))
            addRemoved(id, found, removed);
    }
}

void DeviceRuntime::Private::replayRecent(const EntityRef &ref)
{
    auto tracker = entities.find(ref);
    if (tracker == entities.end())
        return;
    QList<std::pair<quint64, EntityTracker::Reading>> kept;
    for (const auto &[topic, roles] : tracker->topics()) {
        if (const RecentMessages::Message *message = recent.find(topic))
            kept.append(
                {message->order, {roles, message->payload, message->receivedMs, message->retained, true}});
    }
    // Oldest first, as they came: a Tasmota POWER after its RESULT wins.
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[order, reading] : std::as_const(kept))
        tracker->read(reading, q->m_historySpanMs);
    if (!kept.isEmpty())
        markDirty(ref);
}

// On another broker nothing known about the devices holds any more: not
// their states, not their availability, not a command in flight.
void DeviceRuntime::Private::resetStates()
{
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        *it = EntityTracker(it.key(), it->entity());
        markDirty(it.key());
    }
}

void DeviceRuntime::Private::route(const mqtt::ApplicationMessage &message)
{
    const auto it = readers.constFind(message.topic);
    if (it == readers.cend())
        return;
    const qint64 now = clock->nowMs();
    for (const Reader &reader : *it) {
        auto tracker = entities.find(reader.ref);
        if (tracker == entities.end())
            continue;
        const CommandState before = tracker->state().command;
        tracker->read({reader.roles, message.payload, now, message.retained, false}, q->m_historySpanMs);
        markDirty(reader.ref, tracker->state().command != before);
    }
}

EntityTracker *DeviceRuntime::Private::commandable(const EntityRef &ref, bool brightness)
{
    const char *what = brightness ? "brightness" : "switch";
    auto it = entities.find(ref);
    if (it == entities.end()) {
        qCWarning(lcDevices).noquote()
            << what << "command ignored: not watched:" << ref.deviceId << ref.entityKey;
        return nullptr;
    }
    const Entity &entity = it->entity();
    if (!entity.isCommandable() || (brightness && entity.kind != EntityKind::Light)) {
        qCWarning(lcDevices).noquote()
            << what << "command ignored:" << ref.deviceId << ref.entityKey << "cannot take it";
        return nullptr;
    }
    return &*it;
}

void DeviceRuntime::Private::send(EntityTracker &tracker, const EntityTracker::Command &command, bool target,
                                  std::optional<int> level)
{
    const EntityRef ref = tracker.state().ref;
    const quint64 sequence = ++lastSequence;
    tracker.commandSent(sequence, command, target, level, clock->nowMs());
    markDirty(ref, true);
    if (!client || client->state() != client::MqttClient::State::Connected) {
        tracker.commandFailed(sequence, DeviceRuntime::tr("not connected to a broker"));
        qCInfo(lcDevices).noquote() << "command to" << ref.deviceId << ref.entityKey
                                    << "not sent: not connected";
        return;
    }
    // QoS 1 so a command survives a brief loss of the connection. Never
    // retained: the broker would hand a retained command to the device again
    // each time it reconnects, switching it long after the user asked.
    const quint64 requestId = client->publish(command.topic, command.payload, mqtt::QoS::AtLeastOnce, false);
    publishes.insert(requestId, {ref, sequence});
    if (tracker.state().command == CommandState::Pending)
        QTimer::singleShot(q->m_confirmTimeoutMs, q, [this, ref, sequence] { onTimeout(ref, sequence); });
}

void DeviceRuntime::Private::onTimeout(const EntityRef &ref, quint64 sequence)
{
    auto it = entities.find(ref);
    if (it != entities.end() && it->commandTimedOut(sequence))
        markDirty(ref, true);
}

void DeviceRuntime::Private::onPublishFinished(quint64 requestId, bool ok, const QString &error)
{
    const auto sent = publishes.take(requestId);
    if (ok || sent.second == 0)
        return;
    qCInfo(lcDevices).noquote() << "command to" << sent.first.deviceId << sent.first.entityKey
                                << "failed:" << error;
    auto it = entities.find(sent.first);
    if (it == entities.end())
        return;
    it->commandFailed(sent.second, error);
    markDirty(sent.first, true);
}

DeviceRuntime::DeviceRuntime(const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, clock))
{
    d->batchTimer = new QTimer(this);
    d->batchTimer->setSingleShot(true);
    d->batchTimer->setInterval(StatesBatchMs);
    connect(d->batchTimer, &QTimer::timeout, this, [this] { d->emitStates(); });
}

DeviceRuntime::~DeviceRuntime()
{
    d->dropClient();
}

void DeviceRuntime::setConventions(const QList<DeviceConventionPlugin *> &conventions)
{
    d->plugins = conventions;
}

void DeviceRuntime::setRecentBudgetBytes(qsizetype bytes)
{
    d->recent.setBudget(bytes);
}

bool DeviceRuntime::sameBroker(const client::ConnectionProfile &a, const client::ConnectionProfile &b)
{
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port &&
           a.transport == b.transport && (!a.usesWebSocket() || a.webSocketPath == b.webSocketPath);
}

void DeviceRuntime::start(const client::ConnectionProfile &profile)
{
    const bool otherBroker = d->lastProfile && !sameBroker(*d->lastProfile, profile);
    d->lastProfile = profile;
    d->dropClient();
    // Each connection starts with fresh recognizers (see DeviceConventionPlugin),
    // which announce again what they find; the broker sends the retained
    // messages again to the new subscriptions.
    d->makeRecognizers();
    d->recent.clear();
    d->recognized.clear();
    if (otherBroker)
        d->resetStates();
    d->client = new client::MqttClient(this);
    connect(d->client, &client::MqttClient::messagesReceived, this,
            [this](const QList<mqtt::ApplicationMessage> &messages) { d->onMessages(messages); });
    connect(d->client, &client::MqttClient::stateChanged, this, [this](client::MqttClient::State state) {
        const bool connected = state == client::MqttClient::State::Connected;
        emit connectionChanged(connected, connected ? QString() : d->client->lastError());
    });
    // A refused or lost connection's reason may come after the state change.
    connect(d->client, &client::MqttClient::errorOccurred, this, [this](const QString &error) {
        if (!isConnected())
            emit connectionChanged(false, error);
    });
    connect(d->client, &client::MqttClient::publishFinished, this,
            [this](quint64 id, bool ok, const QString &error) { d->onPublishFinished(id, ok, error); });
    connect(d->client, &client::MqttClient::subscribeFinished, this,
            [](const QString &filter, bool ok, const QString &error) {
                if (!ok)
                    qCWarning(lcDevices).noquote() << "cannot subscribe to" << filter << ":" << error;
            });

    client::ConnectionProfile own = profile;
    // A client identifier of its own: the explorer may be connected with the
    // profile's, and a broker closes the older of two connections sharing one
    // (MQTT-3.1.4-2). No will: the profile's is the explorer's to send.
    own.clientId.clear();
    own.willTopic.clear();
    own.willPayload.clear();
    own.cleanSession = true;
    const QStringList filters = d->wantedFilters();
    own.subscriptions.clear();
    for (const QString &filter : filters)
        own.subscriptions.append(client::DefaultSubscription{filter, mqtt::QoS::AtLeastOnce});
    d->subscribed = QSet<QString>(filters.cbegin(), filters.cend());
    d->client->connectToBroker(own);
}

void DeviceRuntime::stop()
{
    if (d->client)
        d->client->disconnectFromBroker();
}

bool DeviceRuntime::isConnected() const
{
    return d->client && d->client->state() == client::MqttClient::State::Connected;
}

void DeviceRuntime::watch(const QList<Device> &devices)
{
    // Entities watched before keep their state (and a command in flight).
    // New ones, and those that now read other topics or other values, start
    // from the recent messages: a Tasmota light that gains a Dimmer read from
    // its RESULT topic has had that message already.
    QHash<EntityRef, EntityTracker> next;
    QList<EntityRef> toReplay;
    for (const Device &device : devices) {
        for (const Entity &entity : device.entities) {
            const EntityRef ref{device.id, entity.key};
            auto known = d->entities.find(ref);
            if (known == d->entities.end()) {
                next.insert(ref, EntityTracker(ref, entity));
                toReplay.append(ref);
            } else {
                if (known->redefine(entity))
                    toReplay.append(ref);
                next.insert(ref, std::move(*known));
            }
        }
    }
    d->entities = std::move(next);
    d->dirty.removeIf([this](const EntityRef &ref) { return !d->entities.contains(ref); });
    d->rebuildReaders();
    d->updateSubscriptions();
    for (const EntityRef &ref : std::as_const(toReplay))
        d->replayRecent(ref);
}

void DeviceRuntime::reannounce(const QString &deviceId)
{
    if (const Device *device = d->recognized.find(deviceId))
        emit devicesRecognized({*device});
}

void DeviceRuntime::setSwitch(const EntityRef &entity, bool on)
{
    if (EntityTracker *tracker = d->commandable(entity, false))
        d->send(*tracker, tracker->switchCommand(on), on, std::nullopt);
}

void DeviceRuntime::setBrightness(const EntityRef &entity, int level)
{
    if (EntityTracker *tracker = d->commandable(entity, true))
        d->send(*tracker, tracker->brightnessCommand(level), level > 0, level);
}

std::optional<EntityState> DeviceRuntime::state(const EntityRef &entity) const
{
    const auto it = d->entities.constFind(entity);
    if (it == d->entities.cend())
        return std::nullopt;
    return it->state();
}

} // namespace homewire::devices
