#include "eventloop.h"

#include "process.h"

#include <QEvent>
#include <QEventLoop>
#include <QMetaEnum>
#include <algorithm>
#include <cstdio>

namespace homewire::bench {

namespace {

double millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

std::string eventName(int type)
{
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? key : "event " + std::to_string(type);
}

std::string formatMs(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", ms);
    return text;
}

} // namespace

// --- GapMeter -------------------------------------------------------------

GapMeter::GapMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(TickMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void GapMeter::start()
{
    m_maxGapMs = 0;
    m_gapsMs.clear();
    m_last = Clock::now();
    m_timer.start();
}

void GapMeter::stop()
{
    if (!m_timer.isActive())
        return;
    tick(); // the time since the last tick counts too
    m_timer.stop();
}

void GapMeter::tick()
{
    const auto now = Clock::now();
    const double gap = millisecondsBetween(m_last, now);
    m_last = now;
    m_maxGapMs = std::max(m_maxGapMs, gap);
    m_gapsMs.push_back(float(gap));
}

int GapMeter::gapsOver(double ms) const
{
    return int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](float gap) { return gap > ms; }));
}

// --- EventTracer ----------------------------------------------------------

void EventTracer::reset()
{
    m_longest = {};
    m_slow.clear();
    m_kinds.clear();
}

void EventTracer::label(std::string kind, std::string detail, int rank)
{
    if (rank <= m_rank)
        return;
    m_rank = rank;
    m_kind = std::move(kind);
    m_detail = std::move(detail);
}

void EventTracer::markFirstModelSignal()
{
    if (!m_firstSignal)
        m_firstSignal = Clock::now();
}

void EventTracer::begin()
{
    m_start = Clock::now();
    m_startCpu = threadCpuSeconds();
    m_firstSignal.reset();
    m_kind.clear();
    m_detail.clear();
    m_rank = -1;
}

void EventTracer::end(const char *receiverClass, int eventType)
{
    const auto now = Clock::now();
    const double ms = millisecondsBetween(m_start, now);
    const double cpuMs = (threadCpuSeconds() - m_startCpu) * 1000.0;
    if (m_kind.empty())
        m_kind = std::string(receiverClass) + " " + eventName(eventType);
    Kind &kind = m_kinds[m_kind];
    ++kind.count;
    kind.totalMs += ms;
    kind.maxMs = std::max(kind.maxMs, ms);
    if (ms < m_listMs && ms <= m_longest.ms)
        return;
    std::string what = m_kind;
    if (!m_detail.empty())
        what += " " + m_detail;
    if (m_firstSignal) {
        const double store = millisecondsBetween(m_start, *m_firstSignal);
        what += " (store " + formatMs(store) + ", then model signals, proxy and view " +
                formatMs(ms - store) + ")";
    }
    what += "; GUI thread CPU " + formatMs(cpuMs);
    Event event{ms, cpuMs, std::move(what)};
    if (ms > m_longest.ms)
        m_longest = event;
    if (ms >= m_listMs)
        m_slow.push_back(std::move(event));
}

std::string EventTracer::describeLongest() const
{
    char text[64];
    std::snprintf(text, sizeof text, "longest GUI event %.0f ms: ", m_longest.ms);
    return text + m_longest.what;
}

std::string EventTracer::report() const
{
    std::string text = "  GUI thread time by kind (count, total, longest):\n";
    std::vector<std::pair<std::string, Kind>> kinds(m_kinds.begin(), m_kinds.end());
    std::sort(kinds.begin(), kinds.end(),
              [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
    for (size_t i = 0; i < kinds.size() && i < 10; ++i) {
        char line[256];
        std::snprintf(line, sizeof line, "    %-44s %7d %10.1f ms %8.1f ms\n", kinds[i].first.c_str(),
                      kinds[i].second.count, kinds[i].second.totalMs, kinds[i].second.maxMs);
        text += line;
    }
    std::vector<Event> slow = m_slow;
    std::sort(slow.begin(), slow.end(), [](const Event &a, const Event &b) { return a.ms > b.ms; });
    text += "  events over " + formatMs(m_listMs) + ": " + std::to_string(slow.size()) + "\n";
    for (size_t i = 0; i < slow.size() && i < 12; ++i)
        text += "    " + formatMs(slow[i].ms) + "  " + slow[i].what + "\n";
    return text;
}

// --- TracingApplication ---------------------------------------------------

TracingApplication::TracingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (receiver->thread() != thread()) // not the GUI thread's events
        return QApplication::notify(receiver, event);
    if (m_depth > 0) {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    // Both may be gone after delivery (DeferredDelete).
    const int type = event->type();
    const char *receiverClass = receiver->metaObject()->className();
    ++m_depth;
    m_tracer.begin();
    const bool result = QApplication::notify(receiver, event);
    m_tracer.end(receiverClass, type);
    --m_depth;
    return result;
}

// --- waiting --------------------------------------------------------------

bool runUntil(const std::function<bool()> &done, Clock::duration timeout, int pollMs)
{
    if (done())
        return true;
    const auto deadline = Clock::now() + timeout;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || Clock::now() >= deadline)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void runFor(Clock::duration duration)
{
    const auto until = Clock::now() + duration;
    runUntil([until] { return Clock::now() >= until; }, duration + std::chrono::seconds(1), 5);
}

} // namespace homewire::bench
