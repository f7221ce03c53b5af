#include "homierecognizer.h"

#include <algorithm>

using homewire::devices::ConventionMessage;
using homewire::devices::Recognition;

namespace homewire::plugins::homie {

namespace {

bool isDeviceAttribute(QStringView name)
{
    return name == u"$homie" || name == u"$name" || name == u"$nodes";
}

bool isNodeAttribute(QStringView name)
{
    return name == u"$name" || name == u"$type" || name == u"$properties";
}

bool isPropertyAttribute(QStringView name)
{
    return name == u"$name" || name == u"$datatype" || name == u"$settable" || name == u"$unit" ||
           name == u"$format";
}

// "engine,wheels,lights" -> the valid ids, in order, without repeats, at
// most `limit`; `error` says what was left out.
QStringList parseIdList(const QString &value, int limit, QString &error)
{
    QStringList ids;
    for (const QString &item : value.split(QLatin1Char(','))) {
        const QString id = item.trimmed();
        if (!HomieRecognizer::isValidId(id)) {
            error = QCoreApplication::translate("HomieRecognizer", "\"%1\" is not a valid Homie id")
                        .arg(id.left(64));
            continue;
        }
        if (ids.contains(id))
            continue;
        if (ids.size() == limit) {
            error =
                QCoreApplication::translate("HomieRecognizer", "more than %1 listed; the rest are left out")
                    .arg(limit);
            break;
        }
        ids += id;
    }
    return ids;
}

} // namespace

QStringList HomieRecognizer::topicFilters() const
{
    return {QStringLiteral("homie/#")};
}

bool HomieRecognizer::isValidId(QStringView id)
{
    if (id.isEmpty() || id.front() == u'-')
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

Recognition HomieRecognizer::inspect(const ConventionMessage &message)
{
    const QList<QByteArray> levels = message.topic.split('/');
    // Attributes end in a $word. Values (homie/<d>/<n>/<p>), commands
    // (.../set), $broadcast and Homie 3's $stats/$fw groups describe nothing.
    if (levels.size() < 3 || levels.size() > 5 || levels.first() != "homie" ||
        !levels.last().startsWith('$') || levels[1].startsWith('$'))
        return {};
    for (qsizetype i = 2; i < levels.size() - 1; ++i) {
        if (levels[i].startsWith('$'))
            return {};
    }
    const QString attribute = QString::fromUtf8(levels.last());
    if ((levels.size() == 3 && !isDeviceAttribute(attribute)) ||
        (levels.size() == 4 && !isNodeAttribute(attribute)) ||
        (levels.size() == 5 && !isPropertyAttribute(attribute)))
        return {};
    for (qsizetype i = 1; i < levels.size() - 1; ++i) {
        if (!isValidId(QString::fromUtf8(levels[i])))
            return {{}, {}, tr("\"%1\" is not a valid Homie id").arg(QString::fromUtf8(levels[i].left(64)))};
    }
    if (message.payload.size() > MaxAttributeBytes)
        return {{}, {}, tr("the attribute is too long")};

    const QString deviceId = QString::fromUtf8(levels[1]);
    if (levels.size() == 3 && attribute == u"$homie" && message.payload.isEmpty())
        return withdraw(deviceId);
    // Clearing an attribute of a device never seen changes nothing.
    if (message.payload.isEmpty() && !m_devices.contains(deviceId))
        return {};
    QString error;
    HomieDevice *d = device(deviceId, error);
    if (!d)
        return {{}, {}, error};
    const QString value = QString::fromUtf8(message.payload);
    if (levels.size() == 3)
        error = handleDeviceAttribute(*d, attribute, value);
    else if (levels.size() == 4)
        error = handleNodeAttribute(*d, QString::fromUtf8(levels[2]), attribute, value);
    else
        error = handlePropertyAttribute(*d, QString::fromUtf8(levels[2]), QString::fromUtf8(levels[3]),
                                        attribute, value);
    return finish(deviceId, error);
}

HomieDevice *HomieRecognizer::device(const QString &id, QString &error)
{
    auto it = m_devices.find(id);
    if (it != m_devices.end())
        return &it.value();
    if (m_devices.size() >= MaxDevices) {
        error = tr("more than %1 Homie devices; this one is ignored").arg(MaxDevices);
        return nullptr;
    }
    return &m_devices[id];
}

QString HomieRecognizer::handleDeviceAttribute(HomieDevice &device, const QString &attribute,
                                               const QString &value)
{
    QString error;
    if (attribute == u"$homie") {
        // 3.0 describes nodes and properties the same way, less its arrays.
        if (!value.startsWith(QLatin1String("4.")) && !value.startsWith(QLatin1String("3.")))
            return tr("Homie version %1 is not understood").arg(value.left(16));
        device.version = value;
    } else if (attribute == u"$name") {
        device.name = value;
    } else if (value.isEmpty()) {
        device.nodes.reset();
    } else {
        device.nodes = parseIdList(value, MaxNodes, error);
    }
    return error;
}

QString HomieRecognizer::handleNodeAttribute(HomieDevice &device, const QString &nodeId,
                                             const QString &attribute, const QString &value)
{
    if (!device.attributes.contains(nodeId)) {
        if (value.isEmpty())
            return {};
        if (device.attributes.size() >= MaxStoredNodes)
            return tr("more than %1 nodes; node %2 is ignored").arg(MaxStoredNodes).arg(nodeId);
    }
    HomieNode &node = device.attributes[nodeId];
    QString error;
    if (attribute == u"$name")
        node.name = value;
    else if (attribute == u"$type")
        node.type = value;
    else if (value.isEmpty())
        node.properties.reset();
    else
        node.properties = parseIdList(value, MaxProperties, error);
    return error;
}

QString HomieRecognizer::handlePropertyAttribute(HomieDevice &device, const QString &nodeId,
                                                 const QString &propertyId, const QString &attribute,
                                                 const QString &value)
{
    const auto node = device.attributes.constFind(nodeId);
    const bool known = node != device.attributes.constEnd() && node->attributes.contains(propertyId);
    if (!known) {
        if (value.isEmpty())
            return {};
        if (node == device.attributes.constEnd() && device.attributes.size() >= MaxStoredNodes)
            return tr("more than %1 nodes; node %2 is ignored").arg(MaxStoredNodes).arg(nodeId);
        if (device.storedProperties >= MaxStoredProperties)
            return tr("more than %1 properties; property %2 is ignored")
                .arg(MaxStoredProperties)
                .arg(propertyId);
        ++device.storedProperties;
    }
    HomieProperty &property = device.attributes[nodeId].attributes[propertyId];
    if (attribute == u"$name") {
        property.name = value;
    } else if (attribute == u"$datatype") {
        // Kept even when unknown, so the rest of the device still completes.
        property.datatype = value;
        if (!value.isEmpty() && !isHomieDatatype(value))
            return tr("datatype %1 is not a Homie datatype; property %2 is left out")
                .arg(value.left(32), propertyId);
    } else if (attribute == u"$settable") {
        property.settable = value == u"true";
        if (!value.isEmpty() && value != u"true" && value != u"false")
            return tr("$settable is neither true nor false");
    } else if (attribute == u"$unit") {
        property.unit = value;
    } else {
        property.format = value;
    }
    return {};
}

Recognition HomieRecognizer::withdraw(const QString &id)
{
    Recognition recognition;
    const auto it = m_devices.constFind(id);
    if (it == m_devices.constEnd())
        return recognition;
    if (it->reported)
        recognition.removedIds += it->reported->id;
    m_devices.erase(it);
    return recognition;
}

Recognition HomieRecognizer::finish(const QString &id, const QString &error)
{
    Recognition recognition;
    recognition.error = error;
    HomieDevice &device = m_devices[id];
    const HomieDescription description = describeHomieDevice(id, device);
    if (description.device && device.reported != description.device) {
        device.reported = description.device;
        recognition.devices.append(*description.device);
        if (recognition.error.isEmpty())
            recognition.error = description.error;
    }
    return recognition;
}

} // namespace homewire::plugins::homie
