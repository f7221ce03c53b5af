// Devices, entities and states for the tile tests, built in code so each
// test says what it depends on.
#pragma once

#include "devices/entitystate.h"

#include <QDateTime>
#include <cmath>
#include <homewire/device.h>

namespace tilefixtures {

using namespace homewire::devices;

inline Entity entity(EntityKind kind, const QString &deviceClass = {}, const QString &name = {})
{
    Entity e;
    e.key = QStringLiteral("e");
    e.kind = kind;
    e.deviceClass = deviceClass;
    e.name = name.isEmpty() ? QStringLiteral("Office lamp") : name;
    if (kind == EntityKind::Switch || kind == EntityKind::Light)
        e.commandTopic = "home/office/lamp/set";
    e.stateTopic = "home/office/lamp/state";
    return e;
}

inline Device device(const Entity &e, const QString &name = QStringLiteral("Office plug"))
{
    Device d;
    d.id = QStringLiteral("test/office");
    d.name = name;
    d.convention = QStringLiteral("manual");
    d.entities = {e};
    return d;
}

inline qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline EntityState state(std::optional<bool> on, Availability availability = Availability::Online)
{
    EntityState s;
    s.ref = {QStringLiteral("test/office"), QStringLiteral("e")};
    s.availability = availability;
    s.on = on;
    s.lastSeenMs = now() - 2 * 60'000 - 5'000;
    return s;
}

inline EntityState reading(const QString &value)
{
    EntityState s = state(std::nullopt);
    s.value = value;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok)
        s.number = number;
    return s;
}

// A reading every `stepMs` over the last `count * stepMs`, a gentle wobble.
inline QList<Sample> history(int count, qint64 stepMs = 30'000, double base = 21.0)
{
    QList<Sample> samples;
    const qint64 end = now();
    for (int i = 0; i < count; ++i) {
        samples.append(
            {end - (count - 1 - i) * stepMs, base + 0.6 * std::sin(i / 9.0) + 0.2 * std::sin(i / 2.3)});
    }
    return samples;
}

} // namespace tilefixtures
