// MqttClient over its other transports: TLS (trusted and unknown CA, no
// verification, client certificates), WebSocket and WebSocket over TLS, and
// the sentences for transport failures, against TLS listeners of the broker
// under test configured the same way for both brokers (WebSocket listeners
// exist in Mosquitto only), with a CA and certificates made with the openssl
// tool at run time.
#include "mqttclienttest.h"

#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <memory>

using namespace homewire;
using namespace homewire::client;
using namespace mqttclienttest;
using homewire::mqtt::QoS;

class tst_MqttClientTransports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HW_START_BROKER(m_broker); }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void webSocketToPlainPort();
    void tlsAndWebSocket_data();
    void tlsAndWebSocket();
    void tlsFailures_data();
    void tlsFailures();

private:
    quint16 port() const { return m_broker.port(); }
    bool makeCertificates(QByteArray *diagnostics);
    // Starts `broker` with TLS listeners, and WebSocket ones on Mosquitto.
    bool startTransportBroker(BrokerProcess &broker, QByteArray *diagnostics);

    BrokerProcess m_broker;
    std::unique_ptr<QTemporaryDir> m_certificates;
    // Listener name ("tls", "ws", "wss", "mtls") -> port, set by startTransportBroker().
    QHash<QString, quint16> m_listeners;
};

void tst_MqttClientTransports::webSocketToPlainPort()
{
    // The TCP connection works, the WebSocket upgrade does not: the broker
    // reads "GET /mqtt HTTP/1.1" as a broken MQTT packet and hangs up.
    ConnectionProfile profile = profileFor(port());
    profile.transport = Transport::WebSocket;
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profile);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.errors.count(), 1, WaitMs);
    const QString text = recorder.errors.at(0).at(0).toString();
    QVERIFY2(text.startsWith(
                 QStringLiteral("cannot connect to 127.0.0.1:%1: WebSocket handshake failed (").arg(port())),
             qPrintable(text));
    QCOMPARE(client.state(), State::Reconnecting);
}

bool tst_MqttClientTransports::makeCertificates(QByteArray *diagnostics)
{
    if (m_certificates)
        return true;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *diagnostics = "openssl is not installed";
        return false;
    }
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return false;
    // Mosquitto reads its key after dropping root to its own user.
    QFile::setPermissions(dir->path(), QFile::permissions(dir->path()) | QFile::ReadOther | QFile::ExeOther);
    QFile ext(dir->filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n") < 0)
        return false;
    ext.close();
    const auto ca = [](const char *name, const char *cn) {
        return QStringList{QStringLiteral("req"),
                           QStringLiteral("-x509"),
                           QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"),
                           QStringLiteral("-days"),
                           QStringLiteral("2"),
                           QStringLiteral("-subj"),
                           QStringLiteral("/CN=%1").arg(QLatin1String(cn)),
                           QStringLiteral("-addext"),
                           QStringLiteral("basicConstraints=critical,CA:TRUE"),
                           QStringLiteral("-addext"),
                           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                           QStringLiteral("-keyout"),
                           QStringLiteral("%1.key").arg(QLatin1String(name)),
                           QStringLiteral("-out"),
                           QStringLiteral("%1.crt").arg(QLatin1String(name))};
    };
    const QList<QStringList> steps = {
        ca("ca", "Homewire Test CA"),
        ca("other", "Some Other CA"),
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
         QStringLiteral("server.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
         QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
         QStringLiteral("server.crt")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=homewire-test-client"),
         QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-out"),
         QStringLiteral("client.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("client.csr"),
         QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-out"), QStringLiteral("client.crt")},
    };
    for (const QStringList &arguments : steps) {
        if (!run(openssl, arguments, dir->path(), diagnostics))
            return false;
    }
    for (const char *file : {"ca.crt", "other.crt", "server.crt", "server.key", "client.crt", "client.key"}) {
        const QString path = dir->filePath(QLatin1String(file));
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::ReadGroup);
    }
    m_certificates = std::move(dir);
    return true;
}

bool tst_MqttClientTransports::startTransportBroker(BrokerProcess &broker, QByteArray *diagnostics)
{
    const QByteArray dir = m_certificates->path().toUtf8();
    const QByteArray certificates =
        "cafile " + dir + "/ca.crt\ncertfile " + dir + "/server.crt\nkeyfile " + dir + "/server.key\n";
    QByteArray config;
    m_listeners.clear();
    const QList<const char *> names = broker.isHomewire() ? QList<const char *>{"tls", "mtls"}
                                                          : QList<const char *>{"tls", "ws", "wss", "mtls"};
    for (const char *name : names) {
        const quint16 port = BrokerProcess::pickFreePort();
        m_listeners.insert(QLatin1String(name), port);
        config += "listener " + QByteArray::number(port) + " 127.0.0.1\n";
        const QByteArrayView kind(name);
        if (kind == "ws" || kind == "wss")
            config += "protocol websockets\n";
        if (kind != "ws")
            config += certificates;
        if (kind == "mtls")
            config += "require_certificate true\n";
    }
    broker.setExtraConfig(config);
    if (!broker.start()) {
        *diagnostics = broker.errorString().toUtf8() + '\n' + broker.logTail();
        return false;
    }
    // start() waits for the main listener only; Mosquitto opens the others
    // in turn, and a first attempt must not be refused by a port not yet open.
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        const quint16 port = it.value();
        const bool open = QTest::qWaitFor(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(100);
            },
            WaitMs);
        if (!open) {
            *diagnostics = "listener " + it.key().toUtf8() + " did not open\n" + broker.logTail();
            return false;
        }
    }
    return true;
}

void tst_MqttClientTransports::tlsAndWebSocket_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("ca"); // "ca", "other" or empty
    QTest::addColumn<bool>("skipVerify");
    QTest::addColumn<bool>("clientCertificate");
    const QString tls = QStringLiteral("tls");
    const QString ca = QStringLiteral("ca");
    QTest::newRow("TLS, trusted CA, 3.1.1") << tls << ProtocolVersion::V311 << ca << false << false;
    QTest::newRow("TLS, trusted CA, 5.0") << tls << ProtocolVersion::V5 << ca << false << false;
    QTest::newRow("TLS, unknown CA, verification off")
        << tls << ProtocolVersion::V311 << QStringLiteral("other") << true << false;
    QTest::newRow("TLS with a client certificate (require_certificate)")
        << QStringLiteral("mtls") << ProtocolVersion::V311 << ca << false << true;
    QTest::newRow("WebSocket, 3.1.1")
        << QStringLiteral("ws") << ProtocolVersion::V311 << QString() << false << false;
    QTest::newRow("WebSocket, 5.0") << QStringLiteral("ws") << ProtocolVersion::V5 << QString() << false
                                    << false;
    QTest::newRow("secure WebSocket, trusted CA")
        << QStringLiteral("wss") << ProtocolVersion::V311 << ca << false << false;
}

void tst_MqttClientTransports::tlsAndWebSocket()
{
    // A message goes round trip over the transport: the client publishes to
    // a filter it subscribed to itself.
    QFETCH(QString, listener);
    if (m_broker.isHomewire() && listener.startsWith(QLatin1String("ws")))
        QSKIP("homewire-broker has no WebSocket listener");
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, ca);
    QFETCH(bool, skipVerify);
    QFETCH(bool, clientCertificate);
    QByteArray diagnostics;
    if (!makeCertificates(&diagnostics))
        QSKIP(("cannot make test certificates: " + diagnostics).constData());
    BrokerProcess broker(m_broker.kind());
    QVERIFY2(startTransportBroker(broker, &diagnostics), diagnostics.constData());

    ConnectionProfile profile = profileFor(m_listeners.value(listener), version);
    profile.transport = listener == QLatin1String("ws")    ? Transport::WebSocket
                        : listener == QLatin1String("wss") ? Transport::SecureWebSocket
                                                           : Transport::Tls;
    if (!ca.isEmpty())
        profile.caFile = m_certificates->filePath(ca + QStringLiteral(".crt"));
    profile.skipVerify = skipVerify;
    if (clientCertificate) {
        profile.certificateFile = m_certificates->filePath(QStringLiteral("client.crt"));
        profile.keyFile = m_certificates->filePath(QStringLiteral("client.key"));
    }
    profile.subscriptions = {{QStringLiteral("transport/#"), QoS::AtLeastOnce}};
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profile);
    QVERIFY2(waitForState(client, State::Connected), why(client, recorder));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.subscribedOk(QStringLiteral("transport/#")), 1, WaitMs);
    client.publish("transport/echo", "over " + profile.url().toUtf8(), QoS::AtLeastOnce, false);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.countUnder("transport/echo"), 1, WaitMs);
    QCOMPARE(recorder.messagesUnder("transport/echo").first().payload, "over " + profile.url().toUtf8());
}

void tst_MqttClientTransports::tlsFailures_data()
{
    QTest::addColumn<QString>("listener"); // or "plain": the broker's MQTT port
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("error");    // the start of the sentence
    QTest::addColumn<QString>("mentions"); // and what else it must say
    QTest::newRow("certificate from an unknown CA")
        << QStringLiteral("tls") << QStringLiteral("other")
        << QStringLiteral("TLS: certificate not trusted for host 127.0.0.1 (") << QString();
    QTest::newRow("TLS to a plain MQTT port")
        << QStringLiteral("plain") << QStringLiteral("ca") << QStringLiteral("TLS handshake failed: ")
        << QStringLiteral("the broker closed the connection");
    QTest::newRow("no client certificate where one is required (TLS 1.3 alert)")
        << QStringLiteral("mtls") << QStringLiteral("ca") << QStringLiteral("TLS handshake failed: ")
        << QStringLiteral("certificate required");
}

void tst_MqttClientTransports::tlsFailures()
{
    QFETCH(QString, listener);
    QFETCH(QString, ca);
    QFETCH(QString, error);
    QFETCH(QString, mentions);
    QByteArray diagnostics;
    if (!makeCertificates(&diagnostics))
        QSKIP(("cannot make test certificates: " + diagnostics).constData());
    BrokerProcess broker(m_broker.kind());
    QVERIFY2(startTransportBroker(broker, &diagnostics), diagnostics.constData());

    ConnectionProfile profile =
        profileFor(listener == QLatin1String("plain") ? broker.port() : m_listeners.value(listener));
    profile.transport = Transport::Tls;
    profile.caFile = m_certificates->filePath(ca + QStringLiteral(".crt"));
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profile);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.errors.count(), 1, WaitMs);
    const QString text = recorder.errors.at(0).at(0).toString();
    QVERIFY2(text.startsWith(error), qPrintable(text));
    QVERIFY2(text.contains(mentions), qPrintable(text));
    QCOMPARE(client.state(), State::Reconnecting);
}

QTEST_GUILESS_MAIN(tst_MqttClientTransports)
#include "tst_mqttclienttransports.moc"
