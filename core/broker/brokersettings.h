// BrokerSettings: everything homewire-broker and the embedded broker are
// configured with, and the parser of the configuration file.
//
// The file holds one "name value" pair per line, like Mosquitto's:
//     # comment
//     port 1883
//     bind_address 127.0.0.1
//     max_inflight_messages 64
//     data_dir /var/lib/homewire
//     listener 8883 0.0.0.0
//     certfile /etc/homewire/server.crt
//     keyfile /etc/homewire/server.key
// "port" and "bind_address" set the first (default) listener; "listener"
// starts another one, and the listener options (certfile, cafile,
// allow_anonymous, ...) that follow apply to it. Unknown names, missing or
// malformed values, out-of-range numbers and incomplete listeners are errors
// that name the line; nothing is silently ignored. docs/configuration.md
// describes every option.
#pragma once

#include "brokerconfig.h"
#include "common/result.h"
#include "listenersettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace homewire::broker {

enum class LogLevel : quint8
{
    Error,
    Warning,
    Info,
    Debug
};

struct BrokerSettings
{
    BrokerConfig broker;
    // Never empty; the first is the default listener (127.0.0.1:1883, plain).
    QList<ListenerSettings> listeners = {ListenerSettings{}};
    LogLevel logLevel = LogLevel::Info;
};

enum class SettingsError : quint8
{
    UnknownOption,
    MissingValue,
    InvalidValue,
    IncompleteListener,
};

// Applies the lines of `text` on top of `base`. Errors say "line N: ...".
Result<BrokerSettings, SettingsError> parseBrokerSettings(QByteArrayView text, BrokerSettings base = {});

// Parses one option (also used for command-line overrides). Listener
// options apply to the last listener.
Result<void, SettingsError> applyBrokerSetting(BrokerSettings &settings, QByteArrayView name,
                                               QByteArrayView value);

// Whether every listener is complete and consistent: a TLS listener has both
// certfile and keyfile, client certificate options are only set on TLS
// listeners with a cafile, no address and port is used twice. The error
// names the listener ("listener 127.0.0.1:8883: ...") and, through `index`,
// which one it is.
Result<void, SettingsError> checkListeners(const QList<ListenerSettings> &listeners, int *index = nullptr);

std::optional<LogLevel> parseLogLevel(QByteArrayView text);
std::optional<Durability> parseDurability(QByteArrayView text);

} // namespace homewire::broker
