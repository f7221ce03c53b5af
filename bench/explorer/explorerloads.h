// The loads bench_explorer runs. Each runs in a child process against a
// broker the parent started (see process.h), is bounded in time, and returns
// one Measurement per figure, in the order of its enum.
#pragma once

#include "broker/loads.h"

#include <QString>
#include <sys/types.h>
#include <vector>

namespace homewire::bench {

struct BrokerUnderTest
{
    quint16 port = 0;
    pid_t pid = -1; // for its CPU time
};

// A load connection (bench::Connection, its own thread) publishes QoS 0
// messages at a paced rate, round-robin over topicsA x topicsB topics
// bench/<a>/<b>/value, into the explorer subscribed to '#'. The explorer has
// drainTimeout after the last publish to apply them all.
struct IngestLoad
{
    int messagesPerSecond = 50'000;
    Clock::duration burstInterval = std::chrono::milliseconds(10);
    Clock::duration duration = std::chrono::seconds(10);
    int topicsA = 100;
    int topicsB = 100;
    Clock::duration drainTimeout = std::chrono::seconds(10);
};

enum IngestFigure
{
    IngestPublished, // messages written to the broker
    IngestReceived,  // handed out by MqttClient::messagesReceived (load topics only)
    IngestApplied,   // in the TopicStore
    IngestRate,      // applied per second while the load ran (slope over the batches)
    IngestDelay,     // ms from the last message sent until the store had all
    IngestMaxGap,    // longest interval between 5 ms GUI-thread ticks, first publish to all applied
    IngestSlowTicks, // ticks later than 50 ms in that time
    IngestResident,  // VmRSS of the explorer process afterwards, MiB
    IngestGuiCpu,    // CPU time of the GUI thread during the load
    IngestBrokerCpu, // CPU time of the broker during the load
    IngestFigureCount
};
std::vector<Measurement> runIngest(const BrokerUnderTest &broker, const IngestLoad &load);

// A load connection publishes `topics` retained QoS 0 messages on
// retained/<i / perParent>/<i % perParent> (the last at QoS 1; its PUBACK says
// the broker has them all); then a fresh explorer subscribes '#' and loads
// them. Then, with the explorer idle: a parent is expanded, the view
// scrolled to the bottom and back to the top, and `search` (a substring of
// about a thousand topics) is searched for.
struct RetainedMillionLoad
{
    int topics = 1'000'000;
    int perParent = 1000;
    Clock::duration publishTimeout = std::chrono::seconds(120);
    Clock::duration loadTimeout = std::chrono::seconds(120);
    Clock::duration searchTimeout = std::chrono::seconds(60);
    QString search = QStringLiteral("3/45");
};

enum RetainedFigure
{
    RetainedBrokerLoad,   // s until the PUBACK of the last retained message
    RetainedExplorerLoad, // s from connecting until all topics are in the store
    RetainedResident,     // VmRSS of the explorer process then, MiB
    RetainedPeak,         // VmHWM of the explorer process then, MiB
    RetainedLoadMaxGap,   // longest GUI-thread tick interval while loading, ms
    RetainedExpand,       // ms to expand a parent of perParent rows at the top of the view and paint
    RetainedScroll,       // ms to scroll to the bottom and back, painting each
    RetainedSearch,       // ms from setMatcher() to filterFinished
    RetainedSearchExpand, // ms to expand the results as ConnectionView does (up to 500 rows)
    RetainedSearchMaxGap, // longest GUI-thread tick interval during the search, ms
    RetainedFigureCount
};
std::vector<Measurement> runRetainedMillion(const BrokerUnderTest &broker, const RetainedMillionLoad &load);

// Set by --verbose: loads print where the GUI thread's time went to stderr.
extern bool explainGuiTime;

} // namespace homewire::bench
