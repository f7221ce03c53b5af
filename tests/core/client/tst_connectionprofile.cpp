// ConnectionProfile: parsing the --connect URL (mqtt, mqtts, ws, wss, user
// information, IPv6 literals, default ports) with a clear message for each
// kind of bad URL, and url() as the inverse of the parser.

#include "client/connectionprofile.h"

#include <QTest>

using namespace homewire;
using namespace homewire::client;

Q_DECLARE_METATYPE(homewire::client::Transport)

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void urlRoundTrip_data();
    void urlRoundTrip();
    void hostAndPort();
    void parsedProfileIsNamedAfterItsUrl();
    void parsedProfileKeepsDefaults();
    void transportNames();
};

void TestConnectionProfile::parseValid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path"); // only compared for WebSocket transports
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");

    const QString mqttPath = QStringLiteral("/mqtt");
    auto row = [&](const char *name, const char *url, Transport transport, const char *host, int port,
                   const QString &path = QStringLiteral("/mqtt"), const QString &user = QString(),
                   const QString &password = QString()) {
        QTest::newRow(name) << QString::fromUtf8(url) << transport << QString::fromUtf8(host) << port << path
                            << user << password;
    };
    row("mqtt, default port 1883", "mqtt://broker.local", Transport::Tcp, "broker.local", 1883);
    row("mqtt, explicit port", "mqtt://127.0.0.1:1884", Transport::Tcp, "127.0.0.1", 1884);
    row("mqtt, trailing slash", "mqtt://broker.local/", Transport::Tcp, "broker.local", 1883);
    row("mqtt, highest port", "mqtt://h:65535", Transport::Tcp, "h", 65535);
    row("mqtts, default port 8883", "mqtts://broker.local", Transport::Tls, "broker.local", 8883);
    row("mqtts, explicit port", "mqtts://broker.local:18883", Transport::Tls, "broker.local", 18883);
    row("ws, default port 80 and path /mqtt", "ws://broker.local", Transport::WebSocket, "broker.local", 80);
    row("ws, port and path", "ws://broker.local:9001/ws", Transport::WebSocket, "broker.local", 9001,
        QStringLiteral("/ws"));
    row("ws, root path", "ws://broker.local/", Transport::WebSocket, "broker.local", 80, QStringLiteral("/"));
    row("wss, default port 443", "wss://broker.local", Transport::SecureWebSocket, "broker.local", 443);
    row("wss, path with query", "wss://broker.local/mqtt?token=1", Transport::SecureWebSocket, "broker.local",
        443, QStringLiteral("/mqtt?token=1"));
    row("user and password", "mqtt://alice:s3cret@broker.local", Transport::Tcp, "broker.local", 1883,
        mqttPath, QStringLiteral("alice"), QStringLiteral("s3cret"));
    row("user without password", "mqtt://alice@broker.local:1883", Transport::Tcp, "broker.local", 1883,
        mqttPath, QStringLiteral("alice"));
    row("percent-encoded password", "mqtt://alice:p%40ss%3Aw%2Frd@h", Transport::Tcp, "h", 1883, mqttPath,
        QStringLiteral("alice"), QStringLiteral("p@ss:w/rd"));
    row("password containing '@' (the last '@' ends it)", "mqtt://alice:p@ss@h", Transport::Tcp, "h", 1883,
        mqttPath, QStringLiteral("alice"), QStringLiteral("p@ss"));
    row("IPv6 loopback with port", "mqtt://[::1]:1883", Transport::Tcp, "::1", 1883);
    row("IPv6 with default port", "mqtts://[2001:db8::1]", Transport::Tls, "2001:db8::1", 8883);
    row("IPv6 with user and ws path", "ws://bob:pw@[fe80::1]:8080/mqtt", Transport::WebSocket, "fe80::1",
        8080, mqttPath, QStringLiteral("bob"), QStringLiteral("pw"));
    row("scheme in capitals", "MQTTS://Broker.Local:1", Transport::Tls, "Broker.Local", 1);
    row("surrounding white space", "  mqtt://h:1  ", Transport::Tcp, "h", 1);
}

void TestConnectionProfile::parseValid()
{
    QFETCH(QString, url);
    QFETCH(Transport, transport);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, username);
    QFETCH(QString, password);

    const auto parsed = parseConnectionUrl(url);
    QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error().message));
    const ConnectionProfile &p = parsed.value();
    QCOMPARE(p.transport, transport);
    QCOMPARE(p.host, host);
    QCOMPARE(int(p.port), port);
    if (p.usesWebSocket())
        QCOMPARE(p.webSocketPath, path);
    QCOMPARE(p.username, username);
    QCOMPARE(p.password, password);
}

void TestConnectionProfile::parseInvalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason"); // what the message must say

    auto row = [](const char *name, const char *url, const char *reason) {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(reason);
    };
    row("empty", "", "must start with mqtt://, mqtts://, ws:// or wss://");
    row("no scheme", "broker.local:1883", "must start with mqtt://, mqtts://, ws:// or wss://");
    row("scheme without slashes", "mqtt:broker.local", "must start with mqtt://");
    row("unknown scheme http", "http://broker.local", "unknown scheme “http”");
    row("Paho's tcp scheme is not a Homewire URL", "tcp://broker.local:1883", "unknown scheme “tcp”");
    row("missing host", "mqtt://", "the host name is missing");
    row("missing host before port", "mqtt://:1883", "the host name is missing");
    row("missing host after user", "mqtt://alice@", "the host name is missing");
    row("space in host name", "mqtt://bad host", "“bad host” is not a valid host name");
    row("port 0", "mqtt://h:0", "invalid port “0” (use a number from 1 to 65535)");
    row("port 65536", "mqtt://h:65536", "invalid port “65536”");
    row("port not a number", "mqtt://h:abc", "invalid port “abc”");
    row("negative port", "mqtt://h:-1", "invalid port “-1”");
    row("very long port", "mqtt://h:0000001883", "invalid port “0000001883”");
    row("colon without port", "mqtt://h:", "the port number after “:” is missing");
    row("IPv6 without brackets", "mqtt://::1:1883", "IPv6 addresses must be written in brackets");
    row("IPv6 without closing bracket", "mqtt://[::1:1883", "no closing “]”");
    row("brackets around a host name", "mqtt://[broker]:1883", "“broker” is not an IPv6 address");
    row("junk after IPv6 literal", "mqtt://[::1]x", "unexpected “x” after the IPv6 address");
    row("empty user name", "mqtt://:secret@h", "the user name before “@” is empty");
    row("path on mqtt://", "mqtt://h/sensors", "mqtt:// URLs have no path or query (“/sensors”)");
    row("query on mqtts://", "mqtts://h?x=1", "mqtts:// URLs have no path or query");
    row("fragment", "ws://h/mqtt#top", "no “#” fragment");
}

void TestConnectionProfile::parseInvalid()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);

    const auto parsed = parseConnectionUrl(url);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.errorCode(), ProfileError::InvalidUrl);
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(reason), qPrintable(message));
    // The message names the URL, so the user sees what was read.
    QVERIFY2(message.contains(QStringLiteral("“%1”").arg(url.trimmed())), qPrintable(message));
}

void TestConnectionProfile::urlRoundTrip_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");

    QTest::newRow("tcp") << Transport::Tcp << QStringLiteral("broker.local") << 1883
                         << QStringLiteral("/mqtt") << QStringLiteral("mqtt://broker.local:1883");
    QTest::newRow("tls") << Transport::Tls << QStringLiteral("10.0.0.2") << 8883 << QStringLiteral("/mqtt")
                         << QStringLiteral("mqtts://10.0.0.2:8883");
    QTest::newRow("websocket") << Transport::WebSocket << QStringLiteral("h") << 9001 << QStringLiteral("/ws")
                               << QStringLiteral("ws://h:9001/ws");
    QTest::newRow("secure websocket, path without slash")
        << Transport::SecureWebSocket << QStringLiteral("h") << 443 << QStringLiteral("mqtt")
        << QStringLiteral("wss://h:443/mqtt");
    QTest::newRow("IPv6 in brackets") << Transport::Tcp << QStringLiteral("::1") << 1883
                                      << QStringLiteral("/mqtt") << QStringLiteral("mqtt://[::1]:1883");
}

void TestConnectionProfile::urlRoundTrip()
{
    QFETCH(Transport, transport);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, url);

    ConnectionProfile profile;
    profile.transport = transport;
    profile.host = host;
    profile.port = quint16(port);
    profile.webSocketPath = path;
    QCOMPARE(profile.url(), url);

    const auto parsed = parseConnectionUrl(profile.url());
    QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->transport, transport);
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->url(), url);
}

void TestConnectionProfile::hostAndPort()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("broker.local");
    profile.port = 1883;
    QCOMPARE(profile.hostAndPort(), QStringLiteral("broker.local:1883"));
    profile.host = QStringLiteral("2001:db8::1");
    QCOMPARE(profile.hostAndPort(), QStringLiteral("[2001:db8::1]:1883"));
}

void TestConnectionProfile::parsedProfileIsNamedAfterItsUrl()
{
    // The name is the URL without the user information: a password must
    // never show up in a profile list.
    const auto parsed = parseConnectionUrl(QStringLiteral("mqtt://alice:secret@broker.local"));
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->name, QStringLiteral("mqtt://broker.local:1883"));
    QVERIFY(!parsed->name.contains(QLatin1String("secret")));
}

void TestConnectionProfile::parsedProfileKeepsDefaults()
{
    const auto parsed = parseConnectionUrl(QStringLiteral("mqtt://h"));
    QVERIFY(parsed.hasValue());
    const ConnectionProfile defaults;
    QCOMPARE(parsed->protocolVersion, defaults.protocolVersion);
    QCOMPARE(parsed->clientId, QString());
    QCOMPARE(parsed->keepAliveSeconds, defaults.keepAliveSeconds);
    QCOMPARE(parsed->cleanSession, true);
    QCOMPARE(parsed->subscriptions, defaults.subscriptions);
    QCOMPARE(parsed->id, 0);
}

void TestConnectionProfile::transportNames()
{
    const QStringList names = {transportName(Transport::Tcp), transportName(Transport::Tls),
                               transportName(Transport::WebSocket),
                               transportName(Transport::SecureWebSocket)};
    QCOMPARE(names, (QStringList{QStringLiteral("TCP"), QStringLiteral("TLS"), QStringLiteral("WebSocket"),
                                 QStringLiteral("WebSocket over TLS")}));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
