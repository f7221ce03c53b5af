// Internal: reading and writing MQTT 5.0 property lists (section 2.2.2).
#pragma once

#include "properties.h"
#include "wire_p.h"

namespace homewire::mqtt::detail {

// Reads a Property Length and the properties it covers, checking that each is
// known, allowed in `context`, not repeated (unless repeatable) and in range.
Properties readProperties(Reader &reader, PropertyContext context, Direction direction);

// Bytes of the properties without the Property Length in front.
template<typename Writer>
void writePropertyValues(Writer &w, const Properties &properties)
{
    for (const Property &p : properties.items()) {
        const auto type = propertyType(quint8(p.id));
        if (!type) {
            w.fail(CodecError::UnknownProperty, QStringLiteral("property 0x%1 does not exist").arg(quint8(p.id), 2, 16, QLatin1Char('0')));
            continue;
        }
        w.variableByteInteger(quint8(p.id));
        switch (*type) {
        case PropertyType::Byte:
            w.u8(quint8(p.integer));
            break;
        case PropertyType::TwoByteInteger:
            w.u16(quint16(p.integer));
            break;
        case PropertyType::FourByteInteger:
            w.u32(p.integer);
            break;
        case PropertyType::VariableByteInteger:
            if (p.integer > MaxVariableByteInteger)
                w.fail(CodecError::ValueTooLarge, QStringLiteral("%1 does not fit a variable byte integer").arg(QLatin1String(propertyName(p.id))));
            w.variableByteInteger(p.integer);
            break;
        case PropertyType::Utf8String:
        case PropertyType::BinaryData:
            w.binary(p.string, propertyName(p.id));
            break;
        case PropertyType::Utf8StringPair:
            w.binary(p.string, "user property name");
            w.binary(p.pairValue, "user property value");
            break;
        }
    }
}

qsizetype propertyValuesSize(const Properties &properties, SizeCounter &counter);

template<typename Writer>
void writeProperties(Writer &w, const Properties &properties, qsizetype valuesSize)
{
    w.variableByteInteger(quint32(valuesSize));
    writePropertyValues(w, properties);
}

} // namespace homewire::mqtt::detail
