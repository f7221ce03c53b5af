// TLS listeners of the broker under test, with real clients: mosquitto_pub
// and mosquitto_sub, openssl s_client, Paho C++ and a raw QSslSocket.
//
// Both brokers get the same Mosquitto-style configuration: the plain
// listener and three TLS ones (server certificate only; client certificates
// required, checked against a CRL, the certificate's CN as the user name;
// TLS 1.3 only). Mosquitto passing the same cases shows the tests expect what
// a TLS MQTT broker does. Homewire alone also gets a listener with optional
// client certificates, and is checked for its log lines, its command line,
// its start-up errors and the order of packets behind a password check.
#include "accesstest.h"
#include "brokertest.h"
#include "tlstest.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <chrono>
#include <memory>
#include <mqtt/async_client.h>
#include <vector>

using namespace tlstest;
using namespace tooltest;
using namespace std::chrono_literals;

namespace {

QByteArray u16(quint16 value)
{
    return QByteArray(1, char(value >> 8)) + char(value & 0xff);
}

QByteArray str(const QByteArray &bytes)
{
    return u16(quint16(bytes.size())) + bytes;
}

QByteArray frame(quint8 firstByte, const QByteArray &body)
{
    QByteArray out(1, char(firstByte));
    qsizetype length = body.size(); // Remaining Length, a variable byte integer
    do {
        const char digit = char(length % 128);
        length /= 128;
        out += char(digit | (length > 0 ? 0x80 : 0));
    } while (length > 0);
    return out + body;
}

// MQTT 3.1.1 CONNECT with user name and password, clean session, keep alive 60.
QByteArray connectBytes(const QByteArray &clientId, const QByteArray &user, const QByteArray &password)
{
    return frame(0x10,
                 str("MQTT") + char(4) + char(0xC2) + u16(60) + str(clientId) + str(user) + str(password));
}

qsizetype count(const QByteArray &log, const QByteArray &text)
{
    return log.count(text);
}

} // namespace

class tst_BrokerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void plainAndTlsListenersTogether();
    void retainedRoundTrip_data();
    void retainedRoundTrip();
    void requiredClientCertificates_data();
    void requiredClientCertificates();
    void optionalClientCertificates_data();
    void optionalClientCertificates();
    void identityIsTheUserName();
    void identityIsSubjectToTheUsersRules();
    void tlsVersionFloor_data();
    void tlsVersionFloor();
    void plainClientOnTlsPortIsClosedAlone();
    void pahoWithClientCertificate();
    void passwordsOverTls();
    void stuckTlsSubscriberIsDisconnected();
    void loginVerdictKeepsPacketOrder();
    void connectionFloodIsRefusedBeforeTls();
    void commandLineTlsListener();
    void badListenerFilesStopTheStart_data();
    void badListenerFilesStopTheStart();

private:
    // Configuration lines for a TLS listener on 127.0.0.1:`port` with the
    // PKI's server certificate, followed by `lines` (more of its settings).
    QByteArray tlsListener(quint16 port, const QByteArray &lines = {}) const;
    // `socket` connects to `port` with TLS, trusting the PKI's CA.
    void connectEncrypted(QSslSocket &socket, quint16 port) const;
    // Paho over TLS, trusting the PKI's CA; `certificate` as in clientArguments().
    ::mqtt::connect_options pahoOptions(const char *certificate = nullptr) const;
    // mosquitto_pub/sub arguments for a listener; `certificate` names a
    // client certificate of the PKI ("alice", ...), or none.
    QStringList clientArguments(quint16 port, const char *certificate = nullptr, bool tls = true) const;
    Outcome publish(quint16 port, const char *certificate, const QString &clientId, bool retain = false);
    Outcome homewire(const QStringList &arguments, const QByteArray &input = {}) const;
    // `homewire-broker <arguments> --data-dir <broker's>` with cheap hashes.
    Outcome manage(const BrokerProcess &broker, const QStringList &arguments,
                   const QByteArray &input = {}) const;
    QByteArray log() const { return m_broker.log(); }
    // The broker's latest "refused TLS client" line.
    QByteArray lastRefusal() const
    {
        const QByteArray all = log();
        const qsizetype at = all.lastIndexOf("refused TLS client");
        if (at < 0)
            return {};
        const qsizetype end = all.indexOf('\n', at);
        return all.mid(at, end < 0 ? -1 : end - at);
    }

    BrokerProcess m_broker;
    TestPki m_pki;
    quint16 m_tls = 0;      // server certificate only
    quint16 m_mutual = 0;   // client certificates required, CRL, identity as user name
    quint16 m_tls13 = 0;    // TLS 1.3 only
    quint16 m_optional = 0; // client certificates optional (Homewire only)
    int m_clients = 0;
};

void tst_BrokerTls::initTestCase()
{
    if (!mosquittoToolsInstalled())
        QSKIP("the mosquitto client tools (or coreutils' stdbuf) are not installed");
    QByteArray diagnostics;
    if (!m_pki.make(&diagnostics))
        QSKIP(diagnostics.constData());
    m_tls = BrokerProcess::pickFreePort();
    m_mutual = BrokerProcess::pickFreePort();
    m_tls13 = BrokerProcess::pickFreePort();
    m_optional = BrokerProcess::pickFreePort();
    const QByteArray ca = m_pki.path("ca.crt").toUtf8();
    QByteArray config =
        tlsListener(m_tls) +
        tlsListener(m_mutual, "cafile " + ca + "\ncrlfile " + m_pki.path("ca.crl").toUtf8() +
                                  "\nrequire_certificate true\nuse_identity_as_username true\n") +
        tlsListener(m_tls13, "tls_version tlsv1.3\n");
    if (m_broker.isHomewire())
        config += tlsListener(m_optional, "cafile " + ca + "\ncrlfile " + m_pki.path("ca.crl").toUtf8() +
                                              "\nclient_certificates optional\n") +
                  "password_iterations 1000\n"; // the sanitizers make key derivation slow
    m_broker.setExtraConfig(config);
    HW_START_BROKER(m_broker);
    if (m_broker.isHomewire()) {
        // One line per listener, saying what it is.
        const QByteArray text = log();
        QVERIFY2(text.contains("listening on 127.0.0.1:" + QByteArray::number(m_broker.port()) + " (plain)"),
                 text.constData());
        QVERIFY2(text.contains("listening on 127.0.0.1:" + QByteArray::number(m_mutual) +
                               " (TLS, client certificates required, revocation list"),
                 text.constData());
        QVERIFY2(
            text.contains("listening on 127.0.0.1:" + QByteArray::number(m_tls13) + " (TLS, TLS 1.3 only)"),
            text.constData());
    }
}

QByteArray tst_BrokerTls::tlsListener(quint16 port, const QByteArray &lines) const
{
    return "listener " + QByteArray::number(port) + " 127.0.0.1\ncertfile " +
           m_pki.path("server.crt").toUtf8() + "\nkeyfile " + m_pki.path("server.key").toUtf8() + '\n' +
           lines;
}

void tst_BrokerTls::connectEncrypted(QSslSocket &socket, quint16 port) const
{
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_pki.path("ca.crt")));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(arg("127.0.0.1"), port, arg("localhost"));
}

::mqtt::connect_options tst_BrokerTls::pahoOptions(const char *certificate) const
{
    ::mqtt::ssl_options ssl;
    ssl.set_trust_store(m_pki.path("ca.crt").toStdString());
    if (certificate) {
        ssl.set_key_store(m_pki.path(QByteArray(certificate).append(".crt").constData()).toStdString());
        ssl.set_private_key(m_pki.path(QByteArray(certificate).append(".key").constData()).toStdString());
    }
    ssl.set_enable_server_cert_auth(true);
    ::mqtt::connect_options options;
    options.set_mqtt_version(MQTTVERSION_3_1_1);
    options.set_clean_session(true);
    options.set_connect_timeout(10);
    options.set_ssl(ssl);
    return options;
}

QStringList tst_BrokerTls::clientArguments(quint16 port, const char *certificate, bool tls) const
{
    QStringList arguments = hostArguments(port);
    if (tls)
        arguments << arg("--cafile") << m_pki.path("ca.crt");
    if (certificate)
        arguments << arg("--cert") << m_pki.path(QByteArray(certificate).append(".crt").constData())
                  << arg("--key") << m_pki.path(QByteArray(certificate).append(".key").constData());
    return arguments;
}

Outcome tst_BrokerTls::publish(quint16 port, const char *certificate, const QString &clientId, bool retain)
{
    QStringList arguments = clientArguments(port, certificate) +
                            QStringList{arg("-i"), clientId,     arg("-t"), arg("tls/") + clientId,
                                        arg("-m"), arg("hello"), arg("-q"), arg("1")};
    if (retain)
        arguments << arg("-r");
    return runMosquittoPub(arguments);
}

Outcome tst_BrokerTls::homewire(const QStringList &arguments, const QByteArray &input) const
{
    return runTool(BrokerProcess::programPath(BrokerProcess::Kind::Homewire), arguments, input);
}

Outcome tst_BrokerTls::manage(const BrokerProcess &broker, const QStringList &arguments,
                              const QByteArray &input) const
{
    return homewire(arguments + QStringList{arg("--data-dir"), broker.dataDirectory()}, input);
}

void tst_BrokerTls::plainAndTlsListenersTogether()
{
    // One broker, one set of subscriptions: a message published through
    // either listener reaches subscribers on both.
    Subscriber overTls(clientArguments(m_tls) +
                       QStringList{arg("-i"), arg("subTls"), arg("-t"), arg("both/#")});
    Subscriber plain(clientArguments(m_broker.port(), nullptr, false) +
                     QStringList{arg("-i"), arg("subPlain"), arg("-t"), arg("both/#")});
    QVERIFY2(overTls.waitForOutput("SUBACK"), overTls.diagnostics().constData());
    QVERIFY2(plain.waitForOutput("SUBACK"), plain.diagnostics().constData());
    const Outcome fromPlain =
        runMosquittoPub(clientArguments(m_broker.port(), nullptr, false) +
                        QStringList{arg("-t"), arg("both/plain"), arg("-m"), arg("p1")});
    QCOMPARE(fromPlain.exitCode, 0);
    const Outcome fromTls = runMosquittoPub(clientArguments(m_tls) +
                                            QStringList{arg("-t"), arg("both/tls"), arg("-m"), arg("t1")});
    QVERIFY2(fromTls.exitCode == 0, fromTls.describe().constData());
    for (Subscriber *subscriber : {&overTls, &plain}) {
        QVERIFY2(subscriber->waitForOutput("both/plain p1"), subscriber->diagnostics().constData());
        QVERIFY2(subscriber->waitForOutput("both/tls t1"), subscriber->diagnostics().constData());
    }
}

void tst_BrokerTls::retainedRoundTrip_data()
{
    QTest::addColumn<int>("listener"); // 0: TLS, 1: client certificates, 2: TLS 1.3 only
    QTest::newRow("server certificate only") << 0;
    QTest::newRow("client certificate") << 1;
    QTest::newRow("TLS 1.3 only") << 2;
}

void tst_BrokerTls::retainedRoundTrip()
{
    // A retained message stored over TLS comes back over TLS (MQTT-3.3.1-6).
    QFETCH(int, listener);
    const quint16 port = QList<quint16>{m_tls, m_mutual, m_tls13}.at(listener);
    const char *certificate = listener == 1 ? "alice" : nullptr;
    const QString id = QStringLiteral("rt%1").arg(++m_clients);
    const Outcome published = publish(port, certificate, id, true);
    QVERIFY2(published.exitCode == 0, published.describe().constData());
    const Outcome received =
        runTool(arg("/usr/bin/mosquitto_sub"),
                clientArguments(port, certificate) +
                    QStringList{arg("-t"), arg("tls/") + id, arg("-C"), arg("1"), arg("-W"), arg("10")});
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out.trimmed(), QByteArray("hello"));
}

void tst_BrokerTls::requiredClientCertificates_data()
{
    QTest::addColumn<QByteArray>("certificate"); // empty: none
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("logged"); // Homewire's reason, with the subject

    QTest::newRow("none") << QByteArray() << false
                          << QByteArray("certificate: none): no client certificate (missing");
    QTest::newRow("good") << QByteArray("alice") << true << QByteArray();
    QTest::newRow("expired") << QByteArray("expired") << false
                             << QByteArray("certificate: CN=old-device): certificate expired");
    QTest::newRow("other CA") << QByteArray("stranger") << false
                              << QByteArray("certificate: CN=mallory): certificate untrusted");
    QTest::newRow("revoked") << QByteArray("revoked") << false
                             << QByteArray("certificate: CN=bob): certificate revoked");
    QTest::newRow("self-signed") << QByteArray("selfsigned") << false
                                 << QByteArray("certificate: CN=eve): certificate untrusted");
}

void tst_BrokerTls::requiredClientCertificates()
{
    QFETCH(QByteArray, certificate);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, logged);
    const qsizetype refusalsBefore = count(log(), "refused TLS client");
    const QString id = QStringLiteral("req%1").arg(++m_clients);
    const Outcome outcome = publish(m_mutual, certificate.isEmpty() ? nullptr : certificate.constData(), id);
    QVERIFY2((outcome.exitCode == 0) == accepted, outcome.describe().constData());
    if (!m_broker.isHomewire())
        return;
    if (accepted) {
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("client " + id.toUtf8() + " connected from"), 10'000);
        QCOMPARE(count(log(), "refused TLS client"), refusalsBefore);
        return;
    }
    // One warning line per refusal, naming the client, the subject and why.
    // An earlier case may have logged the same reason: wait for this one's line.
    QTRY_COMPARE_WITH_TIMEOUT(count(log(), "refused TLS client"), refusalsBefore + 1, 10'000);
    QVERIFY2(lastRefusal().contains(logged), lastRefusal().constData());
    QVERIFY(log().contains("warning homewire.broker.net: refused TLS client 127.0.0.1:"));
}

void tst_BrokerTls::optionalClientCertificates_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("logged");

    QTest::newRow("none") << QByteArray() << true << QByteArray();
    QTest::newRow("good") << QByteArray("alice") << true << QByteArray();
    QTest::newRow("expired") << QByteArray("expired") << false
                             << QByteArray("CN=old-device): certificate expired");
    QTest::newRow("other CA") << QByteArray("stranger") << false
                              << QByteArray("CN=mallory): certificate untrusted");
    QTest::newRow("revoked") << QByteArray("revoked") << false << QByteArray("CN=bob): certificate revoked");
    QTest::newRow("self-signed") << QByteArray("selfsigned") << false
                                 << QByteArray("CN=eve): certificate untrusted");
}

void tst_BrokerTls::optionalClientCertificates()
{
    if (!m_broker.isHomewire())
        QSKIP("Mosquitto has no optional client certificates");
    QFETCH(QByteArray, certificate);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, logged);
    const qsizetype refusalsBefore = count(log(), "refused TLS client");
    const QString id = QStringLiteral("opt%1").arg(++m_clients);
    const Outcome outcome =
        publish(m_optional, certificate.isEmpty() ? nullptr : certificate.constData(), id);
    QVERIFY2((outcome.exitCode == 0) == accepted, outcome.describe().constData());
    if (accepted)
        return;
    // An earlier case may have logged the same reason: wait for this one's line.
    QTRY_COMPARE_WITH_TIMEOUT(count(log(), "refused TLS client"), refusalsBefore + 1, 10'000);
    QVERIFY2(lastRefusal().contains(logged), lastRefusal().constData());
}

void tst_BrokerTls::identityIsTheUserName()
{
    const QString id = QStringLiteral("ident%1").arg(++m_clients);
    const Outcome outcome = publish(m_mutual, "alice", id);
    QVERIFY2(outcome.exitCode == 0, outcome.describe().constData());
    // Mosquitto: "New client connected from ... as identN (p2, c1, k60, u'alice')."
    const QByteArray expected = m_broker.isHomewire() ? "client '" + id.toUtf8() + "' from 127.0.0.1:"
                                                      : "as " + id.toUtf8() + " (p2, c1, k60, u'alice')";
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(expected), m_broker.logTail().constData(), 10'000);
    if (m_broker.isHomewire()) {
        const QByteArray text = log();
        const qsizetype at = text.indexOf(expected);
        const QByteArray line = text.mid(at, text.indexOf('\n', at) - at);
        QVERIFY2(line.contains("logged in as 'alice' (the identity of its certificate)"), line.constData());
    }
}

void tst_BrokerTls::identityIsSubjectToTheUsersRules()
{
    if (!m_broker.isHomewire())
        QSKIP("Homewire's ACL rules are made with homewire-broker acl add");
    // The certificate's CN is the user name by behaviour, not only in the log:
    // the rules for user alice (with %u) decide what alice's certificate may
    // read and write. Anonymous clients may read the whole tree, so a client
    // taken for anonymous would be let read bob's topics and not write any.
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    const quint16 port = BrokerProcess::pickFreePort();
    broker.setExtraConfig(
        "password_iterations 1000\n" +
        tlsListener(port, "cafile " + m_pki.path("ca.crt").toUtf8() +
                              "\nrequire_certificate true\nuse_identity_as_username true\n"));
    HW_START_BROKER(broker);
    for (const QStringList &rule :
         {QStringList{arg("--user"), arg("alice"), arg("--topic"), arg("cert/%u/#"), arg("--access"),
                      arg("readwrite")},
          QStringList{arg("--anonymous"), arg("--topic"), arg("cert/#"), arg("--access"), arg("read")}}) {
        const Outcome added = manage(broker, QStringList{arg("acl"), arg("add")} + rule);
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    QTRY_VERIFY_WITH_TIMEOUT(loadedAccessRevision(broker) >= 2, 15'000);

    Subscriber observer(clientArguments(broker.port(), nullptr, false) +
                        QStringList{arg("-i"), arg("certObserver"), arg("-t"), arg("cert/#")});
    QVERIFY2(observer.waitForOutput("Subscribed (mid: 1): 0"), observer.diagnostics().constData());
    // One return code per filter (MQTT-3.9.3-1); the one no rule lets alice
    // read gets 0x80 (MQTT-3.9.3-2).
    Subscriber alice(clientArguments(port, "alice") + QStringList{arg("-i"), arg("certAlice"), arg("-t"),
                                                                  arg("cert/alice/#"), arg("-t"),
                                                                  arg("cert/bob/#")});
    QVERIFY2(alice.waitForOutput("Subscribed (mid: 1): 0, 128"), alice.diagnostics().constData());

    // A publish outside her tree is dropped without a disconnect; the one
    // inside goes through. The dropped one goes first: were it delivered, it
    // would arrive first.
    for (const auto &[topic, payload] : {std::pair<const char *, const char *>{"cert/bob/lamp", "theirs"},
                                         std::pair<const char *, const char *>{"cert/alice/lamp", "mine"}}) {
        const Outcome published =
            runMosquittoPub(clientArguments(port, "alice") + QStringList{arg("-i"), arg("certAlicePub"),
                                                                         arg("-t"), arg(topic), arg("-m"),
                                                                         arg(payload), arg("-q"), arg("1")});
        QVERIFY2(published.exitCode == 0, published.describe().constData());
    }
    QVERIFY2(observer.waitForOutput("cert/alice/lamp mine"), observer.diagnostics().constData());
    QVERIFY2(alice.waitForOutput("cert/alice/lamp mine"), alice.diagnostics().constData());
    QVERIFY2(!observer.output().contains("theirs"), observer.diagnostics().constData());
    const QByteArray text = broker.log();
    const qsizetype at = text.indexOf("denied publish to cert/bob/lamp");
    QVERIFY2(at >= 0, broker.logTail().constData());
    QVERIFY2(text.mid(at, text.indexOf('\n', at) - at).contains("user alice"), broker.logTail().constData());
    HW_STOP_BROKER(broker);
}

void tst_BrokerTls::tlsVersionFloor_data()
{
    // mosquitto_pub's --tls-version is a minimum (it would offer TLS 1.3),
    // so s_client offers exactly one version. TLS 1.1 needs security level
    // 0 on OpenSSL 3's side to be offered at all.
    QTest::addColumn<bool>("tls13Listener");
    QTest::addColumn<QStringList>("client");
    QTest::addColumn<bool>("accepted");
    const QStringList tls11 = {arg("-tls1_1"), arg("-cipher"), arg("DEFAULT:@SECLEVEL=0")};
    QTest::newRow("TLS 1.1 on a 1.2 listener") << false << tls11 << false;
    QTest::newRow("TLS 1.2 on a 1.2 listener") << false << QStringList{arg("-tls1_2")} << true;
    QTest::newRow("TLS 1.3 on a 1.2 listener") << false << QStringList{arg("-tls1_3")} << true;
    QTest::newRow("TLS 1.2 on a 1.3 listener") << true << QStringList{arg("-tls1_2")} << false;
    QTest::newRow("TLS 1.3 on a 1.3 listener") << true << QStringList{arg("-tls1_3")} << true;
}

void tst_BrokerTls::tlsVersionFloor()
{
    QFETCH(bool, tls13Listener);
    QFETCH(QStringList, client);
    QFETCH(bool, accepted);
    const qsizetype failuresBefore = count(log(), "TLS handshake failed");
    const quint16 port = tls13Listener ? m_tls13 : m_tls;
    const Outcome outcome =
        runTool(arg("openssl"),
                QStringList{arg("s_client"), arg("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                            arg("-CAfile"), m_pki.path("ca.crt"), arg("-verify_return_error")} +
                    client);
    QVERIFY2((outcome.exitCode == 0) == accepted, outcome.describe().constData());
    if (m_broker.isHomewire() && !accepted) {
        QTRY_COMPARE_WITH_TIMEOUT(count(log(), "TLS handshake failed"), failuresBefore + 1, 10'000);
        QVERIFY2(log().contains("unsupported protocol"), m_broker.logTail().constData());
    }
}

void tst_BrokerTls::plainClientOnTlsPortIsClosedAlone()
{
    Subscriber subscriber(clientArguments(m_tls) +
                          QStringList{arg("-i"), arg("subAlone"), arg("-t"), arg("alone/#")});
    QVERIFY2(subscriber.waitForOutput("SUBACK"), subscriber.diagnostics().constData());
    // MQTT in the clear where TLS is expected: that connection ends, nothing else.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, m_tls);
    QVERIFY(plain.waitForConnected(10'000));
    plain.write(frame(0x10, str("MQTT") + char(4) + char(0x02) + u16(60) + str("plainOnTls")));
    QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, 10'000);
    const Outcome published = runMosquittoPub(
        clientArguments(m_tls) + QStringList{arg("-t"), arg("alone/x"), arg("-m"), arg("still")});
    QVERIFY2(published.exitCode == 0, published.describe().constData());
    QVERIFY2(subscriber.waitForOutput("alone/x still"), subscriber.diagnostics().constData());
    if (m_broker.isHomewire())
        QVERIFY2(log().contains("TLS handshake failed"), m_broker.logTail().constData());
}

void tst_BrokerTls::pahoWithClientCertificate()
{
    // Paho C++ (OpenSSL underneath) with a trust store and a key store.
    try {
        ::mqtt::async_client client("ssl://127.0.0.1:" + std::to_string(m_mutual), "pahoTls");
        client.start_consuming();
        QVERIFY(client.connect(pahoOptions("alice"))->wait_for(10s));
        QVERIFY(client.subscribe("paho/tls", 1)->wait_for(10s));
        QVERIFY(client.publish("paho/tls", "over TLS", 1, false)->wait_for(10s));
        const ::mqtt::const_message_ptr message = client.try_consume_message_for(10s);
        QVERIFY2(message, "Paho received nothing");
        QCOMPARE(QByteArray::fromStdString(message->get_payload_str()), QByteArray("over TLS"));
        QVERIFY(client.disconnect()->wait_for(10s));
        client.stop_consuming();
    } catch (const ::mqtt::exception &e) {
        QFAIL(e.what());
    }
}

void tst_BrokerTls::passwordsOverTls()
{
    if (!m_broker.isHomewire())
        QSKIP("Homewire's users are made with homewire-broker user add");
    QVERIFY(addUserWhileRunning(m_broker, "dora", "dora-pw"));

    // mosquitto_pub: --cafile with -u and -P.
    const QStringList login = {arg("-u"), arg("dora"), arg("-P"), arg("dora-pw")};
    const Outcome good =
        runMosquittoPub(clientArguments(m_tls) + login +
                        QStringList{arg("-t"), arg("tls/dora"), arg("-m"), arg("x"), arg("-q"), arg("1")});
    QVERIFY2(good.exitCode == 0, good.describe().constData());
    const Outcome bad = runMosquittoPub(
        clientArguments(m_tls) + QStringList{arg("-u"), arg("dora"), arg("-P"), arg("wrong"), arg("-t"),
                                             arg("tls/dora"), arg("-m"), arg("x"), arg("-q"), arg("1")});
    QVERIFY2(bad.exitCode != 0 && bad.err.contains("bad user name or password"), bad.describe().constData());

    // Paho C++ over TLS with a user name and password.
    ::mqtt::connect_options options = pahoOptions();
    options.set_user_name("dora");
    options.set_password("dora-pw");
    try {
        ::mqtt::async_client client("ssl://127.0.0.1:" + std::to_string(m_tls), "pahoPassword");
        client.start_consuming();
        QVERIFY(client.connect(options)->wait_for(10s));
        QVERIFY(client.subscribe("paho/password", 1)->wait_for(10s));
        QVERIFY(client.publish("paho/password", "logged in", 1, false)->wait_for(10s));
        const ::mqtt::const_message_ptr message = client.try_consume_message_for(10s);
        QVERIFY2(message, "Paho received nothing");
        QCOMPARE(QByteArray::fromStdString(message->get_payload_str()), QByteArray("logged in"));
        QVERIFY(client.disconnect()->wait_for(10s));
        client.stop_consuming();
    } catch (const ::mqtt::exception &e) {
        QFAIL(e.what());
    }
    // A wrong password: CONNACK 0x04, which Paho reports as the connect's
    // return code (MQTT-3.2.2 table 3.1).
    options.set_password("wrong");
    ::mqtt::async_client refused("ssl://127.0.0.1:" + std::to_string(m_tls), "pahoWrongPassword");
    const ::mqtt::token_ptr token = refused.connect(options);
    bool connected = false;
    try {
        connected = token->wait_for(10s);
    } catch (const ::mqtt::exception &) {
    }
    QVERIFY(!connected);
    QCOMPARE(token->get_return_code(), 4);
}

void tst_BrokerTls::stuckTlsSubscriberIsDisconnected()
{
    if (!m_broker.isHomewire())
        QSKIP("Homewire's own limits (congestion_bytes, slow_subscriber_timeout)");
    // What waits to be encrypted or sent counts as the subscriber's backlog,
    // as on a plain socket: one that reads nothing is found out and dropped.
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    const quint16 port = BrokerProcess::pickFreePort();
    broker.setExtraConfig("congestion_bytes 65536\nslow_subscriber_timeout 1\n" + tlsListener(port));
    HW_START_BROKER(broker);
    QSslSocket stuck;
    stuck.setReadBufferSize(4096); // and then it reads no more
    connectEncrypted(stuck, port);
    QVERIFY2(stuck.waitForEncrypted(10'000), qPrintable(stuck.errorString()));
    stuck.write(frame(0x10, str("MQTT") + char(4) + char(0x02) + u16(60) + str("stuckTls")) +
                frame(0x82, u16(1) + str("slow/#") + char(0)));
    QByteArray acks;
    while (acks.size() < 9 && stuck.waitForReadyRead(10'000))
        acks += stuck.read(9 - acks.size());
    QCOMPARE(acks.toHex(), QByteArray("20020000"
                                      "9003000100"));

    QTcpSocket publisher;
    publisher.connectToHost(QHostAddress::LocalHost, broker.port());
    QVERIFY(publisher.waitForConnected(10'000));
    const QByteArray payload(16 * 1024, 's');
    QByteArray burst = frame(0x10, str("MQTT") + char(4) + char(0x02) + u16(60) + str("firehoseTls"));
    for (int i = 0; i < 2000; ++i) // 32 MB, QoS 0, for a subscriber that reads nothing
        burst += frame(0x30, str("slow/t") + payload);
    publisher.write(burst);
    QTRY_VERIFY2_WITH_TIMEOUT(broker.log().contains("disconnecting stuckTls"), broker.logTail().constData(),
                              30'000);
    HW_STOP_BROKER(broker);
}

void tst_BrokerTls::loginVerdictKeepsPacketOrder()
{
    if (!m_broker.isHomewire())
        QSKIP("Homewire's users are made with homewire-broker user add");
    QVERIFY(addUserWhileRunning(m_broker, "carol", "carol-pw"));

    // CONNECT, three QoS 1 PUBLISHes and a PINGREQ in one write: the password
    // check runs away from the network thread, and what followed the CONNECT
    // waits for it, then goes on in order (MQTT-4.6.0-2: PUBACKs in the
    // order of the PUBLISHes).
    const auto exchange = [&](const QByteArray &password, const QByteArray &expected) {
        QSslSocket socket;
        connectEncrypted(socket, m_tls);
        if (!socket.waitForEncrypted(10'000))
            return QByteArray("no TLS: ") + socket.errorString().toUtf8();
        QByteArray burst = connectBytes("ordered" + QByteArray::number(++m_clients), "carol", password);
        for (quint16 id = 1; id <= 3; ++id)
            burst += frame(0x32, str("order/x") + u16(id) + "n" + QByteArray::number(id));
        burst += QByteArray::fromHex("c000");
        socket.write(burst);
        QByteArray received;
        const QDeadlineTimer deadline(10'000);
        while (received.size() < expected.size() && !deadline.hasExpired() &&
               socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        return received;
    };
    const QByteArray accepted = QByteArray::fromHex("20020000"
                                                    "40020001"
                                                    "40020002"
                                                    "40020003"
                                                    "d000");
    QCOMPARE(exchange("carol-pw", accepted).toHex(), accepted.toHex());
    // A wrong password: CONNACK 0x04 (MQTT-3.2.2 table 3.1), then nothing (MQTT-3.2.2-5).
    const QByteArray refused = QByteArray::fromHex("20020004");
    QCOMPARE(exchange("wrong", refused + "more").toHex(), refused.toHex());
}

void tst_BrokerTls::connectionFloodIsRefusedBeforeTls()
{
    if (!m_broker.isHomewire())
        QSKIP("Homewire's connection rate limit");
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    const quint16 port = BrokerProcess::pickFreePort();
    broker.setExtraConfig("max_connection_rate 1\nconnection_burst 3\nrate_limit_loopback true\n" +
                          tlsListener(port));
    HW_START_BROKER(broker);
    // Ten connections at once from one address: the burst gets in, the rest
    // is closed at once, before any TLS, with one line in the log.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 10; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(sockets.back()->waitForConnected(10'000));
    }
    const auto closed = [&] {
        return std::count_if(sockets.begin(), sockets.end(), [](const auto &socket) {
            socket->waitForReadyRead(0); // lets the socket notice the close
            return socket->state() == QAbstractSocket::UnconnectedState;
        });
    };
    // Three tokens at most (BrokerProcess's probe of the plain port took one).
    QTRY_VERIFY2_WITH_TIMEOUT(closed() >= 7, broker.logTail().constData(), 10'000);
    QVERIFY2(closed() < qsizetype(sockets.size()), "every connection was refused");
    QCOMPARE(broker.log().count("refusing connections from 127.0.0.1"), 1);
    for (const auto &socket : sockets)
        QVERIFY(socket->readAll().isEmpty()); // not a byte of TLS or MQTT
    HW_STOP_BROKER(broker);
}

void tst_BrokerTls::commandLineTlsListener()
{
    if (!m_broker.isHomewire())
        QSKIP("homewire-broker's own options");
    // --tls-port and friends: a TLS listener without a configuration file.
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    const quint16 port = BrokerProcess::pickFreePort();
    broker.setExtraArguments({arg("--tls-port"), QString::number(port), arg("--cert"),
                              m_pki.path("server.crt"), arg("--key"), m_pki.path("server.key"),
                              arg("--cafile"), m_pki.path("ca.crt"), arg("--crlfile"), m_pki.path("ca.crl"),
                              arg("--require-certificate"), arg("--identity-as-username")});
    // Usage errors first: exit code 2, nothing started.
    const Outcome withoutPort = homewire({arg("--memory"), arg("--cert"), m_pki.path("server.crt")});
    QCOMPARE(withoutPort.exitCode, 2);
    QVERIFY2(withoutPort.err.contains("--cert needs --tls-port"), withoutPort.describe().constData());
    const Outcome withoutKey = homewire(
        {arg("--memory"), arg("--tls-port"), QString::number(port), arg("--cert"), m_pki.path("server.crt")});
    QCOMPARE(withoutKey.exitCode, 2);
    QVERIFY2(withoutKey.err.contains("--tls-port needs --cert and --key"), withoutKey.describe().constData());

    HW_START_BROKER(broker);
    QVERIFY2(broker.log().contains("listening on 127.0.0.1:" + QByteArray::number(port) +
                                   " (TLS, client certificates required"),
             broker.log().constData());
    const Outcome good = publish(port, "alice", arg("cli1"));
    QVERIFY2(good.exitCode == 0, good.describe().constData());
    QTRY_VERIFY_WITH_TIMEOUT(broker.log().contains("logged in as 'alice'"), 10'000);
    const Outcome revoked = publish(port, "revoked", arg("cli2"));
    QVERIFY2(revoked.exitCode != 0, revoked.describe().constData());
    QTRY_VERIFY_WITH_TIMEOUT(broker.log().contains("certificate revoked"), 10'000);
    HW_STOP_BROKER(broker);
}

void tst_BrokerTls::badListenerFilesStopTheStart_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --tls-port
    QTest::addColumn<QStringList>("expected");  // all in the error message
    const QString cert = m_pki.path("server.crt");
    const QString key = m_pki.path("server.key");
    QTest::newRow("certificate missing")
        << QStringList{arg("--cert"), arg("/nonexistent/server.crt"), arg("--key"), key}
        << QStringList{arg("certfile /nonexistent/server.crt"), arg("No such file")};
    QTest::newRow("key of another certificate")
        << QStringList{arg("--cert"), cert, arg("--key"), m_pki.path("alice.key")}
        << QStringList{arg("keyfile ") + m_pki.path("alice.key"), arg("does not belong to the certificate")};
    QTest::newRow("key file holds a certificate")
        << QStringList{arg("--cert"), cert, arg("--key"), cert}
        << QStringList{arg("keyfile ") + cert, arg("no unencrypted PEM RSA or EC private key")};
    QTest::newRow("CA file without certificates")
        << QStringList{arg("--cert"),
                       cert,
                       arg("--key"),
                       key,
                       arg("--cafile"),
                       key,
                       arg("--require-certificate")}
        << QStringList{arg("cafile ") + key, arg("no PEM certificate")};
    QTest::newRow("CRL not from the CA")
        << QStringList{arg("--cert"),
                       cert,
                       arg("--key"),
                       key,
                       arg("--cafile"),
                       m_pki.path("other.crt"),
                       arg("--crlfile"),
                       m_pki.path("ca.crl"),
                       arg("--require-certificate")}
        << QStringList{arg("crlfile ") + m_pki.path("ca.crl"), arg("not signed by a CA in the cafile")};
    QTest::newRow("CRL file holds a certificate")
        << QStringList{arg("--cert"),
                       cert,
                       arg("--key"),
                       key,
                       arg("--cafile"),
                       m_pki.path("ca.crt"),
                       arg("--crlfile"),
                       cert,
                       arg("--require-certificate")}
        << QStringList{arg("crlfile ") + cert, arg("no certificate revocation list")};
}

void tst_BrokerTls::badListenerFilesStopTheStart()
{
    if (!m_broker.isHomewire())
        QSKIP("homewire-broker's own errors");
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const quint16 port = BrokerProcess::pickFreePort();
    const Outcome outcome = homewire(
        QStringList{arg("--memory"), arg("--port"), arg("0"), arg("--tls-port"), QString::number(port)} +
        arguments);
    QVERIFY2(outcome.exitCode == 1, outcome.describe().constData());
    const QString message = QString::fromUtf8(outcome.err);
    QVERIFY2(message.contains(QStringLiteral("listener 127.0.0.1:%1: ").arg(port)), outcome.err.constData());
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), outcome.err.constData());
}

QTEST_GUILESS_MAIN(tst_BrokerTls)
#include "tst_brokertls.moc"
