// The dashboard's three phases (home, telemetry, toggles) on one dashboard;
// see dashboardload.h.
#include "dashboardload.h"

#include "broker/brokerprocess.h"
#include "dashboard/dashboard.h"
#include "devices/conventioncatalog.h"
#include "explorer/eventloop.h"
#include "explorer/process.h"
#include "ui/tiles/switchtile.h"
#include "ui/tiles/tiletext.h"
#include "ui/tiles/toggleswitch.h"

#include <QScrollArea>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace homewire::bench {

using namespace std::chrono_literals;
using devices::CommandState;
using devices::EntityRef;
using devices::EntityState;

namespace {

constexpr double SlowTickMs = 50;
const QString Temperature = QStringLiteral("temperature");
const QString Humidity = QStringLiteral("humidity");
const QString OnOff = QStringLiteral("state");

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

double millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

std::string formatMs(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f ms", ms);
    return text;
}

double residentMiB()
{
    return double(ownStatusKiB("VmRSS")) / 1024.0;
}

std::vector<EntityRef> tilesOf(const HomeLayout &home)
{
    std::vector<EntityRef> refs;
    for (int i = 0; i < home.climateCount(); ++i) {
        refs.push_back(EntityRef{home.climateId(i), Temperature});
        refs.push_back(EntityRef{home.climateId(i), Humidity});
    }
    for (int i = 0; i < home.plugCount(); ++i)
        refs.push_back(EntityRef{home.plugId(i), OnOff});
    return refs;
}

void noteGap(Measurement &figure, const GapMeter &gaps, const EventTracer &tracer)
{
    if (gaps.maxGapMs() > SlowTickMs)
        figure.note =
            std::to_string(gaps.gapsOver(SlowTickMs)) + " ticks over 50 ms; " + tracer.describeLongest();
}

void explain(const char *phase, const EventTracer &tracer, const ThreadTimes &threadsBefore)
{
    if (!explainGuiTime)
        return;
    std::fprintf(stderr, "%s, GUI thread:\n%s", phase, tracer.report().c_str());
    std::fprintf(stderr, "  CPU by thread: %s\n", describeThreadTimes(threadsBefore, threadTimes()).c_str());
}

// Phase 1: from DeviceService::start until every tile shows a value.
bool loadHome(Dashboard &dashboard, const BrokerUnderTest &broker, const DashboardLoad &load,
              std::vector<Measurement> &result)
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    const std::vector<EntityRef> refs = tilesOf(load.home);
    std::vector<EntityRef> pending = refs;
    std::optional<Clock::time_point> connectedAt;
    std::optional<Clock::time_point> tilesMadeAt;
    std::optional<Clock::time_point> allShownAt;
    const QMetaObject::Connection watching =
        QObject::connect(&dashboard.service(), &devices::DeviceService::connectionChanged, &dashboard.page(),
                         [&connectedAt](bool connected) {
                             if (connected && !connectedAt)
                                 connectedAt = Clock::now();
                         });
    const auto allShown = [&] {
        if (!tilesMadeAt && std::all_of(refs.begin(), refs.end(),
                                        [&](const EntityRef &ref) { return dashboard.tile(ref) != nullptr; }))
            tilesMadeAt = Clock::now();
        std::erase_if(pending, [&](const EntityRef &ref) {
            const ui::EntityTile *tile = dashboard.tile(ref);
            return tile && tile->valueText() != ui::TileText::noValue();
        });
        // Checked after every batch and between them (a tile made later
        // starts from the latest state): the first time all show one counts.
        if (pending.empty() && !allShownAt)
            allShownAt = Clock::now();
        return pending.empty();
    };
    dashboard.setAfterStates([&](const QList<EntityState> &) { allShown(); });

    GapMeter gaps;
    const ThreadTimes threadsBefore = threadTimes();
    tracer.reset();
    gaps.start();
    const auto start = Clock::now();
    dashboard.start(broker.port);
    const bool all = runUntil(allShown, load.homeTimeout);
    gaps.stop();
    dashboard.setAfterStates({});
    QObject::disconnect(watching);

    result[HomeDevices].value = double(dashboard.registry().acceptedDevices().size());
    result[HomeTiles].value = double(refs.size() - pending.size());
    result[HomeTiles].lost = qint64(pending.size());
    result[HomeTiles].timedOut = !all;
    if (!connectedAt)
        result[HomeTiles].note = "not connected: " + dashboard.lastError().toStdString();
    if (all) {
        result[HomeLoaded].value = secondsBetween(start, *allShownAt);
        result[HomeLoaded].note =
            "connected after " + formatMs(connectedAt ? millisecondsBetween(start, *connectedAt) : 0) +
            ", every tile made after " + formatMs(tilesMadeAt ? millisecondsBetween(start, *tilesMadeAt) : 0);
    }
    result[HomeMaxGap].value = gaps.maxGapMs();
    noteGap(result[HomeMaxGap], gaps, tracer);
    explain("home, from DeviceService::start until every tile shows a value", tracer, threadsBefore);
    return all;
}

// Sensor tiles showing the last reading sent to them.
int currentTiles(const Dashboard &dashboard, const DashboardLoad &load, const TelemetryPublisher &publisher)
{
    const auto shows = [&](const EntityRef &ref, double expected) {
        const ui::EntityTile *tile = dashboard.tile(ref);
        return tile && tile->state().number && std::abs(*tile->state().number - expected) < 1e-9;
    };
    int current = 0;
    for (int i = 0; i < load.home.climateCount(); ++i) {
        const int round = publisher.lastRound(i);
        current +=
            shows(EntityRef{load.home.climateId(i), Temperature}, climateTemperature(i, round)) ? 1 : 0;
        current += shows(EntityRef{load.home.climateId(i), Humidity}, climateHumidity(i, round)) ? 1 : 0;
    }
    return current;
}

// States applied per second between the first and the last batch inside
// [from, to].
double ratePerSecond(const std::vector<std::pair<Clock::time_point, quint64>> &samples,
                     Clock::time_point from, Clock::time_point to)
{
    const std::pair<Clock::time_point, quint64> *first = nullptr;
    const std::pair<Clock::time_point, quint64> *last = nullptr;
    for (const auto &sample : samples) {
        if (sample.first < from || sample.first > to)
            continue;
        if (!first)
            first = &sample;
        last = &sample;
    }
    if (!first || last == first)
        return 0;
    return double(last->second - first->second) / secondsBetween(first->first, last->first);
}

// Phase 2: readings at a paced rate, then until every tile shows the last.
void runTelemetry(Dashboard &dashboard, const BrokerUnderTest &broker, const DashboardLoad &load,
                  std::vector<Measurement> &result)
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    const int sensorTiles = 2 * load.home.climateCount();
    std::vector<std::pair<Clock::time_point, quint64>> samples; // after each batch: (time, tile updates)
    std::optional<Clock::time_point> allCurrentAt;
    std::optional<TelemetryPublisher> publisher;
    dashboard.setAfterStates([&](const QList<EntityState> &) {
        samples.emplace_back(Clock::now(), dashboard.tileUpdates());
        if (!allCurrentAt && publisher->isDone() && currentTiles(dashboard, load, *publisher) == sensorTiles)
            allCurrentAt = Clock::now();
    });

    GapMeter gaps;
    const ThreadTimes threadsBefore = threadTimes();
    const double guiCpuBefore = threadCpuSeconds();
    const double brokerCpuBefore = processCpuSeconds(broker.pid);
    tracer.reset();
    gaps.start();
    publisher.emplace(broker.port, load.home, load.telemetry);
    std::optional<Clock::time_point> doneSeenAt;
    runUntil(
        [&] {
            if (!publisher->isDone())
                return false;
            if (!doneSeenAt) {
                doneSeenAt = Clock::now();
                // The last batch may have come before the publisher said it was done.
                if (currentTiles(dashboard, load, *publisher) == sensorTiles)
                    allCurrentAt = doneSeenAt;
            }
            return allCurrentAt.has_value() || Clock::now() - *doneSeenAt >= load.drainTimeout;
        },
        load.telemetry.duration + load.drainTimeout + 20s);
    gaps.stop();
    const double guiCpu = threadCpuSeconds() - guiCpuBefore;
    const double brokerCpu = processCpuSeconds(broker.pid) - brokerCpuBefore;
    dashboard.setAfterStates({});
    // It ends by its own deadline; its figures are read once it has.
    while (!publisher->isDone())
        runFor(20ms);

    Measurement &offered = result[TelemetryOffered];
    offered.value = double(publisher->published());
    offered.note = publisher->error();
    if (publisher->maxLagMs() > 100) {
        char text[128];
        std::snprintf(text, sizeof text, "the load ran up to %.0f ms behind its schedule (took %.1f s)",
                      publisher->maxLagMs(), secondsBetween(publisher->started(), publisher->finished()));
        addNote(offered.note, text);
    }
    result[TelemetryRate].value = ratePerSecond(samples, publisher->started(), publisher->finished());
    result[TelemetryMaxGap].value = gaps.maxGapMs();
    noteGap(result[TelemetryMaxGap], gaps, tracer);
    result[TelemetrySlow].value = gaps.gapsOver(SlowTickMs);
    const int current = currentTiles(dashboard, load, *publisher);
    result[TelemetryCurrent].value = current;
    result[TelemetryCurrent].lost = sensorTiles - current;
    result[TelemetryCurrent].timedOut = current < sensorTiles;
    if (allCurrentAt)
        result[TelemetryDelay].value =
            std::max(0.0, millisecondsBetween(publisher->finished(), *allCurrentAt));
    result[TelemetryGuiCpu].value = guiCpu;
    result[TelemetryBrokerCpu].value = brokerCpu;
    result[TelemetryResident].value = residentMiB();
    explain("telemetry, from the first reading until every tile shows the last", tracer, threadsBefore);
}

// Phase 3: each toggle from the click until its tile holds Confirmed.
void runToggles(Dashboard &dashboard, const DashboardLoad &load, int answeredBefore, const FakePlugs &plugs,
                std::vector<Measurement> &result)
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    struct Toggle
    {
        EntityRef ref;
        bool target = false;
        bool pendingShown = false;
        std::optional<Clock::time_point> confirmedAt;
    };
    std::optional<Toggle> waiting;
    dashboard.setAfterStates([&](const QList<EntityState> &states) {
        if (!waiting || waiting->confirmedAt)
            return;
        if (std::none_of(states.begin(), states.end(),
                         [&](const EntityState &state) { return state.ref == waiting->ref; }))
            return;
        // What the tile now holds, not what the batch said.
        const EntityState &shown = dashboard.tile(waiting->ref)->state();
        if (shown.command == CommandState::Pending)
            waiting->pendingShown = true;
        if (shown.command == CommandState::Confirmed && shown.commandTarget == waiting->target &&
            shown.on == waiting->target)
            waiting->confirmedAt = Clock::now();
    });

    std::vector<double> latencies;
    std::vector<double> toPlug; // from the click until the plug had the command
    int pendingShown = 0;
    int missing = 0;
    GapMeter gaps;
    const ThreadTimes threadsBefore = threadTimes();
    tracer.reset();
    gaps.start();
    for (int i = 0; i < load.toggles; ++i) {
        const EntityRef ref{load.home.plugId(i % load.home.plugCount()), OnOff};
        auto *tile = qobject_cast<ui::SwitchTile *>(dashboard.tile(ref));
        if (!tile) {
            ++missing;
            continue;
        }
        // The user scrolls to the plug before clicking it.
        dashboard.page().scrollArea()->ensureWidgetVisible(tile);
        runFor(20ms);
        waiting = Toggle{ref, !tile->state().on.value_or(false), false, std::nullopt};
        const auto clicked = Clock::now();
        tile->toggleSwitch()->click();
        runUntil([&] { return waiting->confirmedAt.has_value(); }, load.toggleTimeout, 2);
        if (waiting->confirmedAt) {
            latencies.push_back(millisecondsBetween(clicked, *waiting->confirmedAt));
            const auto commandAt = Clock::time_point(std::chrono::nanoseconds(plugs.lastCommandNs()));
            toPlug.push_back(millisecondsBetween(clicked, commandAt));
        }
        pendingShown += waiting->pendingShown ? 1 : 0;
        waiting.reset();
    }
    gaps.stop();
    dashboard.setAfterStates({});

    std::sort(latencies.begin(), latencies.end());
    std::sort(toPlug.begin(), toPlug.end());
    Measurement &confirmed = result[ToggleConfirmed];
    confirmed.value = double(latencies.size());
    confirmed.lost = load.toggles - qint64(latencies.size());
    confirmed.note = "the tile showed Pending before Confirmed in " + std::to_string(pendingShown) + " of " +
                     std::to_string(load.toggles) + "; the plugs answered " +
                     std::to_string(plugs.answered() - answeredBefore) + " commands";
    if (missing > 0)
        addNote(confirmed.note, std::to_string(missing) + " plugs had no tile");
    if (!latencies.empty()) {
        // Nearest rank.
        const auto rank = [](const std::vector<double> &sorted, double fraction) {
            const size_t index = size_t(std::ceil(fraction * double(sorted.size()))) - 1;
            return sorted[std::min(index, sorted.size() - 1)];
        };
        result[ToggleMedian].value = rank(latencies, 0.5);
        result[ToggleP99].value = rank(latencies, 0.99);
        char text[160];
        std::snprintf(text, sizeof text,
                      "fastest %.1f ms, slowest %.1f ms; the command reached the plug after %.1f ms "
                      "(median; p99 %.1f ms)",
                      latencies.front(), latencies.back(), rank(toPlug, 0.5), rank(toPlug, 0.99));
        result[ToggleMedian].note = text;
    }
    result[ToggleMaxGap].value = gaps.maxGapMs();
    noteGap(result[ToggleMaxGap], gaps, tracer);
    explain("toggles", tracer, threadsBefore);
}

} // namespace

std::vector<Measurement> runDashboard(const BrokerUnderTest &broker, const DashboardLoad &load)
{
    std::vector<Measurement> result(DashboardFigureCount);
    std::string error;
    if (!publishHome(broker.port, load.home, Clock::now() + 10s, error)) {
        result[HomeDevices].note = error;
        return result;
    }
    FakePlugs plugs(broker.port, load.home);
    if (!plugs.waitReady(5s)) {
        result[HomeDevices].note = plugs.error().empty() ? "plugs: not subscribed in time" : plugs.error();
        return result;
    }

    // The plugin as the application loads it, but only the convention the
    // home speaks.
    devices::ConventionCatalog catalog;
    catalog.load({load.pluginDirectory});
    const devices::ConventionInfo *generic = catalog.find(QStringLiteral("generic"));
    if (!generic) {
        result[HomeDevices].note = "no generic convention plugin in " + load.pluginDirectory.toStdString();
        for (const QString &skipped : catalog.errors())
            addNote(result[HomeDevices].note, skipped.toStdString());
        return result;
    }
    Dashboard dashboard({generic->plugin});
    dashboard.show();
    if (!loadHome(dashboard, broker, load, result))
        return result;
    runFor(1s); // the page settles: the last layouts and paints
    result[HomeResident].value = residentMiB();

    runTelemetry(dashboard, broker, load, result);
    runFor(500ms);
    runToggles(dashboard, load, plugs.answered(), plugs, result);
    if (const std::string failed = plugs.error(); !failed.empty())
        addNote(result[ToggleConfirmed].note, failed);
    return result;
}

} // namespace homewire::bench
