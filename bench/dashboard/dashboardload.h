// The load bench_dashboard runs, in a child process per broker (see
// bench/explorer/process.h), against a broker the parent started. Three
// phases on one dashboard, each bounded in time; one Measurement per figure,
// in the order of DashboardFigure.
//
// 1. Home: the home's retained states are on the broker; the service
//    connects, the generic convention discovers every device, the registry
//    accepts them (autoAdd) and the page makes their tiles. Until every tile
//    shows a value.
// 2. Telemetry: readings at a paced rate, round-robin over the climate
//    sensors; afterwards every sensor tile must show the last reading sent
//    to it.
// 3. Toggles: plugs clicked one after the other (scrolled into view first,
//    as a user would), each answered by FakePlugs; from the click until the
//    tile holds the confirmed state.
#pragma once

#include "dashboard/home.h"
#include "explorer/explorerloads.h"

#include <QString>
#include <vector>

namespace homewire::bench {

struct DashboardLoad
{
    HomeLayout home;
    TelemetryLoad telemetry;
    int toggles = 100;
    QString pluginDirectory; // where the generic convention's library is
    Clock::duration homeTimeout = std::chrono::seconds(20);
    Clock::duration drainTimeout = std::chrono::seconds(5); // after the last reading sent
    Clock::duration toggleTimeout = std::chrono::seconds(3);
};

enum DashboardFigure
{
    HomeDevices,      // devices accepted onto the dashboard
    HomeTiles,        // tiles showing a value (lost: tiles without)
    HomeLoaded,       // s from DeviceService::start until every tile shows a value
    HomeMaxGap,       // longest GUI tick interval in that time, ms
    HomeResident,     // VmRSS once loaded, MiB
    TelemetryOffered, // readings published
    TelemetryRate,    // states applied to tiles per second while the load ran
    TelemetryMaxGap,  // longest GUI tick interval, first publish until all shown, ms
    TelemetrySlow,    // ticks later than 50 ms in that time
    TelemetryCurrent, // sensor tiles showing the last reading sent (lost: the others)
    TelemetryDelay,   // ms from the last reading sent until every tile shows it
    TelemetryGuiCpu,  // CPU time of the GUI thread, s
    TelemetryBrokerCpu,
    TelemetryResident, // VmRSS afterwards, MiB
    ToggleConfirmed,   // toggles confirmed on their tile (lost: the others)
    ToggleMedian,      // ms from the click until the tile holds Confirmed
    ToggleP99,
    ToggleMaxGap, // longest GUI tick interval during the toggles, ms
    DashboardFigureCount
};

std::vector<Measurement> runDashboard(const BrokerUnderTest &broker, const DashboardLoad &load);

} // namespace homewire::bench
