// The access building blocks on their own: password hashes, the
// authenticator and its cache, per-address abuse limits, and ACL matching.
#include "broker/access/abuseguard.h"
#include "broker/access/authenticator.h"
#include "broker/access/passwordhash.h"
#include "broker/access/topicacl.h"

#include <QtTest>

using namespace homewire::broker::access;

namespace {

constexpr int FewIterations = 1000; // fast under sanitizers; the format is the same

AccessPolicyPtr policyWith(QHash<QString, QByteArray> users, QList<AclRule> rules = {})
{
    auto policy = std::make_shared<AccessPolicy>();
    policy->users = std::move(users);
    policy->rules = std::move(rules);
    return policy;
}

Credentials login(const QByteArray &user, const QByteArray &password)
{
    return Credentials{"client", user, password, {}};
}

AclRule rule(AclSubject subject, const QString &name, const QByteArray &filter, AclAccess access)
{
    return AclRule{0, subject, name, filter, access};
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void passwordHashRoundTrip()
    {
        const QByteArray hash = hashPassword("correct horse", FewIterations);
        QVERIFY(hash.startsWith("$pbkdf2-sha512$1000$"));
        QVERIFY(isValidPasswordHash(hash));
        QVERIFY(verifyPassword("correct horse", hash));
        QVERIFY(!verifyPassword("correct hors", hash));
        QVERIFY(!verifyPassword("", hash));
        // Salted: the same password never hashes the same twice.
        QVERIFY(hashPassword("correct horse", FewIterations) != hash);
    }

    void passwordHashRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other scheme") << QByteArray("$pbkdf2-sha256$1000$c2FsdA==$" + QByteArray(88, 'A'));
        QTest::newRow("no iterations") << QByteArray("$pbkdf2-sha512$$c2FsdA==$AAAA");
        QTest::newRow("zero iterations") << QByteArray("$pbkdf2-sha512$0$c2FsdA==$AAAA");
        QTest::newRow("bad base64") << QByteArray("$pbkdf2-sha512$1000$!!!$AAAA");
        QTest::newRow("short key") << QByteArray("$pbkdf2-sha512$1000$c2FsdA==$AAAA");
        QTest::newRow("plain text") << QByteArray("secret");
    }
    void passwordHashRejectsMalformed()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!isValidPasswordHash(encoded));
        QVERIFY(!verifyPassword("secret", encoded));
    }

    void constantTimeEqualsCompares()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(constantTimeEquals("", ""));
    }

    void anonymousFollowsTheListener()
    {
        Authenticator auth;
        const Credentials anonymous{"c", std::nullopt, std::nullopt, {}};
        const auto open = auth.tryQuick(anonymous, ListenerAccess{true, false});
        QVERIFY(open && open->accepted() && open->userName.isEmpty());
        const auto closed = auth.tryQuick(anonymous, ListenerAccess{false, false});
        QVERIFY(closed);
        QCOMPARE(closed->outcome, AuthVerdict::Outcome::NotAuthorized); // CONNACK 0x05
    }

    void passwordLoginAndCache()
    {
        Authenticator auth(AuthConfig{FewIterations, 600, 100});
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hashPassword("secret", FewIterations)}}));
        const ListenerAccess lan{false, false};
        // Not cached yet: the quick path cannot decide a password.
        QVERIFY(!auth.tryQuick(login("alice", "secret"), lan));
        const AuthVerdict first = auth.authenticate(login("alice", "secret"), lan);
        QVERIFY(first.accepted());
        QCOMPARE(first.userName, QByteArray("alice"));
        QCOMPARE(auth.cachedCount(), 1);
        // Cached: decided without a derivation, and only for the same password.
        const auto quick = auth.tryQuick(login("alice", "secret"), lan);
        QVERIFY(quick && quick->accepted());
        QVERIFY(!auth.tryQuick(login("alice", "guess"), lan));
        const AuthVerdict wrong = auth.authenticate(login("alice", "guess"), lan);
        QCOMPARE(wrong.outcome, AuthVerdict::Outcome::BadCredentials); // CONNACK 0x04
        QVERIFY(wrong.reason.contains(QLatin1String("wrong password")));
    }

    void changedPasswordVoidsTheCache()
    {
        Authenticator auth(AuthConfig{FewIterations, 600, 100});
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hashPassword("old", FewIterations)}}));
        QVERIFY(auth.authenticate(login("alice", "old"), {}).accepted());
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hashPassword("new", FewIterations)}}));
        QCOMPARE(auth.cachedCount(), 0);
        QVERIFY(!auth.tryQuick(login("alice", "old"), {}));
        QCOMPARE(auth.authenticate(login("alice", "old"), {}).outcome, AuthVerdict::Outcome::BadCredentials);
        QVERIFY(auth.authenticate(login("alice", "new"), {}).accepted());
    }

    void unknownUserAndMissingPassword()
    {
        Authenticator auth(AuthConfig{FewIterations, 600, 100});
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hashPassword("secret", FewIterations)}}));
        const AuthVerdict unknown = auth.authenticate(login("mallory", "secret"), {});
        QCOMPARE(unknown.outcome, AuthVerdict::Outcome::BadCredentials);
        QVERIFY(unknown.reason.contains(QLatin1String("unknown user")));
        const Credentials noPassword{"c", QByteArray("alice"), std::nullopt, {}};
        const auto quick = auth.tryQuick(noPassword, {});
        QVERIFY(quick);
        QCOMPARE(quick->outcome, AuthVerdict::Outcome::BadCredentials);
    }

    void missingPasswordIsAnsweredAlikeForEveryUserName()
    {
        // A user name without a password is refused without a key derivation
        // whether the user exists or not: were only unknown names checked
        // against the dummy hash, the time of the answer would tell which
        // user names exist.
        Authenticator auth(AuthConfig{FewIterations, 600, 100});
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hashPassword("secret", FewIterations)}}));
        for (const QByteArray &name : {QByteArray("alice"), QByteArray("mallory")}) {
            const Credentials noPassword{"c", name, std::nullopt, {}};
            const auto quick = auth.tryQuick(noPassword, {});
            QVERIFY2(quick, name.constData());
            QCOMPARE(quick->outcome, AuthVerdict::Outcome::BadCredentials);
        }
    }

    void verdictNamesTheHashItWasCheckedAgainst()
    {
        // The engine compares it with the user's hash when the CONNECT gets
        // there: a password changed meanwhile must not let the old one in.
        const QByteArray hash = hashPassword("secret", FewIterations);
        Authenticator auth(AuthConfig{FewIterations, 600, 100});
        auth.setPolicy(policyWith({{QStringLiteral("alice"), hash}}));
        const AuthVerdict slow = auth.authenticate(login("alice", "secret"), {});
        QVERIFY(slow.accepted());
        QCOMPARE(slow.passwordHash, hash);
        const auto cached = auth.tryQuick(login("alice", "secret"), {});
        QVERIFY(cached && cached->accepted());
        QCOMPARE(cached->passwordHash, hash);
        const Credentials withCert{"c", std::nullopt, std::nullopt, "alice"};
        const auto byCertificate = auth.tryQuick(withCert, ListenerAccess{false, true});
        QVERIFY(byCertificate && byCertificate->accepted());
        QVERIFY(byCertificate->passwordHash.isEmpty()); // no password involved
    }

    void userNameWithoutUsersIsAnonymous()
    {
        // Nobody set up users: a user name proves nothing and grants nothing more.
        Authenticator auth;
        const auto onLoopback = auth.tryQuick(login("alice", "x"), ListenerAccess{true, false});
        QVERIFY(onLoopback && onLoopback->accepted() && onLoopback->userName.isEmpty());
        const auto onLan = auth.tryQuick(login("alice", "x"), ListenerAccess{false, false});
        QVERIFY(onLan && !onLan->accepted());
    }

    void certificateIdentityIsTheUserName()
    {
        Authenticator auth;
        auth.setPolicy(policyWith({{QStringLiteral("bob"), hashPassword("pw", FewIterations)}}));
        const Credentials withCert{"c", std::nullopt, std::nullopt, "sensor-7"};
        const auto verdict = auth.tryQuick(withCert, ListenerAccess{false, true});
        QVERIFY(verdict && verdict->accepted());
        QCOMPARE(verdict->userName, QByteArray("sensor-7"));
        // Without identity-as-user-name the certificate does not log anyone in.
        const auto plain = auth.tryQuick(withCert, ListenerAccess{false, false});
        QVERIFY(plain && !plain->accepted());
    }

    void cacheIsBounded()
    {
        Authenticator auth(AuthConfig{FewIterations, 600, 2});
        QHash<QString, QByteArray> users;
        for (const char *name : {"a", "b", "c"})
            users.insert(QString::fromLatin1(name), hashPassword("pw", FewIterations));
        auth.setPolicy(policyWith(users));
        for (const char *name : {"a", "b", "c"})
            QVERIFY(auth.authenticate(login(name, "pw"), {}).accepted());
        QCOMPARE(auth.cachedCount(), 2);
    }

    void connectionRateLimit()
    {
        AbuseGuard guard(AbuseLimits{10, 3, true, 0, 1, 60});
        const QHostAddress lan(QStringLiteral("192.168.1.20"));
        qint64 now = 1'000'000;
        for (int i = 0; i < 3; ++i)
            QVERIFY(guard.admitConnection(lan, now)); // the burst
        QVERIFY(!guard.admitConnection(lan, now));
        now += 100; // one token per 100 ms at 10/s
        QVERIFY(guard.admitConnection(lan, now));
        QVERIFY(!guard.admitConnection(lan, now));
        // Another address has its own bucket; loopback is exempt by default.
        QVERIFY(guard.admitConnection(QHostAddress(QStringLiteral("192.168.1.21")), now));
        for (int i = 0; i < 50; ++i)
            QVERIFY(guard.admitConnection(QHostAddress(QHostAddress::LocalHost), now));
        AbuseGuard strict(AbuseLimits{10, 1, false, 0, 1, 60});
        QVERIFY(strict.admitConnection(QHostAddress(QHostAddress::LocalHost), now));
        QVERIFY(!strict.admitConnection(QHostAddress(QHostAddress::LocalHost), now));
    }

    void backoffAfterFailedLogins()
    {
        AbuseGuard guard(AbuseLimits{0, 1, true, 3, 1, 8});
        const QHostAddress lan(QStringLiteral("10.0.0.5"));
        qint64 now = 5'000;
        guard.recordAuthFailure(lan, now);
        guard.recordAuthFailure(lan, now);
        QCOMPARE(guard.backoffRemainingMs(lan, now), 0);
        guard.recordAuthFailure(lan, now); // the third: 1 s
        QCOMPARE(guard.backoffRemainingMs(lan, now), 1000);
        guard.recordAuthFailure(lan, now); // doubling
        QCOMPARE(guard.backoffRemainingMs(lan, now), 2000);
        for (int i = 0; i < 10; ++i)
            guard.recordAuthFailure(lan, now);
        QCOMPARE(guard.backoffRemainingMs(lan, now), 8000); // capped
        QCOMPARE(guard.backoffRemainingMs(lan, now + 8000), 0);
        guard.recordAuthSuccess(lan);
        guard.recordAuthFailure(lan, now);
        QCOMPARE(guard.backoffRemainingMs(lan, now), 0); // a success starts the count afresh
        QCOMPARE(guard.backoffRemainingMs(QHostAddress(QStringLiteral("10.0.0.6")), now), 0);
    }

    void filterCovers_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<bool>("covered");
        QTest::newRow("same topic") << QByteArray("a/b") << QByteArray("a/b") << true;
        QTest::newRow("other topic") << QByteArray("a/b") << QByteArray("a/c") << false;
        QTest::newRow("hash covers deeper wildcards") << QByteArray("a/#") << QByteArray("a/+/b") << true;
        QTest::newRow("hash covers its parent") << QByteArray("a/#") << QByteArray("a") << true;
        QTest::newRow("hash covers hash") << QByteArray("a/#") << QByteArray("a/#") << true;
        QTest::newRow("plus does not cover hash") << QByteArray("a/+") << QByteArray("a/#") << false;
        QTest::newRow("plus covers plus") << QByteArray("a/+") << QByteArray("a/+") << true;
        QTest::newRow("literal does not cover plus") << QByteArray("a/b") << QByteArray("a/+") << false;
        QTest::newRow("plus needs the level") << QByteArray("a/+") << QByteArray("a") << false;
        QTest::newRow("deeper filter") << QByteArray("a/b") << QByteArray("a/b/c") << false;
        QTest::newRow("root hash covers everything") << QByteArray("#") << QByteArray("x/y/#") << true;
        // MQTT-4.7.2-1: wildcards at the first level never match '$' topics.
        QTest::newRow("hash does not cover $SYS") << QByteArray("#") << QByteArray("$SYS/#") << false;
        QTest::newRow("plus does not cover $SYS") << QByteArray("+/#") << QByteArray("$SYS/x") << false;
        QTest::newRow("$SYS rule covers $SYS") << QByteArray("$SYS/#") << QByteArray("$SYS/broker/x") << true;
        QTest::newRow("empty levels") << QByteArray("a//+") << QByteArray("a//b") << true;
    }
    void filterCovers()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, filter);
        QFETCH(bool, covered);
        QCOMPARE(homewire::broker::access::filterCovers(rule, filter), covered);
    }

    void aclWithoutRulesAllowsEverything()
    {
        const TopicAcl acl = TopicAcl::compile(AccessPolicy{}, "alice", "c1");
        QVERIFY(acl.isUnrestricted());
        QVERIFY(acl.mayPublish("any/topic"));
        QVERIFY(acl.maySubscribe("#"));
    }

    void aclRulesBySubject()
    {
        AccessPolicy policy;
        policy.rules = {
            rule(AclSubject::User, QStringLiteral("alice"), "home/#", AclAccess::ReadWrite),
            rule(AclSubject::ClientId, QStringLiteral("sensor-1"), "sensors/1/#", AclAccess::Write),
            rule(AclSubject::Anonymous, {}, "public/#", AclAccess::Read),
            rule(AclSubject::Everyone, {}, "users/%u/#", AclAccess::ReadWrite),
            rule(AclSubject::Everyone, {}, "clients/%c", AclAccess::Write),
        };
        const TopicAcl alice = TopicAcl::compile(policy, "alice", "phone");
        QVERIFY(!alice.isUnrestricted());
        QVERIFY(alice.mayPublish("home/office/lamp"));
        QVERIFY(alice.maySubscribe("home/+/lamp"));
        QVERIFY(!alice.mayPublish("sensors/1/t"));
        QVERIFY(!alice.maySubscribe("public/#")); // anonymous rules are not hers
        QVERIFY(alice.mayPublish("users/alice/x"));
        QVERIFY(!alice.mayPublish("users/bob/x"));
        QVERIFY(alice.mayPublish("clients/phone"));
        QVERIFY(!alice.maySubscribe("#")); // deny by default once rules exist

        const TopicAcl sensor = TopicAcl::compile(policy, "", "sensor-1");
        QVERIFY(sensor.mayPublish("sensors/1/temperature"));
        QVERIFY(!sensor.maySubscribe("sensors/1/#")); // write only
        QVERIFY(sensor.maySubscribe("public/news"));  // anonymous: read
        QVERIFY(!sensor.mayPublish("public/news"));
        QVERIFY(!sensor.mayPublish("users//x")); // %u never matches anonymous clients
    }

    void placeholdersRefuseWildcardNames()
    {
        AccessPolicy policy;
        policy.rules = {rule(AclSubject::Everyone, {}, "users/%u/#", AclAccess::ReadWrite)};
        // A user name with wildcards or separators would widen the rule.
        QVERIFY(!TopicAcl::compile(policy, "+", "c").maySubscribe("users/+/#"));
        QVERIFY(!TopicAcl::compile(policy, "#", "c").mayPublish("users/x/y"));
        QVERIFY(!TopicAcl::compile(policy, "a/b", "c").mayPublish("users/a/b/c"));
        QVERIFY(TopicAcl::compile(policy, "ab", "c").mayPublish("users/ab/c"));
        // A client named "$SYS" must not turn "%c/#" into the broker's own topics.
        AccessPolicy byClient;
        byClient.rules = {rule(AclSubject::Everyone, {}, "%c/#", AclAccess::Read)};
        QVERIFY(!TopicAcl::compile(byClient, "", "$SYS").maySubscribe("$SYS/#"));
        QVERIFY(TopicAcl::compile(byClient, "", "kitchen").maySubscribe("kitchen/#"));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
