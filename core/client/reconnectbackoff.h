// ReconnectBackoff: how long MqttClient waits before its next connection
// attempt. 1 s after the first failure, doubling after each further one up to
// 30 s, and back to 1 s once a connection succeeds, so a broker that restarts
// is found again quickly while one that is gone for good costs an attempt
// every half minute.
//
// Plain arithmetic: the timer that waits is MqttClient's, so this is tested
// without a clock.
#pragma once

#include <algorithm>

namespace homewire::client {

class ReconnectBackoff
{
public:
    static constexpr int InitialDelayMs = 1'000;
    static constexpr int MaximumDelayMs = 30'000;

    // The delay before the next attempt; each call doubles the one after.
    int nextDelayMs()
    {
        const int delay = m_nextMs;
        m_nextMs = std::min(m_nextMs * 2, MaximumDelayMs);
        return delay;
    }
    // After a successful connect.
    void reset() { m_nextMs = InitialDelayMs; }

private:
    int m_nextMs = InitialDelayMs;
};

} // namespace homewire::client
