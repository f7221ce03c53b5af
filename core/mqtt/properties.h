// MQTT 5.0 properties (section 2.2.2): an ordered list of identifier/value pairs
// carried by most v5 packets and by the will message.
//
// The list keeps the order it was decoded in (user properties are ordered,
// MQTT-3.3.2-18) and stores each value in the shape its identifier prescribes.
// Which properties a packet may carry, which may repeat and which values are
// legal is checked when decoding (decodeProperties) and encoding.
#pragma once

#include "codecerror.h"
#include "protocol.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace homewire::mqtt {

enum class PropertyId : quint8 {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};

enum class PropertyType : quint8 {
    Byte,
    TwoByteInteger,
    FourByteInteger,
    VariableByteInteger,
    Utf8String,
    BinaryData,
    Utf8StringPair,
};

// Where a property list appears; the will's properties have their own set.
enum class PropertyContext : quint8 {
    Connect,
    Connack,
    Publish,
    Will,
    Puback, // also PUBREC, PUBREL, PUBCOMP
    Subscribe,
    Suback,
    Unsubscribe,
    Unsuback,
    Disconnect,
    Auth,
};

struct Property
{
    PropertyId id{};
    quint32 integer = 0;  // Byte, two/four-byte and variable byte integers
    QByteArray string;    // UTF-8 string, binary data, or the name of a pair
    QByteArray pairValue; // the value of a UTF-8 string pair

    friend bool operator==(const Property &, const Property &) = default;
};

// Static facts about an identifier; nullopt for identifiers that do not exist.
std::optional<PropertyType> propertyType(quint8 id);
bool propertyAllowedIn(PropertyId id, PropertyContext context);
const char *propertyName(PropertyId id);

class Properties
{
public:
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const QList<Property> &items() const { return m_items; }

    // Setters replace an existing value of the same identifier, except for the
    // repeatable ones (user property, subscription identifier) which append.
    void setInteger(PropertyId id, quint32 value);
    void setString(PropertyId id, QByteArray value);
    void addUserProperty(QByteArray name, QByteArray value);
    void append(Property property) { m_items.append(std::move(property)); }
    void remove(PropertyId id);

    bool contains(PropertyId id) const;
    std::optional<quint32> integer(PropertyId id) const;
    std::optional<QByteArray> string(PropertyId id) const;
    QList<std::pair<QByteArray, QByteArray>> userProperties() const;
    QList<quint32> subscriptionIdentifiers() const;

    friend bool operator==(const Properties &, const Properties &) = default;

private:
    QList<Property> m_items;
};

} // namespace homewire::mqtt
