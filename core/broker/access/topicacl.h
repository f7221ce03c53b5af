// TopicAcl: the ACL rules that apply to one connection, with %u and %c
// replaced, ready to answer "may it publish to this topic" and "may it
// subscribe to this filter" without touching the whole policy again.
//
// A subscription is allowed when a read rule's filter covers every topic the
// subscription's filter can match (filterCovers), so a client never receives
// what it may not read and nothing needs checking per delivered message.
// %u in a rule never matches for anonymous clients or user names containing
// '+', '#' or '/' or starting with '$'; the same goes for %c and the client
// identifier.
#pragma once

#include "accesspolicy.h"

#include <QByteArray>
#include <QList>

namespace homewire::broker::access {

class TopicAcl
{
public:
    // No rules at all: everything allowed.
    TopicAcl() = default;
    // `userName` empty: anonymous.
    static TopicAcl compile(const AccessPolicy &policy, QByteArrayView userName, QByteArrayView clientId);

    bool isUnrestricted() const { return m_unrestricted; }
    bool mayPublish(QByteArrayView topic) const;
    // `filter` without a $share/<group>/ prefix.
    bool maySubscribe(QByteArrayView filter) const;

private:
    bool m_unrestricted = true;
    QList<QByteArray> m_read;
    QList<QByteArray> m_write;
};

// Whether every topic `filter` matches is also matched by `ruleFilter`
// ("a/#" covers "a/+/b"; "a/+" does not cover "a/#").
bool filterCovers(QByteArrayView ruleFilter, QByteArrayView filter);

} // namespace homewire::broker::access
