#include "topicacl.h"

#include "mqtt/topic.h"

namespace homewire::broker::access {

namespace {

bool usableInFilter(QByteArrayView value)
{
    // Wildcards or separators would widen the rule; a leading '$' would turn
    // "%c/#" into a rule over the broker's own "$SYS/#" for a client named "$SYS".
    return !value.isEmpty() && !value.startsWith('$') && !value.contains('+') && !value.contains('#') &&
           !value.contains('/');
}

// The rule's filter with %u and %c replaced; nothing when a placeholder
// cannot be filled safely.
std::optional<QByteArray> substitute(const QByteArray &filter, QByteArrayView userName,
                                     QByteArrayView clientId)
{
    QByteArray out;
    out.reserve(filter.size());
    for (qsizetype i = 0; i < filter.size(); ++i) {
        if (filter[i] == '%' && i + 1 < filter.size() && (filter[i + 1] == 'u' || filter[i + 1] == 'c')) {
            const QByteArrayView value = filter[i + 1] == 'u' ? userName : clientId;
            if (!usableInFilter(value))
                return std::nullopt;
            out.append(value.data(), value.size());
            ++i;
        } else {
            out.append(filter[i]);
        }
    }
    return out;
}

bool applies(const AclRule &rule, QByteArrayView userName, QByteArrayView clientId)
{
    switch (rule.subject) {
    case AclSubject::User:
        return !userName.isEmpty() && rule.name.toUtf8() == userName;
    case AclSubject::ClientId:
        return rule.name.toUtf8() == clientId;
    case AclSubject::Anonymous:
        return userName.isEmpty();
    case AclSubject::Everyone:
        return true;
    }
    return false;
}

} // namespace

TopicAcl TopicAcl::compile(const AccessPolicy &policy, QByteArrayView userName, QByteArrayView clientId)
{
    TopicAcl acl;
    if (policy.rules.isEmpty())
        return acl;
    acl.m_unrestricted = false;
    for (const AclRule &rule : policy.rules) {
        if (!applies(rule, userName, clientId))
            continue;
        const std::optional<QByteArray> filter = substitute(rule.filter, userName, clientId);
        if (!filter || !mqtt::TopicFilter::validatePlain(*filter))
            continue;
        if (quint8(rule.access) & quint8(AclAccess::Read))
            acl.m_read.append(*filter);
        if (quint8(rule.access) & quint8(AclAccess::Write))
            acl.m_write.append(*filter);
    }
    return acl;
}

bool TopicAcl::mayPublish(QByteArrayView topic) const
{
    if (m_unrestricted)
        return true;
    for (const QByteArray &filter : m_write) {
        if (mqtt::TopicFilter(filter).matches(topic))
            return true;
    }
    return false;
}

bool TopicAcl::maySubscribe(QByteArrayView filter) const
{
    if (m_unrestricted)
        return true;
    for (const QByteArray &rule : m_read) {
        if (filterCovers(rule, filter))
            return true;
    }
    return false;
}

bool filterCovers(QByteArrayView ruleFilter, QByteArrayView filter)
{
    // Wildcards in the first level never match topics starting with '$'
    // (MQTT-4.7.2-1), so such a rule covers no "$..." filter.
    if (filter.startsWith('$') && (ruleFilter.startsWith('+') || ruleFilter.startsWith('#')))
        return false;
    qsizetype r = 0;
    qsizetype f = 0;
    for (;;) {
        const qsizetype rEnd = ruleFilter.indexOf('/', r);
        const qsizetype fEnd = filter.indexOf('/', f);
        const QByteArrayView rule = ruleFilter.sliced(r, (rEnd < 0 ? ruleFilter.size() : rEnd) - r);
        if (rule == "#")
            return true; // the rest, and the parent level ("a/#" matches "a")
        if (f > filter.size())
            return false; // the filter ended; the rule asks for more levels
        const QByteArrayView level = filter.sliced(f, (fEnd < 0 ? filter.size() : fEnd) - f);
        if (level == "#")
            return false;
        if (rule != "+" && (level == "+" || level != rule))
            return false;
        if (rEnd < 0)
            return fEnd < 0; // both end here, or the filter goes deeper
        r = rEnd + 1;
        f = fEnd < 0 ? filter.size() + 1 : fEnd + 1;
    }
}

} // namespace homewire::broker::access
