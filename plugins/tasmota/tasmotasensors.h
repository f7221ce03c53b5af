// The readings Homewire takes from Tasmota's tele/<topic>/SENSOR payloads:
// which members of which blocks are sensors, and their names and units.
//
// Not here: the devices the readings belong to (TasmotaRecognizer).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace homewire::plugins::tasmota {

// One reading of a SENSOR payload: "ENERGY" + "Power", "AM2301" + "Temperature".
struct SensorField
{
    QString block;
    QString field;
    // The entity key and the payload path: "ENERGY.Power".
    QString key() const { return block + QLatin1Char('.') + field; }
    friend bool operator==(const SensorField &, const SensorField &) = default;
};

struct SensorReport
{
    QList<SensorField> fields;
    QString temperatureUnit; // "C", "F"; empty when the payload names none
    QString pressureUnit;    // "hPa", "mmHg"; empty when the payload names none
    QString error;           // set (with no fields) when the payload is malformed
};

// Reads a SENSOR payload. Readings that are null (a sensor that failed to
// read) or arrays (multi-channel meters) are skipped without an error.
SensorReport parseSensorPayload(const QByteArray &payload);

struct SensorDescription
{
    QString name;
    QString deviceClass;
    QString unit;
};

// How a known reading is shown; units follow the device's TempUnit and
// PressureUnit ("C" or empty: "°C").
SensorDescription describeSensor(const SensorField &field, const QString &temperatureUnit,
                                 const QString &pressureUnit);

} // namespace homewire::plugins::tasmota
