// BrokerSettings: everything homewire-broker and the embedded broker are
// configured with, and the parser of the configuration file.
//
// The file holds one "name value" pair per line, like Mosquitto's:
//     # comment
//     port 1883
//     bind_address 127.0.0.1
//     max_inflight_messages 64
//     data_dir /var/lib/homewire
// Unknown names, missing or malformed values, and out-of-range numbers are
// errors that name the line; nothing is silently ignored.
#pragma once

#include "brokerconfig.h"
#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
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
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 1883;
    LogLevel logLevel = LogLevel::Info;
};

enum class SettingsError : quint8
{
    UnknownOption,
    MissingValue,
    InvalidValue,
};

// Applies the lines of `text` on top of `base`. Errors say "line N: ...".
Result<BrokerSettings, SettingsError> parseBrokerSettings(QByteArrayView text, BrokerSettings base = {});

// Parses one option (also used for command-line overrides).
Result<void, SettingsError> applyBrokerSetting(BrokerSettings &settings, QByteArrayView name,
                                               QByteArrayView value);

std::optional<LogLevel> parseLogLevel(QByteArrayView text);
std::optional<Durability> parseDurability(QByteArrayView text);

} // namespace homewire::broker
