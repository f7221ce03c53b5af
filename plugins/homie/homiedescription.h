// What a Homie device has said about itself ($homie, $name, $nodes, each
// node's $properties, each property's $datatype, $settable, $unit, ...),
// and how that becomes a Homewire Device once it is complete.
//
// Not here: reading the topics (HomieRecognizer).
#pragma once

#include <QHash>
#include <QStringList>
#include <homewire/device.h>
#include <optional>

namespace homewire::plugins::homie {

struct HomieProperty
{
    QString name;
    QString datatype; // empty: not said yet
    bool settable = false;
    QString unit;
    QString format;
};

struct HomieNode
{
    QString name;
    QString type;
    std::optional<QStringList> properties; // nullopt: $properties not seen yet
    QHash<QString, HomieProperty> attributes;
};

struct HomieDevice
{
    QString version; // $homie
    QString name;
    std::optional<QStringList> nodes; // nullopt: $nodes not seen yet
    QHash<QString, HomieNode> attributes;
    int storedProperties = 0; // across all nodes, to bound memory
    std::optional<devices::Device> reported;
};

struct HomieDescription
{
    std::optional<devices::Device> device; // nullopt while something is missing
    QString error;                         // limits exceeded, properties left out
};

// Limits on what one device may describe.
constexpr int MaxNodes = 64;
constexpr int MaxProperties = 256;

// The datatypes of Homie 4.0.
bool isHomieDatatype(const QString &datatype);

// The device once $homie, $nodes, every listed node's $properties and every
// listed property's $datatype are known.
HomieDescription describeHomieDevice(const QString &id, const HomieDevice &device);

} // namespace homewire::plugins::homie
