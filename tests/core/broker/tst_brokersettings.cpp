// BrokerSettings: the configuration file of homewire-broker. Listeners
// (plain and TLS), the login and abuse limits, and that every mistake is
// reported with the line it is on.
#include "broker/brokersettings.h"

#include <QTest>

using namespace homewire;
using namespace homewire::broker;

class tst_BrokerSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreOnePlainLoopbackListener()
    {
        auto parsed = parseBrokerSettings("");
        QVERIFY(parsed);
        QCOMPARE(parsed->listeners.size(), 1);
        const ListenerSettings &l = parsed->listeners.first();
        QCOMPARE(l.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(l.port, quint16(1883));
        QVERIFY(!l.tls);
        QVERIFY(l.anonymousAllowed()); // loopback: anonymous by default
    }

    void portAndBindAddressSetTheFirstListener()
    {
        auto parsed = parseBrokerSettings("listener 8883 0.0.0.0\ncertfile s.crt\nkeyfile s.key\n"
                                          "port 1884\nbind_address 192.168.1.2\n");
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->listeners.size(), 2);
        QCOMPARE(parsed->listeners.at(0).port, quint16(1884));
        QCOMPARE(parsed->listeners.at(0).address, QHostAddress(QStringLiteral("192.168.1.2")));
        QVERIFY(!parsed->listeners.at(0).anonymousAllowed()); // not loopback
        QCOMPARE(parsed->listeners.at(1).port, quint16(8883));
    }

    void tlsListenerWithEveryOption()
    {
        auto parsed = parseBrokerSettings("# TLS on the LAN\n"
                                          "listener 8883 any\n"
                                          "certfile /etc/hw/server.crt\n"
                                          "keyfile /etc/hw/server key.pem\n"
                                          "cafile /etc/hw/ca.crt\n"
                                          "crlfile /etc/hw/ca.crl\n"
                                          "client_certificates optional\n"
                                          "use_identity_as_username true\n"
                                          "identity_field san\n"
                                          "tls_version tlsv1.3\n"
                                          "ciphers TLS_AES_128_GCM_SHA256\n"
                                          "allow_anonymous true\n");
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->listeners.size(), 2);
        const ListenerSettings &l = parsed->listeners.at(1);
        QVERIFY(l.tls);
        QCOMPARE(l.address, QHostAddress(QHostAddress::Any));
        QCOMPARE(l.certFile, QStringLiteral("/etc/hw/server.crt"));
        QCOMPARE(l.keyFile, QStringLiteral("/etc/hw/server key.pem")); // the rest of the line
        QCOMPARE(l.caFile, QStringLiteral("/etc/hw/ca.crt"));
        QCOMPARE(l.crlFile, QStringLiteral("/etc/hw/ca.crl"));
        QCOMPARE(l.clientCertificates, ClientCertificates::Optional);
        QVERIFY(l.identityAsUserName);
        QCOMPARE(l.identity, CertificateIdentity::SubjectAltName);
        QCOMPARE(l.tlsMinimum, TlsMinimum::Tls13);
        QCOMPARE(l.ciphers, QStringLiteral("TLS_AES_128_GCM_SHA256"));
        QCOMPARE(l.allowAnonymous, std::optional<bool>(true));
        QVERIFY(!parsed->listeners.at(0).tls); // the default listener is untouched
    }

    void listenerOptionsBeforeAnyListenerApplyToTheDefaultOne()
    {
        auto parsed =
            parseBrokerSettings("port 8883\ncertfile s.crt\nkeyfile s.key\nrequire_certificate true\n"
                                "cafile ca.crt\nallow_anonymous false\n");
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->listeners.size(), 1);
        QVERIFY(parsed->listeners.first().tls);
        QCOMPARE(parsed->listeners.first().clientCertificates, ClientCertificates::Require);
        QVERIFY(!parsed->listeners.first().anonymousAllowed());
    }

    void requireCertificateFalseTurnsThemOff()
    {
        auto parsed = parseBrokerSettings("certfile s.crt\nkeyfile s.key\ncafile ca.crt\n"
                                          "require_certificate true\nrequire_certificate false\n");
        QVERIFY(parsed);
        QCOMPARE(parsed->listeners.first().clientCertificates, ClientCertificates::Off);
    }

    void accessAndAbuseLimits()
    {
        auto parsed = parseBrokerSettings("password_iterations 1000\nauth_cache_seconds 0\n"
                                          "max_connection_rate 0\nconnection_burst 7\n"
                                          "rate_limit_loopback true\nauth_failures_before_backoff 3\n"
                                          "auth_backoff_first 4\nauth_backoff_max 60\n");
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->broker.auth.passwordIterations, 1000);
        QCOMPARE(parsed->broker.auth.cacheSeconds, 0);
        QCOMPARE(parsed->broker.abuse.connectionsPerSecond, 0);
        QCOMPARE(parsed->broker.abuse.connectionBurst, 7);
        QCOMPARE(parsed->broker.abuse.exemptLoopback, false);
        QCOMPARE(parsed->broker.abuse.failuresBeforeBackoff, 3);
        QCOMPARE(parsed->broker.abuse.firstBackoffSeconds, 4);
        QCOMPARE(parsed->broker.abuse.maxBackoffSeconds, 60);
    }

    void commandLineOverrideOfPortKeepsOtherListeners()
    {
        auto parsed = parseBrokerSettings("listener 8883\ncertfile a\nkeyfile b\n");
        QVERIFY(parsed);
        BrokerSettings settings = parsed.value();
        QVERIFY(applyBrokerSetting(settings, "port", "0"));
        QCOMPARE(settings.listeners.at(0).port, quint16(0));
        QCOMPARE(settings.listeners.at(1).port, quint16(8883));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // the whole message starts with it

        QTest::newRow("listener without a port")
            << QByteArray("\nlistener\n") << "line 2: listener: a value is missing";
        QTest::newRow("listener port out of range")
            << QByteArray("listener 70000\n") << "line 1: listener: '70000' is not a port";
        QTest::newRow("listener with a bad address") << QByteArray("# x\nlistener 8883 nowhere\n")
                                                     << "line 2: listener: 'nowhere' is not an IP address";
        QTest::newRow("listener with three words") << QByteArray("listener 8883 127.0.0.1 extra\n")
                                                   << "line 1: listener: '8883 127.0.0.1 extra' is not";
        QTest::newRow("require_certificate not a boolean")
            << QByteArray("listener 8883\nrequire_certificate yes\n")
            << "line 2: require_certificate: 'yes' is not true or false";
        QTest::newRow("client_certificates unknown")
            << QByteArray("client_certificates always\n")
            << "line 1: client_certificates: 'always' is not off, optional or require";
        QTest::newRow("identity_field unknown")
            << QByteArray("identity_field uid\n") << "line 1: identity_field: 'uid' is not cn or san";
        QTest::newRow("tls_version too old") << QByteArray("tls_version tlsv1.1\n")
                                             << "line 1: tls_version: 'tlsv1.1' is not tlsv1.2 or tlsv1.3";
        QTest::newRow("allow_anonymous not a boolean")
            << QByteArray("\n\nallow_anonymous 1\n") << "line 3: allow_anonymous: '1' is not true or false";
        QTest::newRow("password_iterations too few")
            << QByteArray("password_iterations 999\n")
            << "line 1: password_iterations: '999' is not a whole number from 1000 to 10000000";
        QTest::newRow("password_iterations too many")
            << QByteArray("password_iterations 10000001\n")
            << "line 1: password_iterations: '10000001' is not a whole number from 1000 to 10000000";
        QTest::newRow("max_connection_rate negative")
            << QByteArray("max_connection_rate -1\n") << "line 1: max_connection_rate: '-1' is not";
        QTest::newRow("connection_burst zero")
            << QByteArray("connection_burst 0\n") << "line 1: connection_burst: '0' is not";
        QTest::newRow("rate_limit_loopback not a boolean")
            << QByteArray("rate_limit_loopback on\n")
            << "line 1: rate_limit_loopback: 'on' is not true or false";
        QTest::newRow("auth_backoff_max zero")
            << QByteArray("auth_backoff_max 0\n") << "line 1: auth_backoff_max: '0' is not";
        QTest::newRow("auth_cache_seconds words")
            << QByteArray("auth_cache_seconds ten\n") << "line 1: auth_cache_seconds: 'ten' is not";
        QTest::newRow("certfile without keyfile, on the listener's line")
            << QByteArray("port 1883\n\nlistener 8883\ncertfile s.crt\n")
            << "line 3: listener 127.0.0.1:8883: certfile is set but keyfile is missing";
        QTest::newRow("keyfile without certfile, default listener")
            << QByteArray("port 1883\nkeyfile s.key\nlog_level info\n")
            << "line 2: listener 127.0.0.1:1883: keyfile is set but certfile is missing";
        QTest::newRow("cafile on a plain listener")
            << QByteArray("listener 1884\ncafile ca.crt\n")
            << "line 1: listener 127.0.0.1:1884: cafile needs TLS (certfile and keyfile)";
        QTest::newRow("ciphers on a plain listener")
            << QByteArray("listener 1884\nciphers ECDHE-ECDSA-AES128-GCM-SHA256\n")
            << "line 1: listener 127.0.0.1:1884: ciphers needs TLS";
        QTest::newRow("required certificates without a cafile")
            << QByteArray("listener 8883\ncertfile a\nkeyfile b\nrequire_certificate true\n")
            << "line 1: listener 127.0.0.1:8883: client certificates need a cafile";
        QTest::newRow("crlfile without client certificates")
            << QByteArray("listener 8883\ncertfile a\nkeyfile b\ncafile c\ncrlfile d\n")
            << "line 1: listener 127.0.0.1:8883: crlfile needs client certificates";
        QTest::newRow("identity as user name without client certificates")
            << QByteArray("listener 8883\ncertfile a\nkeyfile b\nuse_identity_as_username true\n")
            << "line 1: listener 127.0.0.1:8883: use_identity_as_username needs client certificates";
        QTest::newRow("a second listener on the default port")
            << QByteArray("\nlistener 1883\n") << "line 2: listener 127.0.0.1:1883: its port is already used";
        QTest::newRow("every address overlaps loopback")
            << QByteArray("listener 1883 0.0.0.0\n")
            << "line 1: listener 0.0.0.0:1883: its port is already used";
        QTest::newRow("the first error wins")
            << QByteArray("listener 8883\ncertfile a\nmax_inflight_messages lots\n")
            << "line 3: max_inflight_messages";
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto parsed = parseBrokerSettings(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
    }

    void twoListenersOnPortZeroAreFine()
    {
        // Port 0 picks a free port each: no clash.
        auto parsed = parseBrokerSettings("port 0\nlistener 0\ncertfile a\nkeyfile b\n");
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    }

    void checkListenersTellsWhichOne()
    {
        QList<ListenerSettings> listeners(2);
        listeners[1].port = 8883;
        listeners[1].tls = true;
        listeners[1].certFile = QStringLiteral("s.crt");
        int index = -1;
        auto checked = checkListeners(listeners, &index);
        QVERIFY(!checked);
        QCOMPARE(index, 1);
        QCOMPARE(checked.errorCode(), SettingsError::IncompleteListener);
        QCOMPARE(checked.error().message,
                 QStringLiteral("listener 127.0.0.1:8883: certfile is set but keyfile is missing"));
        listeners[1].keyFile = QStringLiteral("s.key");
        QVERIFY(checkListeners(listeners));
    }

    void listenerNames()
    {
        ListenerSettings l;
        l.port = 8883;
        QCOMPARE(l.name(), QStringLiteral("127.0.0.1:8883"));
        l.address = QHostAddress(QHostAddress::LocalHostIPv6);
        QCOMPARE(l.name(), QStringLiteral("[::1]:8883"));
    }
};

QTEST_GUILESS_MAIN(tst_BrokerSettings)
#include "tst_brokersettings.moc"
