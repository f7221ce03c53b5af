// Export of messages to files the user can open elsewhere: the current values
// of a subtree of the topic explorer, or one topic's history, as JSON or CSV.
//
// JSON: an array of {"topic", "payload", "qos", "retained", "received"}; a
// payload that is not UTF-8 text is written as base64 with
// "payloadEncoding": "base64". CSV (RFC 4180): a header row, then one row per
// message with the columns topic, payload, payload_encoding, qos, retained,
// received; fields are quoted when they need it. "received" is ISO 8601 UTC
// with milliseconds.
//
// Not here: choosing the file or writing it (the caller does that off the GUI
// thread).
#pragma once

#include "mqtt/applicationmessage.h"

#include <QByteArray>
#include <QList>

namespace homewire::history {

enum class ExportFormat : quint8
{
    Json,
    Csv,
};

QByteArray exportMessages(const QList<mqtt::ApplicationMessage> &messages, ExportFormat format);

} // namespace homewire::history
