#include "plotseries.h"

namespace homewire::payload {

namespace {

bool mayBeJsonContainer(const QByteArray &payload)
{
    const QByteArrayView trimmed = QByteArrayView(payload).trimmed();
    return !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[');
}

} // namespace

QList<PlotPoint> plotPoints(const QList<mqtt::ApplicationMessage> &messages, const QString &path,
                            NumberReading reading)
{
    QList<PlotPoint> points;
    for (const mqtt::ApplicationMessage &message : messages) {
        if (message.payload.size() > MaxPlottedPayload)
            continue;
        std::optional<double> value;
        if (path.isEmpty()) {
            value = numberFromText(message.payload, reading);
        } else if (mayBeJsonContainer(message.payload)) {
            const auto tree = JsonTree::parse(message.payload);
            if (tree) {
                const int node = tree->find(path);
                if (node >= 0)
                    value = tree->number(node, reading);
            }
        }
        if (value)
            points.append(PlotPoint{message.receivedMs, *value});
    }
    return points;
}

PlotSources plotSources(const QList<mqtt::ApplicationMessage> &messages, NumberReading reading)
{
    PlotSources sources;
    for (const mqtt::ApplicationMessage &message : messages) {
        if (numberFromText(message.payload, reading)) {
            sources.payloadIsNumeric = true;
            break;
        }
    }
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->payload.size() > MaxPlottedPayload || !mayBeJsonContainer(it->payload))
            continue;
        if (const auto tree = JsonTree::parse(it->payload)) {
            sources.jsonPaths = tree->numericPaths(200, reading);
            break;
        }
    }
    return sources;
}

} // namespace homewire::payload
