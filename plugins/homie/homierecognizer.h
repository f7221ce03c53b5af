// HomieRecognizer: reads the Homie convention 4.0 (and the compatible parts
// of 3.0) under the root "homie/": each device's $homie, $name and $nodes,
// each node's $name, $type and $properties, each property's $name,
// $datatype, $settable, $unit and $format. Retained messages arrive in any
// order, so everything is kept until the description is complete; the
// device is then reported, and reported again whenever the description
// changes. An emptied $homie withdraws the device.
//
// Not here: other base topics than "homie/", Homie 5 (homie/5/...), array
// nodes of Homie 3, property values (the runtime reads those).
#pragma once

#include "homiedescription.h"

#include <QCoreApplication>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::homie {

class HomieRecognizer final : public devices::DeviceRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(HomieRecognizer)

public:
    // Bounds on what a broker full of junk can make this hold.
    static constexpr int MaxDevices = 512;
    static constexpr int MaxStoredNodes = 2 * MaxNodes;           // per device, listed or not
    static constexpr int MaxStoredProperties = 2 * MaxProperties; // per device, listed or not
    static constexpr int MaxAttributeBytes = 4096;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

    // Homie's topic ID rule: lowercase a-z, 0-9 and hyphens, not starting
    // with a hyphen.
    static bool isValidId(QStringView id);

private:
    QString handleDeviceAttribute(HomieDevice &device, const QString &attribute, const QString &value);
    QString handleNodeAttribute(HomieDevice &device, const QString &nodeId, const QString &attribute,
                                const QString &value);
    QString handlePropertyAttribute(HomieDevice &device, const QString &nodeId, const QString &propertyId,
                                    const QString &attribute, const QString &value);
    HomieDevice *device(const QString &id, QString &error);
    devices::Recognition withdraw(const QString &id);
    devices::Recognition finish(const QString &id, const QString &error);

    QHash<QString, HomieDevice> m_devices;
};

} // namespace homewire::plugins::homie
