// The sentences of clienterrors.h: CONNACK return codes (MQTT 3.1.1 section
// 3.2.2.3) and reason codes (5.0 section 2.4), SUBACK failures (3.1.1 section
// 3.9.3), lost connections, socket and TLS failures.

#include "client/clienterrors.h"

#include <QTest>

using namespace homewire;
using namespace homewire::client;
using homewire::mqtt::ProtocolVersion;

Q_DECLARE_METATYPE(homewire::mqtt::ProtocolVersion)

class TestClientErrors : public QObject
{
    Q_OBJECT

private slots:
    void connack_data();
    void connack();
    void reasonCodes_data();
    void reasonCodes();
    void suback_data();
    void suback();
    void lostConnection();
    void socketErrors_data();
    void socketErrors();
    void certificateErrors();
    void handshakeAndTimeout();
};

void TestClientErrors::connack_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");

    auto row = [](const char *name, ProtocolVersion version, int code, const char *text) {
        QTest::newRow(name) << version << code << QString::fromUtf8(text);
    };
    row("3.1.1 code 1: unacceptable protocol version (3.2.2.3)", ProtocolVersion::V311, 1,
        "connection refused: unacceptable protocol version");
    row("3.1.1 code 2: identifier rejected", ProtocolVersion::V311, 2,
        "connection refused: identifier rejected");
    row("3.1.1 code 3: server unavailable", ProtocolVersion::V311, 3,
        "connection refused: server unavailable");
    row("3.1.1 code 4: bad user name or password", ProtocolVersion::V311, 4,
        "connection refused: bad user name or password");
    row("3.1.1 code 5: not authorized", ProtocolVersion::V311, 5, "connection refused: not authorized");
    row("3.1 uses the same codes", ProtocolVersion::V31, 5, "connection refused: not authorized");
    row("3.1.1 reserved code 6", ProtocolVersion::V311, 6, "connection refused: return code 6");
    row("5.0 0x84 unsupported protocol version", ProtocolVersion::V5, 0x84,
        "connection refused: unsupported protocol version");
    row("5.0 0x85 client identifier not valid", ProtocolVersion::V5, 0x85,
        "connection refused: client identifier not valid");
    row("5.0 0x86 bad user name or password", ProtocolVersion::V5, 0x86,
        "connection refused: bad user name or password");
    row("5.0 0x87 not authorized", ProtocolVersion::V5, 0x87, "connection refused: not authorized");
    row("5.0 0x88 server unavailable", ProtocolVersion::V5, 0x88, "connection refused: server unavailable");
    row("5.0 0x8A banned", ProtocolVersion::V5, 0x8A, "connection refused: banned");
    row("5.0 0x9F connection rate exceeded", ProtocolVersion::V5, 0x9F,
        "connection refused: connection rate exceeded");
}

void TestClientErrors::connack()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, code);
    QFETCH(QString, text);
    QCOMPARE(connackErrorText(version, code), text);
}

void TestClientErrors::reasonCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("0x80") << 0x80 << QStringLiteral("unspecified error");
    QTest::newRow("0x8B") << 0x8B << QStringLiteral("server shutting down");
    QTest::newRow("0x8E") << 0x8E << QStringLiteral("session taken over");
    QTest::newRow("0x8F") << 0x8F << QStringLiteral("topic filter invalid");
    QTest::newRow("0x97") << 0x97 << QStringLiteral("quota exceeded");
    QTest::newRow("0xA2") << 0xA2 << QStringLiteral("wildcard subscriptions not supported");
    QTest::newRow("unassigned 0xFE") << 0xFE << QStringLiteral("reason code 0xfe");
    QTest::newRow("unassigned 0x05") << 0x05 << QStringLiteral("reason code 0x05");
}

void TestClientErrors::reasonCodes()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QCOMPARE(reasonCodeText(quint8(code)), text);
}

void TestClientErrors::suback_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("3.1.1 failure 0x80 gives no reason (3.9.3)")
        << ProtocolVersion::V311 << 0x80 << QStringLiteral("subscription to “a/#” refused by the broker");
    QTest::newRow("5.0 0x80 unspecified")
        << ProtocolVersion::V5 << 0x80 << QStringLiteral("subscription to “a/#” refused by the broker");
    QTest::newRow("5.0 0x87 not authorized")
        << ProtocolVersion::V5 << 0x87 << QStringLiteral("subscription to “a/#” refused: not authorized");
    QTest::newRow("5.0 0x8F topic filter invalid")
        << ProtocolVersion::V5 << 0x8F
        << QStringLiteral("subscription to “a/#” refused: topic filter invalid");
}

void TestClientErrors::suback()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, code);
    QFETCH(QString, text);
    QCOMPARE(subackErrorText(version, QStringLiteral("a/#"), code), text);
}

void TestClientErrors::lostConnection()
{
    QCOMPARE(connectionLostText(QString()),
             QStringLiteral("connection lost: the broker or the network closed it"));
    QCOMPARE(connectionLostText(QStringLiteral("Broken pipe")),
             QStringLiteral("connection lost: broken pipe"));
    QCOMPARE(serverDisconnectText(0x8B),
             QStringLiteral("connection lost: the broker disconnected (server shutting down)"));
    QCOMPARE(serverDisconnectText(0x00), QStringLiteral("connection lost: the broker disconnected"));
    QCOMPARE(pubackErrorText(0x87), QStringLiteral("publication refused: not authorized"));
}

void TestClientErrors::socketErrors_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<QString>("text");
    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError
                             << QStringLiteral("Connection refused")
                             << QStringLiteral("cannot connect to 127.0.0.1:1883: connection refused");
    QTest::newRow("DNS failure") << QAbstractSocket::HostNotFoundError << QStringLiteral("Host not found")
                                 << QStringLiteral("cannot connect to 127.0.0.1:1883: host not found");
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << QString()
                             << QStringLiteral("cannot connect to 127.0.0.1:1883: timed out");
    QTest::newRow("other errors use the socket's words, lower-cased")
        << QAbstractSocket::NetworkError << QStringLiteral("Network unreachable")
        << QStringLiteral("cannot connect to 127.0.0.1:1883: network unreachable");
    QTest::newRow("an acronym keeps its capitals")
        << QAbstractSocket::ProxyConnectionRefusedError << QStringLiteral("HTTP proxy refused")
        << QStringLiteral("cannot connect to 127.0.0.1:1883: HTTP proxy refused");
}

void TestClientErrors::socketErrors()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, errorString);
    QFETCH(QString, text);
    QCOMPARE(socketErrorText(error, QStringLiteral("127.0.0.1:1883"), errorString), text);
}

void TestClientErrors::certificateErrors()
{
    const QString host = QStringLiteral("broker.local");
    const QSslError untrusted(QSslError::SelfSignedCertificateInChain);
    const QSslError mismatch(QSslError::HostNameMismatch);
    const QSslError expired(QSslError::CertificateExpired);

    QCOMPARE(certificateErrorText(host, {untrusted}),
             QStringLiteral("TLS: certificate not trusted for host broker.local (%1)")
                 .arg(untrusted.errorString()));
    // An unknown CA is what the user can fix; it goes first.
    QVERIFY(certificateErrorText(host, {mismatch, untrusted})
                .startsWith(QLatin1String("TLS: certificate not trusted for host broker.local")));
    QVERIFY(certificateErrorText(host, {QSslError(QSslError::UnableToGetLocalIssuerCertificate)})
                .startsWith(QLatin1String("TLS: certificate not trusted for host broker.local")));
    QCOMPARE(certificateErrorText(host, {mismatch}),
             QStringLiteral("TLS: the certificate does not match host broker.local"));
    QCOMPARE(certificateErrorText(host, {expired, mismatch}),
             QStringLiteral("TLS: the certificate of host broker.local has expired"));
    QVERIFY(certificateErrorText(host, {QSslError(QSslError::NoPeerCertificate)})
                .startsWith(QLatin1String("TLS: certificate of host broker.local rejected (")));
    QCOMPARE(certificateErrorText(host, {}), QString());
}

void TestClientErrors::handshakeAndTimeout()
{
    QCOMPARE(tlsHandshakeErrorText(QStringLiteral("Error during SSL handshake: wrong version number")),
             QStringLiteral("TLS handshake failed: error during SSL handshake: wrong version number"));
    QCOMPARE(connectTimeoutText(QStringLiteral("h:1883"), 10),
             QStringLiteral("cannot connect to h:1883: no answer from the broker within 10 s"));
}

QTEST_GUILESS_MAIN(TestClientErrors)
#include "tst_clienterrors.moc"
