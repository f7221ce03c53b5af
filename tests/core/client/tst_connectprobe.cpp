// ConnectProbe against loopback sockets the test controls: a closed port, a
// server that accepts, one that never answers a TLS handshake, one that hangs
// up, and one that speaks something else. (Certificate checks against a real
// TLS broker: tests/integration/tst_mqttclient.cpp.)

#include "client/connectprobe.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace homewire::client;

namespace {

constexpr int WaitMs = 10'000;

// What a test server does with each connection it accepts.
enum class Behaviour
{
    Keep,      // accept and stay silent
    HangUp,    // close at once
    SpeakHttp, // answer with plain text, as a web server would
};

class TestServer : public QTcpServer
{
public:
    explicit TestServer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                m_sockets.append(socket);
                if (m_behaviour == Behaviour::HangUp)
                    socket->close();
                else if (m_behaviour == Behaviour::SpeakHttp)
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            }
        });
    }

private:
    Behaviour m_behaviour;
    QList<QTcpSocket *> m_sockets; // children of the server
};

ConnectionProfile profileFor(quint16 port, Transport transport)
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = port;
    profile.transport = transport;
    return profile;
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectProbe : public QObject
{
    Q_OBJECT

private slots:
    void refusedPort();
    void workingTcpTransport();
    void tlsWithoutAnswerTimesOut();
    void tlsServerHangsUp();
    void tlsServerSpeaksSomethingElse();
};

void TestConnectProbe::refusedPort()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ConnectProbe probe;
    QSignalSpy finished(&probe, &ConnectProbe::finished);
    probe.start(profileFor(port, Transport::Tcp));
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.at(0).at(0).toString(),
             QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(port));
}

void TestConnectProbe::workingTcpTransport()
{
    TestServer server(Behaviour::Keep);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ConnectProbe probe;
    QSignalSpy finished(&probe, &ConnectProbe::finished);
    probe.start(profileFor(server.serverPort(), Transport::WebSocket)); // TCP below the WebSocket
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.at(0).at(0).toString(), QString());
}

void TestConnectProbe::tlsWithoutAnswerTimesOut()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    TestServer server(Behaviour::Keep);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ConnectProbe probe;
    QSignalSpy finished(&probe, &ConnectProbe::finished);
    probe.start(profileFor(server.serverPort(), Transport::Tls), 300);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.at(0).at(0).toString(),
             QStringLiteral("cannot connect to 127.0.0.1:%1: timed out").arg(server.serverPort()));
    // Exactly once, also when the socket reports something after the timeout.
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
}

void TestConnectProbe::tlsServerHangsUp()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    TestServer server(Behaviour::HangUp);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ConnectProbe probe;
    QSignalSpy finished(&probe, &ConnectProbe::finished);
    probe.start(profileFor(server.serverPort(), Transport::Tls));
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.at(0).at(0).toString(),
             QStringLiteral("TLS handshake failed: the broker closed the connection"));
}

void TestConnectProbe::tlsServerSpeaksSomethingElse()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    TestServer server(Behaviour::SpeakHttp);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ConnectProbe probe;
    QSignalSpy finished(&probe, &ConnectProbe::finished);
    probe.start(profileFor(server.serverPort(), Transport::SecureWebSocket));
    QVERIFY(finished.wait(WaitMs));
    const QString problem = finished.at(0).at(0).toString();
    QVERIFY2(problem.startsWith(QLatin1String("TLS handshake failed: ")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestConnectProbe)
#include "tst_connectprobe.moc"
