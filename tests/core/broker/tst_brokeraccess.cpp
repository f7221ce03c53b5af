// Access in the protocol engine: refused logins, ACL checks on PUBLISH,
// SUBSCRIBE and wills, and what a policy change does to connected clients.
// The wire-level counterparts (real listeners, mosquitto_pub/sub) are in
// tests/integration/tst_brokeraccess.
#include "broker/access/passwordhash.h"
#include "broker/broker.h"
#include "enginetest.h"

#include <QtTest>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::broker::access;
using namespace homewire::broker::test;

namespace {

AccessPolicyPtr policy(QList<AclRule> rules, QHash<QString, QByteArray> users = {})
{
    auto p = std::make_shared<AccessPolicy>();
    p->rules = std::move(rules);
    p->users = std::move(users);
    return p;
}

AclRule rule(AclSubject subject, const QString &name, const QByteArray &filter, AclAccess access)
{
    return AclRule{0, subject, name, filter, access};
}

const QByteArray AliceHash = "$pbkdf2-sha512$1$c2FsdHNhbHQ=$" + QByteArray(64, 'a').toBase64();

} // namespace

class TestBrokerAccess : public QObject
{
    Q_OBJECT

private:
    RecordingSink sink;
    ManualClock clock;
    std::unique_ptr<Broker> broker;
    ConnectionId nextId = 1;

    ConnectionId open(const QByteArray &clientId, std::optional<AuthVerdict> verdict,
                      ProtocolVersion v = ProtocolVersion::V311, bool clean = true)
    {
        const ConnectionId id = nextId++;
        broker->connectionOpened(id, QStringLiteral("test:%1").arg(id));
        if (verdict)
            broker->setConnectVerdict(id, *verdict);
        broker->packetReceived(id, connectPacket(clientId, clean, v));
        return id;
    }
    ConnectionId openAs(const QByteArray &clientId, const QByteArray &user,
                        ProtocolVersion v = ProtocolVersion::V311, bool clean = true)
    {
        return open(clientId, AuthVerdict{AuthVerdict::Outcome::Accepted, user, {}, {}}, v, clean);
    }
    quint8 connackCode(ConnectionId id)
    {
        const auto packets = sink.sent.value(id);
        return packets.isEmpty() ? 0xFF : std::get<ConnackPacket>(packets.first()).reasonCode;
    }
    QList<quint8> subackCodes(ConnectionId id)
    {
        for (const Packet &p : sink.sent.value(id)) {
            if (const auto *s = std::get_if<SubackPacket>(&p))
                return s->reasonCodes;
        }
        return {};
    }
    std::optional<AckPacket> lastAck(ConnectionId id)
    {
        std::optional<AckPacket> ack;
        for (const Packet &p : sink.sent.value(id)) {
            if (const auto *a = std::get_if<AckPacket>(&p))
                ack = *a;
        }
        return ack;
    }

private slots:
    void init()
    {
        sink = RecordingSink{};
        broker = std::make_unique<Broker>(BrokerConfig{}, sink, clock);
        nextId = 1;
    }

    void refusedVerdictsBecomeConnackCodes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("code");
        // MQTT-3.2.2-4/-5: a refusing CONNACK, then the connection closes.
        QTest::newRow("bad credentials 3.1.1")
            << int(AuthVerdict::Outcome::BadCredentials) << int(ProtocolVersion::V311) << 0x04;
        QTest::newRow("not authorized 3.1.1")
            << int(AuthVerdict::Outcome::NotAuthorized) << int(ProtocolVersion::V311) << 0x05;
        QTest::newRow("bad credentials 5.0")
            << int(AuthVerdict::Outcome::BadCredentials) << int(ProtocolVersion::V5) << 0x86;
        QTest::newRow("not authorized 5.0")
            << int(AuthVerdict::Outcome::NotAuthorized) << int(ProtocolVersion::V5) << 0x87;
    }
    void refusedVerdictsBecomeConnackCodes()
    {
        QFETCH(int, outcome);
        QFETCH(int, version);
        QFETCH(int, code);
        const auto c = open("dev", AuthVerdict{AuthVerdict::Outcome(outcome), {}, QStringLiteral("test"), {}},
                            ProtocolVersion(version));
        QCOMPARE(connackCode(c), quint8(code));
        QVERIFY(sink.closed.contains(c));
        QCOMPARE(broker->stats().refusedLogins, 1);
        QVERIFY(!broker->findSession("dev")); // a refused client gets no session
    }

    void deniedPublishIsDroppedNotDisconnected()
    {
        broker->setAccessPolicy(
            policy({rule(AclSubject::User, QStringLiteral("alice"), "home/#", AclAccess::ReadWrite),
                    rule(AclSubject::User, QStringLiteral("watcher"), "#", AclAccess::Read)}));
        const auto watcher = openAs("w", "watcher");
        broker->packetReceived(watcher, subscribe(1, "#", QoS::AtMostOnce));
        QCOMPARE(subackCodes(watcher), QList<quint8>{0});
        const auto alice = openAs("a", "alice");
        broker->packetReceived(alice, publish("home/lamp", "on", QoS::AtLeastOnce, 7));
        broker->packetReceived(alice, publish("garage/door", "open", QoS::AtLeastOnce, 8));
        QCOMPARE(sink.publishes(watcher).size(), 1);
        QCOMPARE(sink.publishes(watcher).first().topic, QByteArray("home/lamp"));
        QVERIFY(!sink.closed.contains(alice));
        // MQTT 3.1.1 has no way to say no: the PUBACK is the usual one.
        QCOMPARE(lastAck(alice)->packetId, quint16(8));
        QCOMPARE(lastAck(alice)->reasonCode, quint8(0));
        QCOMPARE(broker->stats().deniedPublishes, 1);
        // Nor may a write-less client publish at all.
        broker->packetReceived(watcher, publish("home/lamp", "off"));
        QCOMPARE(sink.publishes(watcher).size(), 1);
    }

    void deniedPublishV5AcknowledgesNotAuthorized()
    {
        broker->setAccessPolicy(policy({rule(AclSubject::Everyone, {}, "ok/#", AclAccess::Write)}));
        const auto c = openAs("v5", "", ProtocolVersion::V5);
        broker->packetReceived(c, publish("nope", "x", QoS::AtLeastOnce, 3));
        QCOMPARE(lastAck(c)->reasonCode, ReasonCode::NotAuthorized);
        broker->packetReceived(c, publish("nope", "x", QoS::ExactlyOnce, 4));
        QCOMPARE(lastAck(c)->type, PacketType::Pubrec);
        QCOMPARE(lastAck(c)->reasonCode, ReasonCode::NotAuthorized);
        // The refused QoS 2 exchange is over: the identifier is free again.
        QVERIFY(broker->findSession("v5")->incomingQos2.isEmpty());
    }

    void deniedSubscriptionGetsFailureCodePerFilter()
    {
        broker->setAccessPolicy(policy({rule(AclSubject::Everyone, {}, "sensors/#", AclAccess::Read)}));
        const auto c = openAs("s", "");
        SubscribePacket both{
            5, {Subscription{"sensors/+/t", QoS::AtLeastOnce}, Subscription{"#", QoS::AtMostOnce}}, {}};
        broker->packetReceived(c, both);
        // MQTT-3.9.3-1: one code per filter, in order; 0x80 for the refused one.
        QCOMPARE(subackCodes(c), (QList<quint8>{1, 0x80}));
        QCOMPARE(broker->subscriptions().subscriptionCount(), 1);
        QCOMPARE(broker->stats().deniedSubscriptions, 1);
    }

    void sharedSubscriptionsAreCheckedByTheirFilter()
    {
        broker->setAccessPolicy(policy({rule(AclSubject::Everyone, {}, "jobs/#", AclAccess::Read)}));
        const auto c = openAs("s", "", ProtocolVersion::V5);
        SubscribePacket shared{1,
                               {Subscription{"$share/g/jobs/+", QoS::AtMostOnce},
                                Subscription{"$share/g/other", QoS::AtMostOnce}},
                               {}};
        broker->packetReceived(c, shared);
        QCOMPARE(subackCodes(c), (QList<quint8>{0, ReasonCode::NotAuthorized}));
    }

    void willFollowsTheAcl()
    {
        broker->setAccessPolicy(
            policy({rule(AclSubject::Everyone, {}, "#", AclAccess::Read),
                    rule(AclSubject::User, QStringLiteral("dev"), "status/dev", AclAccess::Write)}));
        const auto watcher = openAs("w", "watcher");
        broker->packetReceived(watcher, subscribe(1, "#", QoS::AtMostOnce));
        for (const QByteArray &topic : {QByteArray("status/dev"), QByteArray("elsewhere")}) {
            const ConnectionId id = nextId++;
            broker->connectionOpened(id, QStringLiteral("x"));
            broker->setConnectVerdict(id, AuthVerdict{AuthVerdict::Outcome::Accepted, "dev", {}, {}});
            ConnectPacket connect = connectPacket("dev-" + topic);
            connect.will = WillMessage{topic, "gone", QoS::AtMostOnce, false, {}};
            broker->packetReceived(id, connect);
            broker->connectionClosed(id, CloseReason::PeerClosed);
        }
        const auto got = sink.publishes(watcher);
        QCOMPARE(got.size(), 1); // the will to a topic the client may not write is dropped
        QCOMPARE(got.first().topic, QByteArray("status/dev"));
    }

    void policyChangeAppliesToConnectedClients()
    {
        const auto c = openAs("c", "alice");
        broker->packetReceived(c, subscribe(1, "home/#", QoS::AtMostOnce));
        broker->packetReceived(c, subscribe(2, "garage/#", QoS::AtMostOnce));
        QCOMPARE(broker->subscriptions().subscriptionCount(), 2);
        // A rule appears: what it does not cover is removed at once, and the
        // next publish is checked against it.
        broker->setAccessPolicy(
            policy({rule(AclSubject::User, QStringLiteral("alice"), "home/#", AclAccess::Read)}));
        QCOMPARE(broker->subscriptions().subscriptionCount(), 1);
        QVERIFY(broker->findSession("c")->subscriptions.contains("home/#"));
        const auto other = openAs("o", "bob");
        broker->packetReceived(other, publish("home/x", "1"));
        QCOMPARE(sink.publishes(c).size(), 0); // bob may not write
        broker->setAccessPolicy(
            policy({rule(AclSubject::User, QStringLiteral("alice"), "home/#", AclAccess::Read),
                    rule(AclSubject::User, QStringLiteral("bob"), "home/#", AclAccess::Write)}));
        broker->packetReceived(other, publish("home/x", "2"));
        QCOMPARE(sink.publishes(c).size(), 1);
    }

    void removedUserIsDisconnected()
    {
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), AliceHash}}));
        const auto alice = openAs("a", "alice", ProtocolVersion::V5);
        const auto anon = openAs("n", "");
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), AliceHash}}));
        QVERIFY(!sink.closed.contains(alice)); // nothing changed for her
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), "$pbkdf2-sha512$2$other"}}));
        QVERIFY(sink.closed.contains(alice)); // password changed: logged out
        QVERIFY(!sink.closed.contains(anon));
        const auto packets = sink.sent.value(alice);
        const auto *disconnect = std::get_if<DisconnectPacket>(&packets.last());
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, ReasonCode::NotAuthorized);
    }

    void passwordChangedDuringTheCheckRefusesTheLogin()
    {
        // The password is checked on the network side while the policy may
        // change: a verdict made against a hash the user no longer has (a new
        // password, or the user removed) must not log the client in, or it
        // would stay connected under a name no later change ever checks.
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), AliceHash}}));
        const AuthVerdict checked{AuthVerdict::Outcome::Accepted, "alice", {}, AliceHash};
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), "$pbkdf2-sha512$2$other"}}));
        const auto renewed = open("a", checked);
        QCOMPARE(connackCode(renewed), quint8(0x04)); // MQTT-3.2.2-4/-5: refused, then closed
        QVERIFY(sink.closed.contains(renewed));
        broker->setAccessPolicy(policy({}, {}));
        const auto removed = open("b", checked, ProtocolVersion::V5);
        QCOMPARE(connackCode(removed), quint8(0x86));
        QVERIFY(sink.closed.contains(removed));
        QCOMPARE(broker->stats().refusedLogins, 2);
        // The hash it was checked against is still the user's: in.
        broker->setAccessPolicy(policy({}, {{QStringLiteral("alice"), AliceHash}}));
        QCOMPARE(connackCode(open("c", checked)), quint8(0x00));
    }

    void clientListShowsWhoLoggedIn()
    {
        openAs("a", "alice");
        openAs("n", "");
        broker->setAccessPolicy(policy({}));
        QHash<QByteArray, ClientInfo> byId;
        for (const ClientInfo &info : broker->clients())
            byId.insert(info.clientId, info);
        QVERIFY(byId.value("a").userKnown);
        QCOMPARE(byId.value("a").userName, QByteArray("alice"));
        QVERIFY(byId.value("n").userKnown);
        QVERIFY(byId.value("n").userName.isEmpty()); // anonymous
    }

    void offlineSessionKeepsOnlyAllowedSubscriptions()
    {
        const auto c = openAs("p", "alice", ProtocolVersion::V311, false);
        broker->packetReceived(c, subscribe(1, "a/#", QoS::AtLeastOnce));
        broker->packetReceived(c, subscribe(2, "b/#", QoS::AtLeastOnce));
        broker->connectionClosed(c, CloseReason::PeerClosed);
        broker->setAccessPolicy(
            policy({rule(AclSubject::User, QStringLiteral("alice"), "a/#", AclAccess::Read)}));
        const Session *session = broker->findSession("p");
        QVERIFY(session);
        QCOMPARE(session->subscriptions.size(), 1);
        QVERIFY(session->subscriptions.contains("a/#"));
    }
};

QTEST_GUILESS_MAIN(TestBrokerAccess)
#include "tst_brokeraccess.moc"
