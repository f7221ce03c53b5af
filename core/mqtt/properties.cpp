#include "properties.h"

#include "properties_p.h"

#include <bitset>

namespace homewire::mqtt {

namespace {

using Ctx = PropertyContext;

constexpr quint32 bit(Ctx c) { return 1u << quint32(c); }
constexpr quint32 AckContexts = bit(Ctx::Puback);
constexpr quint32 AllContexts = (1u << (quint32(Ctx::Auth) + 1)) - 1;

struct PropertyInfo
{
    PropertyType type;
    quint32 contexts;
    const char *name;
};

// Section 2.2.2.2, table 2-4.
std::optional<PropertyInfo> info(quint8 id)
{
    using T = PropertyType;
    switch (PropertyId(id)) {
    case PropertyId::PayloadFormatIndicator: return PropertyInfo{T::Byte, bit(Ctx::Publish) | bit(Ctx::Will), "Payload Format Indicator"};
    case PropertyId::MessageExpiryInterval: return PropertyInfo{T::FourByteInteger, bit(Ctx::Publish) | bit(Ctx::Will), "Message Expiry Interval"};
    case PropertyId::ContentType: return PropertyInfo{T::Utf8String, bit(Ctx::Publish) | bit(Ctx::Will), "Content Type"};
    case PropertyId::ResponseTopic: return PropertyInfo{T::Utf8String, bit(Ctx::Publish) | bit(Ctx::Will), "Response Topic"};
    case PropertyId::CorrelationData: return PropertyInfo{T::BinaryData, bit(Ctx::Publish) | bit(Ctx::Will), "Correlation Data"};
    case PropertyId::SubscriptionIdentifier: return PropertyInfo{T::VariableByteInteger, bit(Ctx::Publish) | bit(Ctx::Subscribe), "Subscription Identifier"};
    case PropertyId::SessionExpiryInterval: return PropertyInfo{T::FourByteInteger, bit(Ctx::Connect) | bit(Ctx::Connack) | bit(Ctx::Disconnect), "Session Expiry Interval"};
    case PropertyId::AssignedClientIdentifier: return PropertyInfo{T::Utf8String, bit(Ctx::Connack), "Assigned Client Identifier"};
    case PropertyId::ServerKeepAlive: return PropertyInfo{T::TwoByteInteger, bit(Ctx::Connack), "Server Keep Alive"};
    case PropertyId::AuthenticationMethod: return PropertyInfo{T::Utf8String, bit(Ctx::Connect) | bit(Ctx::Connack) | bit(Ctx::Auth), "Authentication Method"};
    case PropertyId::AuthenticationData: return PropertyInfo{T::BinaryData, bit(Ctx::Connect) | bit(Ctx::Connack) | bit(Ctx::Auth), "Authentication Data"};
    case PropertyId::RequestProblemInformation: return PropertyInfo{T::Byte, bit(Ctx::Connect), "Request Problem Information"};
    case PropertyId::WillDelayInterval: return PropertyInfo{T::FourByteInteger, bit(Ctx::Will), "Will Delay Interval"};
    case PropertyId::RequestResponseInformation: return PropertyInfo{T::Byte, bit(Ctx::Connect), "Request Response Information"};
    case PropertyId::ResponseInformation: return PropertyInfo{T::Utf8String, bit(Ctx::Connack), "Response Information"};
    case PropertyId::ServerReference: return PropertyInfo{T::Utf8String, bit(Ctx::Connack) | bit(Ctx::Disconnect), "Server Reference"};
    case PropertyId::ReasonString: return PropertyInfo{T::Utf8String, bit(Ctx::Connack) | AckContexts | bit(Ctx::Suback) | bit(Ctx::Unsuback) | bit(Ctx::Disconnect) | bit(Ctx::Auth), "Reason String"};
    case PropertyId::ReceiveMaximum: return PropertyInfo{T::TwoByteInteger, bit(Ctx::Connect) | bit(Ctx::Connack), "Receive Maximum"};
    case PropertyId::TopicAliasMaximum: return PropertyInfo{T::TwoByteInteger, bit(Ctx::Connect) | bit(Ctx::Connack), "Topic Alias Maximum"};
    case PropertyId::TopicAlias: return PropertyInfo{T::TwoByteInteger, bit(Ctx::Publish), "Topic Alias"};
    case PropertyId::MaximumQoS: return PropertyInfo{T::Byte, bit(Ctx::Connack), "Maximum QoS"};
    case PropertyId::RetainAvailable: return PropertyInfo{T::Byte, bit(Ctx::Connack), "Retain Available"};
    case PropertyId::UserProperty: return PropertyInfo{T::Utf8StringPair, AllContexts, "User Property"};
    case PropertyId::MaximumPacketSize: return PropertyInfo{T::FourByteInteger, bit(Ctx::Connect) | bit(Ctx::Connack), "Maximum Packet Size"};
    case PropertyId::WildcardSubscriptionAvailable: return PropertyInfo{T::Byte, bit(Ctx::Connack), "Wildcard Subscription Available"};
    case PropertyId::SubscriptionIdentifierAvailable: return PropertyInfo{T::Byte, bit(Ctx::Connack), "Subscription Identifier Available"};
    case PropertyId::SharedSubscriptionAvailable: return PropertyInfo{T::Byte, bit(Ctx::Connack), "Shared Subscription Available"};
    }
    return std::nullopt;
}

bool isRepeatable(PropertyId id, PropertyContext context)
{
    // User properties may repeat anywhere (2.2.2.2); a PUBLISH to a subscriber
    // carries one Subscription Identifier per matching subscription (3.3.2.3.8),
    // a SUBSCRIBE at most one (3.8.2.1.2).
    return id == PropertyId::UserProperty
           || (id == PropertyId::SubscriptionIdentifier && context == PropertyContext::Publish);
}

bool isBooleanByte(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::RequestProblemInformation:
    case PropertyId::RequestResponseInformation:
    case PropertyId::MaximumQoS:
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        return true;
    default:
        return false;
    }
}

bool mustBeNonZero(PropertyId id)
{
    return id == PropertyId::ReceiveMaximum || id == PropertyId::TopicAlias
           || id == PropertyId::MaximumPacketSize || id == PropertyId::SubscriptionIdentifier;
}

} // namespace

std::optional<PropertyType> propertyType(quint8 id)
{
    if (auto i = info(id))
        return i->type;
    return std::nullopt;
}

bool propertyAllowedIn(PropertyId id, PropertyContext context)
{
    const auto i = info(quint8(id));
    return i && (i->contexts & bit(context));
}

const char *propertyName(PropertyId id)
{
    const auto i = info(quint8(id));
    return i ? i->name : "unknown property";
}

void Properties::setInteger(PropertyId id, quint32 value)
{
    if (!isRepeatable(id, PropertyContext::Publish))
        remove(id);
    m_items.append(Property{id, value, {}, {}});
}

void Properties::setString(PropertyId id, QByteArray value)
{
    remove(id);
    m_items.append(Property{id, 0, std::move(value), {}});
}

void Properties::addUserProperty(QByteArray name, QByteArray value)
{
    m_items.append(Property{PropertyId::UserProperty, 0, std::move(name), std::move(value)});
}

void Properties::remove(PropertyId id)
{
    m_items.removeIf([id](const Property &p) { return p.id == id; });
}

bool Properties::contains(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id)
            return true;
    }
    return false;
}

std::optional<quint32> Properties::integer(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id)
            return p.integer;
    }
    return std::nullopt;
}

std::optional<QByteArray> Properties::string(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id)
            return p.string;
    }
    return std::nullopt;
}

QList<std::pair<QByteArray, QByteArray>> Properties::userProperties() const
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const Property &p : m_items) {
        if (p.id == PropertyId::UserProperty)
            pairs.append({p.string, p.pairValue});
    }
    return pairs;
}

QList<quint32> Properties::subscriptionIdentifiers() const
{
    QList<quint32> ids;
    for (const Property &p : m_items) {
        if (p.id == PropertyId::SubscriptionIdentifier)
            ids.append(p.integer);
    }
    return ids;
}

namespace detail {

Properties readProperties(Reader &reader, PropertyContext context, Direction direction)
{
    Properties properties;
    const quint32 length = reader.variableByteInteger("property length");
    if (reader.failed())
        return properties;
    if (length > quint32(reader.remaining())) {
        reader.fail(CodecError::Truncated, QStringLiteral("property length %1 runs past the end of the packet (%2 bytes left)")
                                               .arg(length)
                                               .arg(reader.remaining()));
        return properties;
    }
    Reader r(reader.take(qsizetype(length), "properties"));
    std::bitset<256> seen;
    while (!r.atEnd() && !r.failed()) {
        const quint32 rawId = r.variableByteInteger("property identifier");
        if (r.failed())
            break;
        const auto i = rawId <= 0xFF ? info(quint8(rawId)) : std::nullopt;
        if (!i) {
            r.fail(CodecError::UnknownProperty,
                   QStringLiteral("unknown property identifier 0x%1 (MQTT 5.0 section 2.2.2.2)").arg(rawId, 2, 16, QLatin1Char('0')));
            break;
        }
        const auto id = PropertyId(rawId);
        if (!(i->contexts & bit(context))
            || (direction == Direction::ClientToServer && id == PropertyId::SubscriptionIdentifier
                && context == PropertyContext::Publish)) {
            // A client must not send a Subscription Identifier in PUBLISH (MQTT-3.3.4-6).
            r.fail(CodecError::PropertyNotAllowed,
                   QStringLiteral("%1 is not allowed in this packet (MQTT 5.0 section 2.2.2.2)").arg(QLatin1String(i->name)));
            break;
        }
        if (seen.test(rawId) && !isRepeatable(id, context)) {
            r.fail(CodecError::DuplicateProperty,
                   QStringLiteral("%1 appears more than once (MQTT 5.0 section 2.2.2.2)").arg(QLatin1String(i->name)));
            break;
        }
        seen.set(rawId);
        Property p{id, 0, {}, {}};
        switch (i->type) {
        case PropertyType::Byte: p.integer = r.u8(i->name); break;
        case PropertyType::TwoByteInteger: p.integer = r.u16(i->name); break;
        case PropertyType::FourByteInteger: p.integer = r.u32(i->name); break;
        case PropertyType::VariableByteInteger: p.integer = r.variableByteInteger(i->name); break;
        case PropertyType::Utf8String: p.string = r.utf8(i->name); break;
        case PropertyType::BinaryData: p.string = r.binary(i->name); break;
        case PropertyType::Utf8StringPair:
            p.string = r.utf8("user property name");
            p.pairValue = r.utf8("user property value");
            break;
        }
        if (r.failed())
            break;
        if ((isBooleanByte(id) && p.integer > 1) || (mustBeNonZero(id) && p.integer == 0)) {
            r.fail(CodecError::InvalidPropertyValue,
                   QStringLiteral("%1 may not be %2 (MQTT 5.0 section 2.2.2.2, table 2-4 and the packet's property list)")
                       .arg(QLatin1String(i->name))
                       .arg(p.integer));
            break;
        }
        if (id == PropertyId::ResponseTopic && (p.string.contains('+') || p.string.contains('#') || p.string.isEmpty())) {
            r.fail(CodecError::InvalidPropertyValue,
                   QStringLiteral("Response Topic must be a topic name without wildcards (MQTT-3.3.2-14)"));
            break;
        }
        properties.append(std::move(p));
    }
    if (r.failed())
        reader.fail(r.error().code, r.error().message);
    return properties;
}

qsizetype propertyValuesSize(const Properties &properties, SizeCounter &counter)
{
    SizeCounter inner;
    writePropertyValues(inner, properties);
    if (inner.failed())
        counter.fail(inner.error().code, inner.error().message);
    return inner.size();
}

} // namespace detail

} // namespace homewire::mqtt
