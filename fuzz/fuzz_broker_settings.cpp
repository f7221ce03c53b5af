// libFuzzer target: the broker's configuration file parser.
// Invariants: no crash; an accepted file yields settings within their ranges;
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
    } else if (!parsed.error().message.startsWith(QLatin1String("line "))) {
        std::fprintf(stderr, "error without a line number\n");
        std::abort();
    }
    return 0;
}
