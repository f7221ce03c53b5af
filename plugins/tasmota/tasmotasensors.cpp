#include "tasmotasensors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace homewire::plugins::tasmota {

namespace {

// Unit markers: the real unit comes from the payload's TempUnit/PressureUnit.
constexpr const char *TemperatureUnit = "$temperature";
constexpr const char *PressureUnit = "$pressure";

struct FieldInfo
{
    const char *field;
    const char *name;
    const char *deviceClass;
    const char *unit;
};

// The ENERGY block of power-monitoring plugs and meters.
constexpr FieldInfo EnergyFields[] = {
    {"Power", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Power"), "power", "W"},
    {"ApparentPower", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Apparent power"), "power", "VA"},
    {"ReactivePower", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Reactive power"), "power", "var"},
    {"Factor", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Power factor"), "power_factor", ""},
    {"Voltage", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Voltage"), "voltage", "V"},
    {"Current", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Current"), "current", "A"},
    {"Today", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Energy today"), "energy", "kWh"},
    {"Yesterday", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Energy yesterday"), "energy", "kWh"},
    {"Total", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Energy total"), "energy", "kWh"},
};

// Climate and light sensors (AM2301, DHT11, SI7021, BME280, DS18B20, BH1750,
// SCD30, ...), which all use the same member names.
constexpr FieldInfo SensorFields[] = {
    {"Temperature", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Temperature"), "temperature", TemperatureUnit},
    {"Humidity", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Humidity"), "humidity", "%"},
    {"DewPoint", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Dew point"), "temperature", TemperatureUnit},
    {"Pressure", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Pressure"), "pressure", PressureUnit},
    {"SeaPressure", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Sea-level pressure"), "pressure", PressureUnit},
    {"Illuminance", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Illuminance"), "illuminance", "lx"},
    {"CarbonDioxide", QT_TRANSLATE_NOOP("TasmotaRecognizer", "Carbon dioxide"), "carbon_dioxide", "ppm"},
};

const QLatin1String EnergyBlock("ENERGY");

template<std::size_t N> const FieldInfo *findField(const FieldInfo (&table)[N], const QString &field)
{
    for (const FieldInfo &info : table) {
        if (field == QLatin1String(info.field))
            return &info;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("TasmotaRecognizer", text);
}

// Appends the readings of one block; false (with `error`) on a wrong type.
template<std::size_t N>
bool readBlock(const QString &block, const QJsonObject &object, const FieldInfo (&table)[N],
               SensorReport &report)
{
    for (const FieldInfo &info : table) {
        const QJsonValue value = object.value(QLatin1String(info.field));
        if (value.isUndefined() || value.isNull() || value.isArray())
            continue;
        if (!value.isDouble()) {
            report.error = QCoreApplication::translate("TasmotaRecognizer", "SENSOR: %1.%2 is not a number")
                               .arg(block, QLatin1String(info.field));
            return false;
        }
        report.fields.append(SensorField{block, QLatin1String(info.field)});
    }
    return true;
}

// TempUnit / PressureUnit: optional, but text when present.
bool readUnit(const QJsonObject &root, const char *member, QString &unit, QString &error)
{
    const QJsonValue value = root.value(QLatin1String(member));
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        error = QCoreApplication::translate("TasmotaRecognizer", "SENSOR: %1 is not text")
                    .arg(QLatin1String(member));
        return false;
    }
    unit = value.toString();
    return true;
}

} // namespace

SensorReport parseSensorPayload(const QByteArray &payload)
{
    SensorReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        report.error = QCoreApplication::translate("TasmotaRecognizer", "SENSOR is not a JSON object");
        return report;
    }
    const QJsonObject root = document.object();
    if (!readUnit(root, "TempUnit", report.temperatureUnit, report.error) ||
        !readUnit(root, "PressureUnit", report.pressureUnit, report.error))
        return report;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        // Blocks are objects; Time, TempUnit and Switch<n> are plain members.
        // A dot in a block name would break the payload path, so such blocks
        // are left out.
        if (!it.value().isObject() || it.key().contains(QLatin1Char('.')))
            continue;
        const bool ok = it.key() == EnergyBlock
                            ? readBlock(it.key(), it.value().toObject(), EnergyFields, report)
                            : readBlock(it.key(), it.value().toObject(), SensorFields, report);
        if (!ok) {
            report.fields.clear();
            return report;
        }
    }
    return report;
}

SensorDescription describeSensor(const SensorField &field, const QString &temperatureUnit,
                                 const QString &pressureUnit)
{
    const FieldInfo *info = field.block == EnergyBlock ? findField(EnergyFields, field.field)
                                                       : findField(SensorFields, field.field);
    if (!info)
        return {field.key(), {}, {}};
    QString unit = QString::fromUtf8(info->unit);
    if (qstrcmp(info->unit, TemperatureUnit) == 0) {
        if (temperatureUnit.isEmpty() || temperatureUnit == QLatin1String("C"))
            unit = QStringLiteral("°C");
        else if (temperatureUnit == QLatin1String("F"))
            unit = QStringLiteral("°F");
        else
            unit = temperatureUnit;
    } else if (qstrcmp(info->unit, PressureUnit) == 0) {
        unit = pressureUnit.isEmpty() ? QStringLiteral("hPa") : pressureUnit;
    }
    return {translated(info->name), QString::fromLatin1(info->deviceClass), unit};
}

} // namespace homewire::plugins::tasmota
