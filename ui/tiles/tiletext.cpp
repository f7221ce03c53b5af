#include "tiletext.h"

#include <QLocale>

namespace homewire::ui {

QString TileText::relativeTime(qint64 thenMs, qint64 nowMs)
{
    // Clocks of other machines can run ahead a little: never "in 3 seconds".
    const qint64 seconds = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return tr("1 minute ago");
    if (minutes < 60)
        return tr("%1 minutes ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours == 1)
        return tr("1 hour ago");
    if (hours < 24)
        return tr("%1 hours ago").arg(hours);
    const qint64 days = hours / 24;
    if (days == 1)
        return tr("1 day ago");
    return tr("%1 days ago").arg(days);
}

int TileText::decimalsOf(const QString &reported)
{
    const QString text = reported.trimmed();
    if (text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return 2;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return 0;
    return int(std::min<qsizetype>(3, text.size() - dot - 1));
}

QString TileText::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString TileText::reading(const devices::EntityState &state, const QString &unit)
{
    QString text;
    if (state.number)
        text = number(*state.number, decimalsOf(state.value));
    else
        text = state.value.trimmed();
    if (text.isEmpty())
        return noValue();
    if (unit.isEmpty() || !state.number)
        return text;
    //: A reading and its unit: "21.4 °C", "230 W".
    return tr("%1 %2").arg(text, unit);
}

QString TileText::binaryState(const QString &deviceClass, bool on)
{
    const QString c = deviceClass.toLower();
    if (c == QLatin1String("motion") || c == QLatin1String("occupancy") || c == QLatin1String("presence"))
        return on ? tr("Detected") : tr("Clear");
    if (c == QLatin1String("contact") || c == QLatin1String("door") || c == QLatin1String("window") ||
        c == QLatin1String("opening") || c == QLatin1String("garage_door"))
        return on ? tr("Open") : tr("Closed");
    return onOff(on);
}

QString TileText::onOff(bool on)
{
    return on ? tr("On") : tr("Off");
}

QString TileText::noValue()
{
    return QStringLiteral("\u2014");
}

} // namespace homewire::ui
