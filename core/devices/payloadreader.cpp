// Payload reading for device states; see payloadreader.h.
#include "devices/payloadreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <cmath>

namespace homewire::devices {

namespace {

// Integers up to 2^53 are exact in a double, so they print without a
// fraction; beyond that the shortest round-trip text is the honest one.
QString numberText(double number)
{
    constexpr double ExactIntegerLimit = 9007199254740992.0;
    if (std::trunc(number) == number && std::fabs(number) <= ExactIntegerLimit)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> readValue(const QByteArray &payload, const ValuePath &path)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (path.field.isEmpty())
        return QString::fromUtf8(trimmed);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonValue value = document.object();
    for (const QStringView member : QStringView(path.field).split(QLatin1Char('.'))) {
        if (!value.isObject())
            return std::nullopt;
        value = value.toObject().value(member);
    }
    return scalarText(value);
}

bool sameWord(const QString &value, const QByteArray &expected)
{
    return QStringView(value).trimmed().compare(QString::fromUtf8(expected).trimmed(), Qt::CaseInsensitive) ==
           0;
}

std::optional<bool> readSwitch(const QString &value, const QByteArray &stateOn, const QByteArray &stateOff)
{
    if (sameWord(value, stateOn))
        return true;
    if (sameWord(value, stateOff))
        return false;
    return std::nullopt;
}

std::optional<double> readNumber(const QString &value)
{
    // The C locale takes ',' as a group separator: "21,5" would read as 215.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double number = c.toDouble(QStringView(value).trimmed(), &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace homewire::devices
