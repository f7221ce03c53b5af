// Publishing many retained messages as fast as a broker takes them, for the
// loads that need a broker full of retained topics (bench_broker's retained
// load, bench_explorer's million topics).
#pragma once

#include "connection.h"
#include "loads.h"

#include <functional>

namespace homewire::bench {

// Publishes `count` retained messages on the open `publisher`, topic
// `topicOf(i)`, a small JSON payload each; all at QoS 0 except the last, at
// QoS 1: its PUBACK says the broker has processed everything before it on
// this connection. Keeps at most `batchBytes` queued. Sets result.value to
// the seconds taken, or result.timedOut / a note when the PUBACK did not come
// by `deadline`. True when every message was acknowledged.
bool publishRetainedMessages(Connection &publisher, int count, const std::function<QByteArray(int)> &topicOf,
                             qsizetype batchBytes, Clock::time_point deadline, Measurement &result);

} // namespace homewire::bench
