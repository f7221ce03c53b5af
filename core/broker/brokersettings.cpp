#include "brokersettings.h"

#include <QList>
#include <functional>
#include <limits>

namespace homewire::broker {

namespace {

using Setter = std::function<Result<void, SettingsError>(BrokerSettings &, QByteArrayView)>;

Error<SettingsError> invalid(QByteArrayView name, QByteArrayView value, const QString &expected)
{
    return makeError(SettingsError::InvalidValue,
                     QStringLiteral("%1: '%2' is not %3")
                         .arg(QString::fromUtf8(name), QString::fromUtf8(value), expected));
}

// An integer option stored through `store`, within [min, max].
Setter integerOption(qint64 min, qint64 max, std::function<void(BrokerSettings &, qint64)> store)
{
    return [=](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
        bool ok = false;
        const qint64 v = value.toByteArray().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return invalid("value", value, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        store(s, v);
        return {};
    };
}

struct Option
{
    const char *name;
    Setter set;
};

const QList<Option> &options()
{
    static const QList<Option> list = {
        {"port", integerOption(0, 65535, [](BrokerSettings &s, qint64 v) { s.port = quint16(v); })},
        {"bind_address",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             QHostAddress address;
             const QString text = QString::fromUtf8(value);
             if (text == QLatin1String("localhost"))
                 address = QHostAddress(QHostAddress::LocalHost);
             else if (text == QLatin1String("*") || text == QLatin1String("any"))
                 address = QHostAddress(QHostAddress::Any);
             else if (!address.setAddress(text))
                 return invalid("bind_address", value, QStringLiteral("an IP address"));
             s.bindAddress = address;
             return {};
         }},
        {"max_connections",
         integerOption(1, 1'000'000, [](BrokerSettings &s, qint64 v) { s.broker.maxConnections = int(v); })},
        {"max_packet_size",
         integerOption(64, 268'435'460,
                       [](BrokerSettings &s, qint64 v) { s.broker.maxPacketSize = quint32(v); })},
        {"max_inflight_messages",
         integerOption(1, 65535, [](BrokerSettings &s, qint64 v) { s.broker.maxInflightMessages = int(v); })},
        {"max_queued_messages",
         integerOption(0, std::numeric_limits<int>::max(),
                       [](BrokerSettings &s, qint64 v) { s.broker.maxQueuedMessages = int(v); })},
        {"max_queued_bytes", integerOption(0, std::numeric_limits<qint64>::max(),
                                           [](BrokerSettings &s, qint64 v) { s.broker.maxQueuedBytes = v; })},
        {"max_topic_levels",
         integerOption(1, 65535, [](BrokerSettings &s, qint64 v) { s.broker.maxTopicLevels = int(v); })},
        {"sys_interval",
         integerOption(0, 86400, [](BrokerSettings &s, qint64 v) { s.broker.sysIntervalSeconds = int(v); })},
        {"congestion_bytes",
         integerOption(4096, std::numeric_limits<qint64>::max(),
                       [](BrokerSettings &s, qint64 v) { s.broker.congestionBytes = v; })},
        {"slow_subscriber_timeout",
         integerOption(1, 86400,
                       [](BrokerSettings &s, qint64 v) { s.broker.slowSubscriberTimeoutSeconds = int(v); })},
        {"allow_zero_length_clientid",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             if (value != "true" && value != "false")
                 return invalid("allow_zero_length_clientid", value, QStringLiteral("true or false"));
             s.broker.allowEmptyClientId = value == "true";
             return {};
         }},
        {"durability",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             const auto d = parseDurability(value);
             if (!d)
                 return invalid("durability", value, QStringLiteral("fast or durable"));
             s.broker.durability = *d;
             return {};
         }},
        {"data_dir",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             s.broker.dataDirectory = QString::fromUtf8(value);
             return {};
         }},
        {"log_level",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             const auto level = parseLogLevel(value);
             if (!level)
                 return invalid("log_level", value, QStringLiteral("error, warning, info or debug"));
             s.logLevel = *level;
             return {};
         }},
    };
    return list;
}

} // namespace

std::optional<LogLevel> parseLogLevel(QByteArrayView text)
{
    if (text == "error")
        return LogLevel::Error;
    if (text == "warning")
        return LogLevel::Warning;
    if (text == "info")
        return LogLevel::Info;
    if (text == "debug")
        return LogLevel::Debug;
    return std::nullopt;
}

std::optional<Durability> parseDurability(QByteArrayView text)
{
    if (text == "fast")
        return Durability::Fast;
    if (text == "durable")
        return Durability::Durable;
    return std::nullopt;
}

Result<void, SettingsError> applyBrokerSetting(BrokerSettings &settings, QByteArrayView name,
                                               QByteArrayView value)
{
    for (const Option &option : options()) {
        if (name == option.name) {
            if (value.isEmpty())
                return makeError(SettingsError::MissingValue,
                                 QStringLiteral("%1: a value is missing").arg(QString::fromUtf8(name)));
            auto result = option.set(settings, value);
            if (!result && result.errorCode() == SettingsError::InvalidValue)
                return makeError(SettingsError::InvalidValue,
                                 QString::fromUtf8(name) + QLatin1String(": ") +
                                     result.error().message.section(QLatin1String(": "), 1));
            return result;
        }
    }
    return makeError(SettingsError::UnknownOption,
                     QStringLiteral("unknown option '%1'").arg(QString::fromUtf8(name)));
}

Result<BrokerSettings, SettingsError> parseBrokerSettings(QByteArrayView text, BrokerSettings base)
{
    int lineNumber = 0;
    for (QByteArrayView rest = text; !rest.isEmpty();) {
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        qsizetype space = 0;
        while (space < line.size() && line[space] != ' ' && line[space] != '\t')
            ++space;
        const QByteArrayView name = line.first(space);
        const QByteArrayView value = line.sliced(space).trimmed();
        if (auto ok = applyBrokerSetting(base, name, value); !ok)
            return makeError(ok.errorCode(),
                             QStringLiteral("line %1: %2").arg(lineNumber).arg(ok.error().message));
    }
    return base;
}

} // namespace homewire::broker
