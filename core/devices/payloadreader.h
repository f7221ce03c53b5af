// Payload reading for device states: the one place that turns a state,
// brightness or availability payload into text, an on/off or a number, the
// way an Entity's ValuePath and stateOn/stateOff describe it.
//
// Pure functions on values: no topics, no entities' bookkeeping, no I/O.
// Not here: deciding what a reading means for a command (DeviceRuntime).
#pragma once

#include <QByteArray>
#include <QString>
#include <homewire/device.h>
#include <optional>

namespace homewire::devices {

// The value `path` points at in `payload`:
// - empty field: the whole payload, trimmed, as UTF-8;
// - otherwise the JSON member named by the field, dots for nesting
//   ("ENERGY.Power"); true/false read as "true"/"false", a number as its
//   shortest text ("21.5", "120", never "120.0"), a string as it is.
// Nothing when the payload is empty (a retained message being cleared), is
// not a JSON object, lacks the member, or the member is null, an object or
// an array.
std::optional<QString> readValue(const QByteArray &payload, const ValuePath &path);

// On (true) when `value` equals `stateOn`, off (false) when it equals
// `stateOff`, both compared trimmed and case-insensitively ("ON", "on");
// nothing for anything else.
std::optional<bool> readSwitch(const QString &value, const QByteArray &stateOn, const QByteArray &stateOff);

// Whether `value` equals `expected`, trimmed and case-insensitively: how
// availability payloads ("online", "Online") are compared.
bool sameWord(const QString &value, const QByteArray &expected);

// A finite number written the C way ("21.5", "-3", "1e3"), surrounding
// spaces allowed; nothing otherwise ("21,5", "21.5 °C", "nan", "").
std::optional<double> readNumber(const QString &value);

} // namespace homewire::devices
