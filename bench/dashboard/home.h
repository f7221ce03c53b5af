// The home bench_dashboard feeds the dashboard with, and the devices that
// speak for it on the broker.
//
// Every device follows the hand-made convention (plugins/generic/README.md):
// rooms of climate sensors, each a retained JSON object
// {"temperature":..,"humidity":..} on home/<room>/climate-<n> (two sensor
// tiles), and plugs, each an on/off word on home/<room>/plug-<n>/state (one
// switch tile, commanded on home/<room>/plug-<n>). The generators are
// bench::Connection (bench/broker/) on threads of their own: they use nothing
// from the dashboard they feed.
#pragma once

#include "broker/connection.h"

#include <QString>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace homewire::bench {

struct HomeLayout
{
    int rooms = 25;
    int climatePerRoom = 20;
    int plugsPerRoom = 4;

    int climateCount() const { return rooms * climatePerRoom; }
    int plugCount() const { return rooms * plugsPerRoom; }
    int deviceCount() const { return climateCount() + plugCount(); }
    int tileCount() const { return 2 * climateCount() + plugCount(); }

    // home/room-07/climate-03: where climate sensor `i` publishes.
    QByteArray climateTopic(int i) const;
    // home/room-07/plug-02: where plug `i` is commanded; it reports on .../state.
    QByteArray plugTopic(int i) const;
    // The device ids the generic convention gives them.
    QString climateId(int i) const;
    QString plugId(int i) const;
};

// The JSON reading climate sensor `device` sends in round `round` (round 0
// is the retained one the home starts with); one decimal each, so the text
// a tile shows is the text sent.
QByteArray climatePayload(int device, int round);
// The temperature of that payload, as the dashboard reads it back.
double climateTemperature(int device, int round);
double climateHumidity(int device, int round);

// Publishes every device's retained state (readings of round 0, plugs off)
// and waits until the broker has acknowledged the last one (QoS 1).
bool publishHome(quint16 port, const HomeLayout &home, Clock::time_point deadline, std::string &error);

// QoS 0 readings at a paced rate, round-robin over the climate sensors:
// message k goes to sensor k % N with the readings of round 1 + k / N.
struct TelemetryLoad
{
    int messagesPerSecond = 2000;
    Clock::duration burstInterval = std::chrono::milliseconds(10);
    Clock::duration duration = std::chrono::seconds(10);
};

class TelemetryPublisher
{
public:
    TelemetryPublisher(quint16 port, const HomeLayout &home, const TelemetryLoad &load);
    ~TelemetryPublisher(); // joins the thread (it ends by its own deadline)
    TelemetryPublisher(const TelemetryPublisher &) = delete;
    TelemetryPublisher &operator=(const TelemetryPublisher &) = delete;

    bool isDone() const { return m_done.load(std::memory_order_acquire); }
    // Valid once isDone().
    qint64 published() const { return m_published; }
    Clock::time_point started() const { return m_started; }
    Clock::time_point finished() const { return m_finished; } // the last message written to the socket
    double maxLagMs() const { return m_maxLagMs; }
    const std::string &error() const { return m_error; }
    // The round of the last reading sent to sensor `device` (0: none sent).
    int lastRound(int device) const { return m_lastRound[size_t(device)]; }

private:
    void run(quint16 port);

    HomeLayout m_home;
    TelemetryLoad m_load;
    std::atomic<bool> m_done{false};
    // Written by the thread before m_done, read after it.
    qint64 m_published = 0;
    Clock::time_point m_started;
    Clock::time_point m_finished;
    double m_maxLagMs = 0;
    std::string m_error;
    std::vector<int> m_lastRound;
    std::thread m_thread; // last: starts once the members above exist
};

// The plugs' firmware: subscribed to every plug's command topic, it reports
// what it was told on the plug's state topic (retained), as a real plug
// does once it has switched.
class FakePlugs
{
public:
    FakePlugs(quint16 port, const HomeLayout &home);
    ~FakePlugs(); // stops and joins the thread
    FakePlugs(const FakePlugs &) = delete;
    FakePlugs &operator=(const FakePlugs &) = delete;

    // Waits until the subscriptions are acknowledged; false with error() when
    // the connection failed.
    bool waitReady(Clock::duration timeout);
    int answered() const { return m_answered.load(std::memory_order_relaxed); }
    // When the last command arrived (nowNanoseconds()); 0 before the first.
    quint64 lastCommandNs() const { return m_lastCommandNs.load(std::memory_order_relaxed); }
    // Once stopped (or failed).
    std::string error() const;

private:
    void run(quint16 port);

    HomeLayout m_home;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_answered{0};
    std::atomic<quint64> m_lastCommandNs{0};
    std::string m_error; // written before m_failed or at the end of the thread
    std::thread m_thread;
};

} // namespace homewire::bench
