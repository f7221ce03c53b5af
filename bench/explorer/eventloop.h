// How responsive the GUI thread stays under load, and what blocks it.
//
// GapMeter is the figure: a 5 ms precise timer on the GUI thread whose
// longest interval between two ticks is the longest the event loop could
// not run. EventTracer is the explanation: TracingApplication times every
// top-level event delivery (QApplication::notify) and keeps the slowest and
// per-kind totals, labelled by what the explorer's signals said happened
// during it ("model apply of 51234 messages", "search step").
//
// Measuring only: nothing here changes how the explorer runs.
#pragma once

#include "broker/connection.h"

#include <QApplication>
#include <QTimer>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace homewire::bench {

class GapMeter
{
public:
    static constexpr int TickMs = 5;

    GapMeter();
    // Starts (again) from zero.
    void start();
    void stop();

    double maxGapMs() const { return m_maxGapMs; }
    // Intervals longer than `ms` (a 5 ms tick is one interval).
    int gapsOver(double ms) const;

private:
    void tick();

    QTimer m_timer;
    Clock::time_point m_last;
    double m_maxGapMs = 0;
    std::vector<float> m_gapsMs;
};

class EventTracer
{
public:
    struct Event
    {
        double ms = 0;
        double cpuMs = 0; // of the GUI thread: well under ms when it waited for a core
        std::string what;
    };
    struct Kind
    {
        int count = 0;
        double totalMs = 0;
        double maxMs = 0;
    };

    // Forgets what was recorded (the start of a phase).
    void reset();
    const Event &longest() const { return m_longest; }
    // "longest GUI event 84 ms: model apply of ...", for a note.
    std::string describeLongest() const;
    const std::map<std::string, Kind> &kinds() const { return m_kinds; }
    // Events longer than this are listed by report().
    void setListThresholdMs(double ms) { m_listMs = ms; }
    // A few lines for a human: per-kind totals and the slowest events.
    std::string report() const;

    // What the event being delivered turned out to be; the first label wins,
    // a later one with a greater `rank` replaces it.
    void label(std::string kind, std::string detail = {}, int rank = 0);
    // The model reported its first change of the batch being applied: the
    // time until here was the store's, the rest goes to the listeners.
    void markFirstModelSignal();

    void begin();
    void end(const char *receiverClass, int eventType);

private:
    Clock::time_point m_start;
    double m_startCpu = 0;
    std::optional<Clock::time_point> m_firstSignal;
    std::string m_kind;
    std::string m_detail;
    int m_rank = -1;
    double m_listMs = 50;
    Event m_longest;
    std::vector<Event> m_slow;
    std::map<std::string, Kind> m_kinds;
};

class TracingApplication : public QApplication
{
public:
    TracingApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    EventTracer &tracer() { return m_tracer; }
    static TracingApplication *instance() { return static_cast<TracingApplication *>(qApp); }

private:
    EventTracer m_tracer;
    int m_depth = 0;
};

// Runs the event loop until `done()` (checked every `pollMs`) or `timeout`;
// returns done().
bool runUntil(const std::function<bool()> &done, Clock::duration timeout, int pollMs = 5);
// Runs the event loop for `duration`.
void runFor(Clock::duration duration);

} // namespace homewire::bench
