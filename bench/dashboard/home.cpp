#include "home.h"

#include <QSet>
#include <algorithm>
#include <pthread.h>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

QByteArray roomLevel(int room)
{
    return "room-" + twoDigits(room + 1);
}

// Readings in tenths, so that text and number agree exactly: the dashboard
// parses "21.5" to the same double as 215 / 10.0.
int temperatureTenths(int device, int round)
{
    return 150 + (device * 7 + round * 3) % 200;
}

int humidityTenths(int device, int round)
{
    return 300 + (device * 11 + round * 7) % 400;
}

QByteArray tenths(int value)
{
    return QByteArray::number(value / 10) + '.' + QByteArray::number(value % 10);
}

} // namespace

// --- HomeLayout -----------------------------------------------------------

QByteArray HomeLayout::climateTopic(int i) const
{
    return "home/" + roomLevel(i / climatePerRoom) + "/climate-" + twoDigits(i % climatePerRoom + 1);
}

QByteArray HomeLayout::plugTopic(int i) const
{
    return "home/" + roomLevel(i / plugsPerRoom) + "/plug-" + twoDigits(i % plugsPerRoom + 1);
}

QString HomeLayout::climateId(int i) const
{
    return QStringLiteral("generic/") + QString::fromUtf8(climateTopic(i));
}

QString HomeLayout::plugId(int i) const
{
    return QStringLiteral("generic/") + QString::fromUtf8(plugTopic(i));
}

QByteArray climatePayload(int device, int round)
{
    return "{\"temperature\":" + tenths(temperatureTenths(device, round)) +
           ",\"humidity\":" + tenths(humidityTenths(device, round)) + '}';
}

double climateTemperature(int device, int round)
{
    return temperatureTenths(device, round) / 10.0;
}

double climateHumidity(int device, int round)
{
    return humidityTenths(device, round) / 10.0;
}

bool publishHome(quint16 port, const HomeLayout &home, Clock::time_point deadline, std::string &error)
{
    constexpr quint16 LastPacketId = 1;
    Connection publisher;
    if (!publisher.open(port, QByteArrayLiteral("bench-dashboard-home"), deadline)) {
        error = "home publisher: " + publisher.error();
        return false;
    }
    PublishPacket message;
    message.retain = true;
    message.qos = QoS::AtMostOnce;
    for (int i = 0; i < home.climateCount(); ++i) {
        message.topic = home.climateTopic(i);
        message.payload = climatePayload(i, 0);
        publisher.send(message);
    }
    for (int i = 0; i < home.plugCount(); ++i) {
        message.topic = home.plugTopic(i) + "/state";
        message.payload = QByteArrayLiteral("off");
        // The last at QoS 1: its PUBACK says the broker has all before it.
        if (i == home.plugCount() - 1) {
            message.qos = QoS::AtLeastOnce;
            message.packetId = LastPacketId;
        }
        publisher.send(message);
    }
    bool acknowledged = false;
    bool ok = true;
    while (ok && !acknowledged && Clock::now() < deadline) {
        ok = publisher.pump(20ms, [&](const Packet &packet) {
            const auto *ack = std::get_if<AckPacket>(&packet);
            acknowledged =
                acknowledged || (ack && ack->type == PacketType::Puback && ack->packetId == LastPacketId);
        });
    }
    if (!acknowledged) {
        error = ok ? "home publisher: no PUBACK for the last retained state"
                   : "home publisher: " + publisher.error();
        return false;
    }
    publisher.disconnect(Clock::now() + 2s);
    return true;
}

// --- TelemetryPublisher ---------------------------------------------------

TelemetryPublisher::TelemetryPublisher(quint16 port, const HomeLayout &home, const TelemetryLoad &load)
    : m_home(home)
    , m_load(load)
    , m_lastRound(size_t(home.climateCount()), 0)
    , m_thread([this, port] { run(port); })
{}

TelemetryPublisher::~TelemetryPublisher()
{
    m_thread.join();
}

// Every burstInterval a burst; a late burst goes out at once, so a slow
// broker shows as lag, not as fewer messages.
void TelemetryPublisher::run(quint16 port)
{
    ::pthread_setname_np(::pthread_self(), "bench-load"); // apart from the GUI thread in threadTimes()
    Connection connection;
    const auto deadline = Clock::now() + m_load.duration + 15s;
    if (!connection.open(port, QByteArrayLiteral("bench-dashboard-telemetry"), Clock::now() + 5s)) {
        m_error = "telemetry connection: " + connection.error();
        m_started = m_finished = Clock::now();
        m_done.store(true, std::memory_order_release);
        return;
    }
    const int sensors = m_home.climateCount();
    const double intervalSeconds = std::chrono::duration<double>(m_load.burstInterval).count();
    const int burst = int(m_load.messagesPerSecond * intervalSeconds + 0.5);
    const auto bursts = m_load.duration / m_load.burstInterval;
    const auto ignore = [](const Packet &) {
    };
    PublishPacket message;
    message.qos = QoS::AtMostOnce;
    message.retain = true; // as the convention asks of sketches
    qint64 sent = 0;
    bool ok = true;
    m_started = Clock::now();
    for (qint64 k = 0; ok && k < bursts; ++k) {
        const auto due = m_started + k * m_load.burstInterval;
        while (ok && Clock::now() < due)
            ok = connection.pump(due - Clock::now(), ignore);
        m_maxLagMs =
            std::max(m_maxLagMs, std::chrono::duration<double, std::milli>(Clock::now() - due).count());
        for (int i = 0; i < burst; ++i, ++sent) {
            const int device = int(sent % sensors);
            const int round = int(1 + sent / sensors);
            message.topic = m_home.climateTopic(device);
            message.payload = climatePayload(device, round);
            connection.send(message);
            m_lastRound[size_t(device)] = round;
        }
        ok = ok && connection.pump(0ns, ignore);
    }
    while (ok && connection.pendingOutput() > 0 && Clock::now() < deadline)
        ok = connection.pump(20ms, ignore);
    m_finished = Clock::now();
    m_published = sent;
    if (!ok)
        m_error = "telemetry connection: " + connection.error();
    else if (connection.pendingOutput() > 0)
        m_error = "telemetry connection: " + std::to_string(connection.pendingOutput()) +
                  " bytes still unsent at the deadline";
    connection.disconnect(Clock::now() + 2s);
    m_done.store(true, std::memory_order_release);
}

// --- FakePlugs ------------------------------------------------------------

FakePlugs::FakePlugs(quint16 port, const HomeLayout &home)
    : m_home(home)
    , m_thread([this, port] { run(port); })
{}

FakePlugs::~FakePlugs()
{
    m_stop.store(true, std::memory_order_relaxed);
    m_thread.join();
}

bool FakePlugs::waitReady(Clock::duration timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!m_ready.load(std::memory_order_acquire) && !m_failed.load(std::memory_order_acquire) &&
           Clock::now() < deadline)
        std::this_thread::sleep_for(5ms);
    return m_ready.load(std::memory_order_acquire);
}

std::string FakePlugs::error() const
{
    return m_failed.load(std::memory_order_acquire) ? m_error : std::string();
}

void FakePlugs::run(quint16 port)
{
    ::pthread_setname_np(::pthread_self(), "bench-plugs");
    const auto fail = [this](std::string message) {
        m_error = std::move(message);
        m_failed.store(true, std::memory_order_release);
    };
    Connection connection;
    if (!connection.open(port, QByteArrayLiteral("bench-dashboard-plugs"), Clock::now() + 5s)) {
        fail("plugs: " + connection.error());
        return;
    }
    // One SUBSCRIBE for all plugs: each listens on its own command topic only,
    // so the telemetry does not reach it.
    QSet<QByteArray> commandTopics;
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    for (int i = 0; i < m_home.plugCount(); ++i) {
        commandTopics.insert(m_home.plugTopic(i));
        subscribe.subscriptions.append(Subscription{m_home.plugTopic(i), QoS::AtMostOnce});
    }
    connection.send(subscribe);
    PublishPacket report;
    report.qos = QoS::AtMostOnce;
    report.retain = true;
    const auto onPacket = [&](const Packet &packet) {
        if (std::holds_alternative<SubackPacket>(packet)) {
            m_ready.store(true, std::memory_order_release);
            return;
        }
        const auto *command = std::get_if<PublishPacket>(&packet);
        if (!command || !commandTopics.contains(command->topic))
            return;
        m_lastCommandNs.store(nowNanoseconds(), std::memory_order_relaxed);
        report.topic = command->topic + "/state";
        report.payload = command->payload;
        connection.send(report);
        m_answered.fetch_add(1, std::memory_order_relaxed);
    };
    const auto subscribeDeadline = Clock::now() + 5s;
    bool ok = true;
    while (ok && !m_stop.load(std::memory_order_relaxed)) {
        ok = connection.pump(10ms, onPacket);
        if (ok && !m_ready.load(std::memory_order_relaxed) && Clock::now() >= subscribeDeadline) {
            fail("plugs: no SUBACK");
            return;
        }
    }
    if (!ok) {
        fail("plugs: " + connection.error());
        return;
    }
    connection.disconnect(Clock::now() + 2s);
}

} // namespace homewire::bench
