// Numbers over time for the inspector's Plot tab: the value of each message's
// payload, or of one JSON field in it ("sensor.temp", "values[2]").
//
// Not here: the chart (ui/inspector/plotview.h).
#pragma once

#include "jsontree.h"
#include "mqtt/applicationmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace homewire::payload {

struct PlotPoint
{
    qint64 timeMs = 0; // ApplicationMessage::receivedMs
    double value = 0;

    friend bool operator==(const PlotPoint &, const PlotPoint &) = default;
};

// Payloads larger than this are not read for plots: a number or a sensor
// document is small, and a large document per point would make plotting a
// history of them slow for no use.
inline constexpr qsizetype MaxPlottedPayload = 256 * 1024;

// One point per message whose payload (empty `path`) or JSON field at `path`
// reads as a number; others are skipped. `messages` oldest first.
QList<PlotPoint> plotPoints(const QList<mqtt::ApplicationMessage> &messages, const QString &path,
                            NumberReading reading = {});

// What can be plotted from `messages`: whether any payload is a number by
// itself, and the numeric field paths of the newest JSON payload.
struct PlotSources
{
    bool payloadIsNumeric = false;
    QStringList jsonPaths;
    bool isEmpty() const { return !payloadIsNumeric && jsonPaths.isEmpty(); }
};
PlotSources plotSources(const QList<mqtt::ApplicationMessage> &messages, NumberReading reading = {});

} // namespace homewire::payload
