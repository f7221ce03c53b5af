// Words of the hand-made convention; see vocabulary.h.
#include "vocabulary.h"

#include <QStringList>
#include <cmath>

namespace homewire::plugins::generic {

std::optional<OnOffWord> readOnOffWord(const QByteArray &word)
{
    const QByteArray trimmed = word.trimmed();
    const QByteArray lower = trimmed.toLower();
    // Upper case only when the sketch writes upper case ("ON"); "On" reads as "on".
    const bool upper = trimmed == trimmed.toUpper() && trimmed != lower;
    const auto pair = [upper](bool on, const char *onWord, const char *offWord) {
        const QByteArray onText(onWord);
        const QByteArray offText(offWord);
        return OnOffWord{on, upper ? onText.toUpper() : onText, upper ? offText.toUpper() : offText};
    };
    if (lower == "on" || lower == "off")
        return pair(lower == "on", "on", "off");
    if (lower == "true" || lower == "false")
        return pair(lower == "true", "true", "false");
    if (lower == "1" || lower == "0")
        return pair(lower == "1", "1", "0");
    return std::nullopt;
}

std::optional<double> readPlainNumber(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return std::nullopt;
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

Quantity guessQuantity(const QString &name)
{
    const QString n = name.toLower();
    // Order matters: "energy" before "power" ("power_energy" is energy).
    if (n.contains(QLatin1String("temperature")) || n == QLatin1String("temp"))
        return {QStringLiteral("temperature"), QStringLiteral("°C")};
    if (n.contains(QLatin1String("humidity")))
        return {QStringLiteral("humidity"), QStringLiteral("%")};
    if (n.contains(QLatin1String("energy")))
        return {QStringLiteral("energy"), QStringLiteral("kWh")};
    if (n.contains(QLatin1String("power")))
        return {QStringLiteral("power"), QStringLiteral("W")};
    if (n.contains(QLatin1String("voltage")))
        return {QStringLiteral("voltage"), QStringLiteral("V")};
    if (n.contains(QLatin1String("current")))
        return {QStringLiteral("current"), QStringLiteral("A")};
    if (n.contains(QLatin1String("battery")))
        return {QStringLiteral("battery"), QStringLiteral("%")};
    if (n.contains(QLatin1String("illuminance")) || n == QLatin1String("lux"))
        return {QStringLiteral("illuminance"), QStringLiteral("lx")};
    if (n.contains(QLatin1String("pressure")))
        return {QStringLiteral("pressure"), QStringLiteral("hPa")};
    if (n == QLatin1String("co2"))
        return {QStringLiteral("co2"), QStringLiteral("ppm")};
    return {};
}

QString guessBinaryClass(const QString &name)
{
    const QString n = name.toLower();
    if (n.contains(QLatin1String("motion")) || n.contains(QLatin1String("occupancy")) ||
        n.contains(QLatin1String("presence")))
        return QStringLiteral("motion");
    return {};
}

QString guessSwitchClass(const QString &deviceName)
{
    const QString n = deviceName.toLower();
    if (n.contains(QLatin1String("lamp")) || n.contains(QLatin1String("light")) ||
        n.contains(QLatin1String("bulb")))
        return QStringLiteral("lamp");
    if (n.contains(QLatin1String("fan")))
        return QStringLiteral("fan");
    if (n.contains(QLatin1String("plug")) || n.contains(QLatin1String("socket")) ||
        n.contains(QLatin1String("outlet")))
        return QStringLiteral("plug");
    if (n.contains(QLatin1String("heater")))
        return QStringLiteral("heater");
    return {};
}

QString prettyName(const QString &level)
{
    QString name = level;
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace homewire::plugins::generic
