// Access: who a connection is (the network layer's verdict on its CONNECT),
// the ACL rules that apply to it, and what happens to connected clients and
// their subscriptions when users or rules change.
#include "broker.h"
#include "broker_p.h"
#include "mqtt/topic.h"

namespace homewire::broker {

using namespace mqtt;

namespace {

// Denied publishes are logged one by one up to this many per connection, then
// only counted, so a misconfigured device cannot flood the log.
constexpr qint64 LoggedDenialsPerConnection = 10;

} // namespace

void Broker::setConnectVerdict(ConnectionId id, access::AuthVerdict verdict)
{
    if (Connection *connection = findConnection(id); connection && !connection->connected)
        connection->verdict = std::move(verdict);
}

std::optional<access::AuthVerdict> Broker::loginRefusal(const Connection &connection) const
{
    if (!connection.verdict)
        return std::nullopt;
    const access::AuthVerdict &verdict = *connection.verdict;
    if (!verdict.accepted())
        return verdict;
    if (verdict.passwordHash.isEmpty() ||
        (m_policy && m_policy->users.value(QString::fromUtf8(verdict.userName)) == verdict.passwordHash))
        return std::nullopt;
    // The user was removed or got a new password while the old one was being
    // checked. setAccessPolicy() could not log out a client that was not in
    // yet, and would never check it again once in.
    return access::AuthVerdict{
        access::AuthVerdict::Outcome::BadCredentials,
        {},
        QStringLiteral("user '%1' was removed or its password changed while it logged in")
            .arg(QString::fromUtf8(verdict.userName)),
        {}};
}

void Broker::authorize(Connection &connection, Session &session)
{
    const access::AccessPolicy &policy = m_policy ? *m_policy : access::AccessPolicy();
    connection.userName = connection.verdict ? connection.verdict->userName : QByteArray();
    connection.userHash = policy.users.value(QString::fromUtf8(connection.userName));
    connection.acl = access::TopicAcl::compile(policy, connection.userName, connection.clientId);
    connection.verdict.reset();
    session.userName = connection.userName;
    // A resumed session keeps only what this client may still read.
    revokeDeniedSubscriptions(session, connection.acl);
}

bool Broker::mayPublish(Connection &connection, const QByteArray &topic)
{
    if (connection.acl.mayPublish(topic))
        return true;
    ++m_stats.deniedPublishes;
    if (++connection.deniedPublishes <= LoggedDenialsPerConnection) {
        qCWarning(lcBroker).noquote()
            << "denied publish to" << QString::fromUtf8(topic) << "by client"
            << clientLabel(connection.clientId) << "user"
            << (connection.userName.isEmpty() ? QStringLiteral("(anonymous)")
                                              : QString::fromUtf8(connection.userName))
            << "(no ACL rule allows writing it)"
            << (connection.deniedPublishes == LoggedDenialsPerConnection
                    ? "; further denials of this connection are only counted"
                    : "");
    }
    return false;
}

int Broker::revokeDeniedSubscriptions(Session &session, const access::TopicAcl &acl)
{
    if (acl.isUnrestricted())
        return 0;
    QList<QByteArray> revoked;
    for (auto it = session.subscriptions.cbegin(); it != session.subscriptions.cend(); ++it) {
        if (!acl.maySubscribe(TopicFilter(it.key()).plainFilter().bytes()))
            revoked.append(it.key());
    }
    for (const QByteArray &filter : std::as_const(revoked)) {
        m_subscriptions.unsubscribe(session.id(), filter);
        session.subscriptions.remove(filter);
        if (m_observer && session.persisted)
            m_observer->subscriptionDeleted(session.clientId(), filter);
        qCInfo(lcBroker).noquote() << "removed subscription" << QString::fromUtf8(filter) << "of client"
                                   << clientLabel(session.clientId())
                                   << ": no ACL rule allows reading it any more";
    }
    return int(revoked.size());
}

void Broker::setAccessPolicy(access::AccessPolicyPtr policy)
{
    m_policy = std::move(policy);
    const access::AccessPolicy &current = m_policy ? *m_policy : access::AccessPolicy();
    // Connected clients first: a user gone or with a new password is logged
    // out; everyone else gets the new rules.
    QList<ConnectionId> loggedOut;
    for (Connection *connection : std::as_const(m_connections)) {
        if (!connection->connected)
            continue;
        if (!connection->userHash.isEmpty() &&
            current.users.value(QString::fromUtf8(connection->userName)) != connection->userHash) {
            loggedOut.append(connection->id);
            continue;
        }
        connection->acl = access::TopicAcl::compile(current, connection->userName, connection->clientId);
        if (Session *session = sessionOf(*connection))
            revokeDeniedSubscriptions(*session, connection->acl);
    }
    // Offline sessions whose user is known keep only what that user may read.
    for (Session *session : std::as_const(m_sessions)) {
        if (!session->isOnline() && session->userName)
            revokeDeniedSubscriptions(
                *session, access::TopicAcl::compile(current, *session->userName, session->clientId()));
    }
    for (ConnectionId id : std::as_const(loggedOut)) {
        Connection *connection = findConnection(id);
        if (!connection)
            continue;
        qCInfo(lcBroker).noquote() << "disconnecting client" << clientLabel(connection->clientId) << "of user"
                                   << QString::fromUtf8(connection->userName)
                                   << ": the user was removed or its password changed";
        if (connection->version == ProtocolVersion::V5)
            send(*connection, DisconnectPacket{ReasonCode::NotAuthorized, {}});
        endConnection(*connection, true);
        m_sink.close(id, QStringLiteral("user removed or password changed"));
    }
}

} // namespace homewire::broker
