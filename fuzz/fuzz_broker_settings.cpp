// libFuzzer target: the broker's configuration file parser.
// Invariants: no crash; an accepted file yields settings within their ranges
// and complete listeners (at least one; TLS ones with certfile and keyfile);
// a rejected one names the line it failed on.
#include "broker/brokersettings.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace homewire::broker;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = parseBrokerSettings(text);
    if (parsed) {
        const BrokerConfig &c = parsed->broker;
        if (c.maxInflightMessages < 1 || c.maxTopicLevels < 1 || c.maxConnections < 1 || c.maxPacketSize < 64)
            std::abort();
        if (c.auth.passwordIterations < 1000 || c.abuse.connectionsPerSecond < 0 ||
            c.abuse.connectionBurst < 1)
            std::abort();
        if (parsed->listeners.isEmpty() || !checkListeners(parsed->listeners))
            std::abort();
        for (const ListenerSettings &l : parsed->listeners) {
            if (l.tls && (l.certFile.isEmpty() || l.keyFile.isEmpty()))
                std::abort();
        }
    } else if (!parsed.error().message.startsWith(QLatin1String("line "))) {
        std::fprintf(stderr, "error without a line number\n");
        std::abort();
    }
    return 0;
}
