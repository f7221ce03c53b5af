// What both Shelly API generations build their devices from: the device and
// its readings, the availability every entity reads from <base>/online, the
// bounded table of devices seen, and reporting a device only when its
// description changed.
//
// Not here: what the topics of either generation mean (ShellyGen1,
// ShellyGen2).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <homewire/deviceconvention.h>
#include <optional>

namespace homewire::plugins::shelly {

// A device of the convention, "shelly/<id>", named after its id; no entities yet.
devices::Device shellyDevice(const QString &id);

// Online while <base>/online says true.
void setAvailability(devices::Entity &entity, const QByteArray &base);

// A read-only reading of the device at <base>, on `stateTopic`.
devices::Entity sensorEntity(const QString &key, const QString &name, const QString &deviceClass,
                             const QString &unit, const QByteArray &stateTopic, const QByteArray &base);

// `device` when it differs from `reported` (which then becomes it), with `error`.
devices::Recognition reportIfChanged(std::optional<devices::Device> &reported, devices::Device device,
                                     const QString &error);

// The payload as a JSON object; nullopt when it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &payload);

// Why a device past the bound of `maxDevices` is ignored.
QString tooManyDevicesError(int maxDevices);

// The node of `id`, added when new; nullptr (and `error`) when `nodes`
// already holds `maxDevices` others.
template<typename Node>
Node *findOrAddNode(QHash<QString, Node> &nodes, const QString &id, int maxDevices, QString &error)
{
    auto it = nodes.find(id);
    if (it != nodes.end())
        return &it.value();
    if (nodes.size() >= maxDevices) {
        error = tooManyDevicesError(maxDevices);
        return nullptr;
    }
    return &nodes[id];
}

} // namespace homewire::plugins::shelly
