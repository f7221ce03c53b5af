#include "shellyrecognizer.h"

namespace homewire::plugins::shelly {

QStringList ShellyRecognizer::topicFilters() const
{
    return {QStringLiteral("shellies/announce"),
            QStringLiteral("shellies/+/relay/+"),
            QStringLiteral("shellies/+/relay/+/power"),
            QStringLiteral("shellies/+/temperature"),
            QStringLiteral("+/status/+"),
            QStringLiteral("+/events/rpc")};
}

devices::Recognition ShellyRecognizer::inspect(const devices::ConventionMessage &message)
{
    if (message.payload.size() > MaxPayloadBytes)
        return {{}, {}, tr("the payload is too large")};
    const QList<QByteArray> levels = message.topic.split('/');
    if (levels.first() == "shellies" && ShellyGen1::handles(levels))
        return m_gen1.inspect(levels, message.payload);
    if (levels.size() == 3 && levels[1] == "status")
        return m_gen2.inspectStatus(QString::fromUtf8(levels[0]), QString::fromUtf8(levels[2]),
                                    message.payload);
    if (levels.size() == 3 && levels[1] == "events" && levels[2] == "rpc")
        return m_gen2.inspectEvents(QString::fromUtf8(levels[0]), message.payload);
    return {};
}

} // namespace homewire::plugins::shelly
