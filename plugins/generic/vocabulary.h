// The words of the hand-made "home/<room>/<device>" convention: on/off words
// in the style a sketch uses, what a quantity's name says about its unit and
// icon, and the names shown for rooms and devices.
//
// Not here: topics, or remembering devices (GenericRecognizer).
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace homewire::plugins::generic {

// An on/off word and the pair it belongs to, in the case it was written:
// "on" -> {true, "on", "off"}, "OFF" -> {false, "ON", "OFF"}, "1" -> {true, "1", "0"}.
struct OnOffWord
{
    bool on = false;
    QByteArray onWord;
    QByteArray offWord;
};

// on/off, true/false, 1/0 in any case, surrounding spaces allowed.
std::optional<OnOffWord> readOnOffWord(const QByteArray &word);

// A finite plain number ("21.5", "-3", "1e3"); nothing for anything else.
std::optional<double> readPlainNumber(const QByteArray &text);

struct Quantity
{
    QString deviceClass; // "temperature", "humidity", ...; empty when unknown
    QString unit;        // "°C", "%", ...; empty when unknown
};

// From a reading's name: "temperature" -> {"temperature", "°C"}, "co2" -> ppm.
Quantity guessQuantity(const QString &name);
// From a boolean reading's name: "motion", "occupancy" -> "motion".
QString guessBinaryClass(const QString &name);
// From a device's name: "lamp", "light", "bulb" -> "lamp"; "fan", "plug", "heater".
QString guessSwitchClass(const QString &deviceName);

// "living-room" -> "Living room", "air_quality" -> "Air quality".
QString prettyName(const QString &level);

} // namespace homewire::plugins::generic
