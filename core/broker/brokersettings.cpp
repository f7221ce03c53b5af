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

// A true/false option stored through `store`.
Setter booleanOption(std::function<void(BrokerSettings &, bool)> store)
{
    return [=](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
        if (value != "true" && value != "false")
            return invalid("value", value, QStringLiteral("true or false"));
        store(s, value == "true");
        return {};
    };
}

// A path or other free text, stored through `store`.
Setter textOption(std::function<void(BrokerSettings &, const QString &)> store)
{
    return [=](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
        store(s, QString::fromUtf8(value));
        return {};
    };
}

// One word out of `words`, stored as the matching entry of `values`.
template<typename T>
Setter choiceOption(QList<QByteArrayView> words, QList<T> values, const QString &expected,
                    std::function<void(BrokerSettings &, T)> store)
{
    return [=](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
        const qsizetype i = words.indexOf(value);
        if (i < 0)
            return invalid("value", value, expected);
        store(s, values.at(i));
        return {};
    };
}

std::optional<QHostAddress> parseAddress(QByteArrayView value)
{
    const QString text = QString::fromUtf8(value);
    if (text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (text == QLatin1String("*") || text == QLatin1String("any"))
        return QHostAddress(QHostAddress::Any);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

// "listener <port> [address]": a new listener, plain until it gets a certfile.
Result<void, SettingsError> addListener(BrokerSettings &s, QByteArrayView value)
{
    const QList<QByteArray> words = value.toByteArray().simplified().split(' ');
    bool ok = false;
    const uint port = words.at(0).toUInt(&ok);
    if (!ok || port > 65535 || words.size() > 2)
        return invalid("listener", value,
                       QStringLiteral("a port from 0 to 65535, optionally followed by an address"));
    ListenerSettings listener;
    listener.port = quint16(port);
    if (words.size() == 2) {
        const auto address = parseAddress(words.at(1));
        if (!address)
            return invalid("listener", words.at(1), QStringLiteral("an IP address"));
        listener.address = *address;
    }
    s.listeners.append(listener);
    return {};
}

ListenerSettings &last(BrokerSettings &s)
{
    if (s.listeners.isEmpty())
        s.listeners.append(ListenerSettings{});
    return s.listeners.last();
}

ListenerSettings &first(BrokerSettings &s)
{
    if (s.listeners.isEmpty())
        s.listeners.append(ListenerSettings{});
    return s.listeners.first();
}

enum class Scope : quint8
{
    Broker,
    Listener, // applies to the last listener
};

struct Option
{
    const char *name;
    Setter set;
    Scope scope = Scope::Broker;
};

QList<Option> listenerOptions()
{
    using CC = ClientCertificates;
    return {
        {"port", integerOption(0, 65535, [](BrokerSettings &s, qint64 v) { first(s).port = quint16(v); })},
        {"bind_address",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             const auto address = parseAddress(value);
             if (!address)
                 return invalid("bind_address", value, QStringLiteral("an IP address"));
             first(s).address = *address;
             return {};
         }},
        {"listener", addListener},
        // Either file makes the listener a TLS one; checkListeners() wants both.
        {"certfile", textOption([](BrokerSettings &s, const QString &v) {
             last(s).certFile = v;
             last(s).tls = true;
         }),
         Scope::Listener},
        {"keyfile", textOption([](BrokerSettings &s, const QString &v) {
             last(s).keyFile = v;
             last(s).tls = true;
         }),
         Scope::Listener},
        {"cafile", textOption([](BrokerSettings &s, const QString &v) { last(s).caFile = v; }),
         Scope::Listener},
        {"crlfile", textOption([](BrokerSettings &s, const QString &v) { last(s).crlFile = v; }),
         Scope::Listener},
        {"require_certificate", booleanOption([](BrokerSettings &s, bool v) {
             last(s).clientCertificates = v ? CC::Require : CC::Off;
         }),
         Scope::Listener},
        {"client_certificates",
         choiceOption<CC>({"off", "optional", "require"}, {CC::Off, CC::Optional, CC::Require},
                          QStringLiteral("off, optional or require"),
                          [](BrokerSettings &s, CC v) { last(s).clientCertificates = v; }),
         Scope::Listener},
        {"use_identity_as_username",
         booleanOption([](BrokerSettings &s, bool v) { last(s).identityAsUserName = v; }), Scope::Listener},
        {"identity_field",
         choiceOption<CertificateIdentity>(
             {"cn", "san"}, {CertificateIdentity::CommonName, CertificateIdentity::SubjectAltName},
             QStringLiteral("cn or san"),
             [](BrokerSettings &s, CertificateIdentity v) { last(s).identity = v; }),
         Scope::Listener},
        {"tls_version",
         choiceOption<TlsMinimum>({"tlsv1.2", "tlsv1.3"}, {TlsMinimum::Tls12, TlsMinimum::Tls13},
                                  QStringLiteral("tlsv1.2 or tlsv1.3"),
                                  [](BrokerSettings &s, TlsMinimum v) { last(s).tlsMinimum = v; }),
         Scope::Listener},
        {"ciphers", textOption([](BrokerSettings &s, const QString &v) { last(s).ciphers = v; }),
         Scope::Listener},
        {"allow_anonymous", booleanOption([](BrokerSettings &s, bool v) { last(s).allowAnonymous = v; }),
         Scope::Listener},
    };
}

QList<Option> accessOptions()
{
    return {
        {"password_iterations",
         integerOption(1000, 10'000'000,
                       [](BrokerSettings &s, qint64 v) { s.broker.auth.passwordIterations = int(v); })},
        {"auth_cache_seconds",
         integerOption(0, 86400, [](BrokerSettings &s, qint64 v) { s.broker.auth.cacheSeconds = int(v); })},
        {"max_connection_rate",
         integerOption(0, 1'000'000,
                       [](BrokerSettings &s, qint64 v) { s.broker.abuse.connectionsPerSecond = int(v); })},
        {"connection_burst",
         integerOption(1, 1'000'000,
                       [](BrokerSettings &s, qint64 v) { s.broker.abuse.connectionBurst = int(v); })},
        {"rate_limit_loopback",
         booleanOption([](BrokerSettings &s, bool v) { s.broker.abuse.exemptLoopback = !v; })},
        {"auth_failures_before_backoff",
         integerOption(0, 1000,
                       [](BrokerSettings &s, qint64 v) { s.broker.abuse.failuresBeforeBackoff = int(v); })},
        {"auth_backoff_first",
         integerOption(1, 86400,
                       [](BrokerSettings &s, qint64 v) { s.broker.abuse.firstBackoffSeconds = int(v); })},
        {"auth_backoff_max",
         integerOption(1, 86400,
                       [](BrokerSettings &s, qint64 v) { s.broker.abuse.maxBackoffSeconds = int(v); })},
    };
}

QList<Option> limitOptions()
{
    return {
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
         booleanOption([](BrokerSettings &s, bool v) { s.broker.allowEmptyClientId = v; })},
    };
}

QList<Option> serviceOptions()
{
    return {
        {"durability",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             const auto d = parseDurability(value);
             if (!d)
                 return invalid("durability", value, QStringLiteral("fast or durable"));
             s.broker.durability = *d;
             return {};
         }},
        {"data_dir", textOption([](BrokerSettings &s, const QString &v) { s.broker.dataDirectory = v; })},
        {"log_level",
         [](BrokerSettings &s, QByteArrayView value) -> Result<void, SettingsError> {
             const auto level = parseLogLevel(value);
             if (!level)
                 return invalid("log_level", value, QStringLiteral("error, warning, info or debug"));
             s.logLevel = *level;
             return {};
         }},
    };
}

const QList<Option> &options()
{
    static const QList<Option> list = listenerOptions() + accessOptions() + limitOptions() + serviceOptions();
    return list;
}

const Option *findOption(QByteArrayView name)
{
    for (const Option &option : options()) {
        if (name == option.name)
            return &option;
    }
    return nullptr;
}

// The first option of a plain listener that only TLS listeners can have.
const char *tlsOnlyOption(const ListenerSettings &l)
{
    if (!l.caFile.isEmpty())
        return "cafile";
    if (!l.crlFile.isEmpty())
        return "crlfile";
    if (l.clientCertificates != ClientCertificates::Off)
        return "require_certificate";
    if (l.identityAsUserName)
        return "use_identity_as_username";
    if (l.identity != CertificateIdentity::CommonName)
        return "identity_field";
    if (l.tlsMinimum != TlsMinimum::Tls12)
        return "tls_version";
    if (!l.ciphers.isEmpty())
        return "ciphers";
    return nullptr;
}

// What is wrong with one listener on its own; empty when nothing.
QString listenerProblem(const ListenerSettings &l)
{
    if (!l.tls) {
        if (const char *option = tlsOnlyOption(l))
            return QStringLiteral("%1 needs TLS (certfile and keyfile)").arg(QLatin1String(option));
        return {};
    }
    if (l.certFile.isEmpty())
        return QStringLiteral("keyfile is set but certfile is missing");
    if (l.keyFile.isEmpty())
        return QStringLiteral("certfile is set but keyfile is missing");
    if (l.clientCertificates != ClientCertificates::Off && l.caFile.isEmpty())
        return QStringLiteral("client certificates need a cafile to verify them against");
    if (!l.crlFile.isEmpty() && l.clientCertificates == ClientCertificates::Off)
        return QStringLiteral("crlfile needs client certificates (require_certificate true or "
                              "client_certificates optional)");
    if (l.identityAsUserName && l.clientCertificates == ClientCertificates::Off)
        return QStringLiteral("use_identity_as_username needs client certificates (require_certificate true "
                              "or client_certificates optional)");
    return {};
}

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6);
}

// Whether two listeners would compete for one port.
bool overlap(const ListenerSettings &a, const ListenerSettings &b)
{
    return a.port != 0 && a.port == b.port &&
           (a.address == b.address || isAny(a.address) || isAny(b.address));
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
    const Option *option = findOption(name);
    if (!option)
        return makeError(SettingsError::UnknownOption,
                         QStringLiteral("unknown option '%1'").arg(QString::fromUtf8(name)));
    if (value.isEmpty())
        return makeError(SettingsError::MissingValue,
                         QStringLiteral("%1: a value is missing").arg(QString::fromUtf8(name)));
    auto result = option->set(settings, value);
    if (!result && result.errorCode() == SettingsError::InvalidValue)
        return makeError(SettingsError::InvalidValue,
                         QString::fromUtf8(name) + QLatin1String(": ") +
                             result.error().message.section(QLatin1String(": "), 1));
    return result;
}

Result<void, SettingsError> checkListeners(const QList<ListenerSettings> &listeners, int *index)
{
    for (int i = 0; i < listeners.size(); ++i) {
        const ListenerSettings &l = listeners.at(i);
        QString problem = listenerProblem(l);
        for (int j = 0; problem.isEmpty() && j < i; ++j) {
            if (overlap(listeners.at(j), l))
                problem = QStringLiteral("its port is already used by listener %1 (the first listener is "
                                         "set with port and bind_address)")
                              .arg(listeners.at(j).name());
        }
        if (!problem.isEmpty()) {
            if (index)
                *index = i;
            return makeError(SettingsError::IncompleteListener,
                             QStringLiteral("listener %1: %2").arg(l.name(), problem));
        }
    }
    return {};
}

Result<BrokerSettings, SettingsError> parseBrokerSettings(QByteArrayView text, BrokerSettings base)
{
    if (base.listeners.isEmpty())
        base.listeners.append(ListenerSettings{});
    // Per listener, the line that started it or first configured it, for errors.
    QList<int> listenerLines(base.listeners.size(), 0);
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
        if (base.listeners.size() > listenerLines.size())
            listenerLines.append(lineNumber);
        else if (const Option *option = findOption(name);
                 option->scope == Scope::Listener && listenerLines.last() == 0)
            listenerLines.last() = lineNumber;
    }
    int index = 0;
    if (auto ok = checkListeners(base.listeners, &index); !ok)
        return makeError(ok.errorCode(), QStringLiteral("line %1: %2")
                                             .arg(qMax(1, listenerLines.value(index, lineNumber)))
                                             .arg(ok.error().message));
    return base;
}

} // namespace homewire::broker
