#include "topic.h"

#include "utf8.h"

#include <QString>

namespace homewire::mqtt {

namespace {

constexpr qsizetype MaxTopicLength = 65535;
constexpr QByteArrayView SharePrefix("$share/");

CodecResult<void> validateCommon(QByteArrayView text, CodecError error, const char *what)
{
    if (text.isEmpty())
        return makeError(error, QStringLiteral("%1 is empty (MQTT-4.7.3-1)").arg(QLatin1String(what)));
    if (text.size() > MaxTopicLength)
        return makeError(error, QStringLiteral("%1 is %2 bytes, longer than 65535 (MQTT-4.7.3-3)")
                                    .arg(QLatin1String(what))
                                    .arg(text.size()));
    return validateUtf8(text);
}

} // namespace

CodecResult<void> TopicName::validate(QByteArrayView name)
{
    if (auto ok = validateCommon(name, CodecError::InvalidTopicName, "topic name"); !ok)
        return ok;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == '+' || name[i] == '#')
            return makeError(CodecError::InvalidTopicName,
                             QStringLiteral("topic name contains the wildcard '%1' at byte %2 (MQTT-3.3.2-2, MQTT-4.7.1-1)")
                                 .arg(QLatin1Char(name[i]))
                                 .arg(i));
    }
    return {};
}

CodecResult<void> TopicFilter::validatePlain(QByteArrayView filter)
{
    if (auto ok = validateCommon(filter, CodecError::InvalidTopicFilter, "topic filter"); !ok)
        return ok;
    const qsizetype n = filter.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = filter[i];
        const bool startsLevel = i == 0 || filter[i - 1] == '/';
        const bool endsLevel = i == n - 1 || filter[i + 1] == '/';
        if (c == '#' && !(startsLevel && i == n - 1))
            return makeError(CodecError::InvalidTopicFilter,
                             QStringLiteral("'#' at byte %1 must be the last level on its own (MQTT-4.7.1-2)").arg(i));
        if (c == '+' && !(startsLevel && endsLevel))
            return makeError(CodecError::InvalidTopicFilter,
                             QStringLiteral("'+' at byte %1 must occupy a whole level (MQTT-4.7.1-3)").arg(i));
    }
    return {};
}

CodecResult<void> TopicFilter::validate(QByteArrayView filter)
{
    if (!filter.startsWith(SharePrefix))
        return validatePlain(filter);
    // $share/{ShareName}/{filter}: ShareName is at least one character without
    // '/', '+' or '#', followed by a non-empty filter (MQTT 5.0 4.8.2, MQTT-4.8.2-1, -2).
    const QByteArrayView rest = filter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf('/');
    if (slash < 0)
        return makeError(CodecError::InvalidTopicFilter,
                         QStringLiteral("shared subscription has no topic filter after its share name (MQTT-4.8.2-2)"));
    const QByteArrayView shareName = rest.first(slash);
    if (shareName.isEmpty())
        return makeError(CodecError::InvalidTopicFilter, QStringLiteral("shared subscription has an empty share name (MQTT-4.8.2-1)"));
    for (char c : shareName) {
        if (c == '+' || c == '#')
            return makeError(CodecError::InvalidTopicFilter,
                             QStringLiteral("share name contains '%1' (MQTT-4.8.2-2)").arg(QLatin1Char(c)));
    }
    const QByteArrayView plain = rest.sliced(slash + 1);
    if (plain.isEmpty())
        return makeError(CodecError::InvalidTopicFilter,
                         QStringLiteral("shared subscription has an empty topic filter (MQTT-4.8.2-2)"));
    if (auto ok = validateUtf8(filter); !ok)
        return ok;
    return validatePlain(plain);
}

bool TopicFilter::hasWildcards() const
{
    const QByteArray plain = plainFilter().bytes();
    return plain.contains('+') || plain.contains('#');
}

bool TopicFilter::isShared() const
{
    return m_filter.startsWith(SharePrefix) && m_filter.indexOf('/', SharePrefix.size()) > 0;
}

QByteArray TopicFilter::shareName() const
{
    if (!isShared())
        return {};
    const qsizetype slash = m_filter.indexOf('/', SharePrefix.size());
    return m_filter.mid(SharePrefix.size(), slash - SharePrefix.size());
}

TopicFilter TopicFilter::plainFilter() const
{
    if (!isShared())
        return *this;
    const qsizetype slash = m_filter.indexOf('/', SharePrefix.size());
    return TopicFilter(m_filter.mid(slash + 1));
}

bool TopicFilter::matches(QByteArrayView topicName) const
{
    if (isShared())
        return topicMatches(plainFilter().bytes(), topicName);
    return topicMatches(m_filter, topicName);
}

bool topicMatches(QByteArrayView filter, QByteArrayView topic)
{
    // An empty topic name is not a topic (MQTT-4.7.3-1): nothing matches it.
    if (topic.isEmpty() || filter.isEmpty())
        return false;
    // MQTT-4.7.2-1: wildcards in the first level do not match '$' topics.
    if (!topic.isEmpty() && topic[0] == '$' && !filter.isEmpty() && (filter[0] == '+' || filter[0] == '#'))
        return false;
    qsizetype f = 0, t = 0;
    const qsizetype fn = filter.size(), tn = topic.size();
    while (f < fn) {
        if (filter[f] == '#')
            return true; // matches this level and everything below, including the parent
        if (filter[f] == '+') {
            // Skip one topic level, possibly empty.
            while (t < tn && topic[t] != '/')
                ++t;
            ++f;
        } else {
            // Compare one literal level.
            while (f < fn && filter[f] != '/') {
                if (t >= tn || topic[t] != filter[f])
                    return false;
                ++f;
                ++t;
            }
            if (t < tn && topic[t] != '/')
                return false;
        }
        // Both at a level separator or at the end.
        if (f == fn)
            return t == tn;
        // filter[f] == '/'
        if (t == tn) {
            // "sport/#" matches "sport": the filter may only have "/#" left.
            return f + 2 == fn && filter[f + 1] == '#';
        }
        ++f;
        ++t;
    }
    return t == tn;
}

} // namespace homewire::mqtt
