// The home's certificates, checked by the tools that will use them: openssl
// verifies the chains and purposes and prints the extensions, Qt reads the
// files, and mosquitto_pub talks TLS to the embedded broker with them.
#include "broker/net/brokerserver.h"
#include "broker/net/certificateauthority.h"
#include "broker/net/homecertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::broker::net;

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromUtf8(process.readAll())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList TestNames{QStringLiteral("homewire-test"), QStringLiteral("homewire-test.local"),
                            QStringLiteral("localhost")};
const QList<QHostAddress> TestAddresses{QHostAddress(QStringLiteral("127.0.0.1")),
                                        QHostAddress(QStringLiteral("192.168.1.20")),
                                        QHostAddress(QStringLiteral("::1"))};

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT

private:
    QString m_openssl;
    QTemporaryDir m_dir;
    QString m_tls; // a home setup made once
    HomeSetup m_setup;

    Run openssl(const QStringList &arguments) { return run(m_openssl, arguments); }
    QString text(const QString &certificate)
    {
        return openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
                        QStringLiteral("-text")})
            .output;
    }
    // A TLS listener on a free port with the home's server certificate.
    ListenerSettings tlsListener() const
    {
        ListenerSettings tls;
        tls.port = 0;
        tls.tls = true;
        tls.certFile = m_setup.paths.serverCertificate;
        tls.keyFile = m_setup.paths.serverKey;
        return tls;
    }
    Run verify(const QString &ca, const QString &certificate, const QString &purpose)
    {
        return openssl({QStringLiteral("verify"), QStringLiteral("-purpose"), purpose,
                        QStringLiteral("-CAfile"), ca, certificate});
    }

private slots:
    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            QSKIP("openssl is not installed");
        QVERIFY(m_dir.isValid());
        m_tls = m_dir.filePath(QStringLiteral("broker/tls"));
        auto setup = createHomeSetup(m_tls, TestNames, TestAddresses);
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().message));
        m_setup = setup.value();
        QVERIFY(m_setup.authorityCreated);
        QVERIFY(m_setup.paths.isComplete());
    }

    void authorityIsACa()
    {
        const QString out = text(m_setup.paths.caCertificate);
        QVERIFY2(out.contains(QStringLiteral("CA:TRUE")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Certificate Sign, CRL Sign")));
        QVERIFY(out.contains(QStringLiteral("ecdsa-with-SHA256")));
        QVERIFY(out.contains(QStringLiteral("prime256v1")));
        QVERIFY(out.contains(QStringLiteral("Version: 3")));
        QVERIFY(out.contains(QStringLiteral("X509v3 Subject Key Identifier")));
        // Self-signed: its own chain verifies.
        const Run self =
            verify(m_setup.paths.caCertificate, m_setup.paths.caCertificate, QStringLiteral("any"));
        QVERIFY2(self.exitCode == 0, qPrintable(self.output));
    }

    void serverCertificateVerifies()
    {
        const Run ok =
            verify(m_setup.paths.caCertificate, m_setup.paths.serverCertificate, QStringLiteral("sslserver"));
        QVERIFY2(ok.exitCode == 0 && ok.output.contains(QStringLiteral(": OK")), qPrintable(ok.output));
        // serverAuth only: not a client certificate.
        const Run asClient =
            verify(m_setup.paths.caCertificate, m_setup.paths.serverCertificate, QStringLiteral("sslclient"));
        QVERIFY2(asClient.exitCode != 0, qPrintable(asClient.output));
    }

    void serverCertificateNamesThisMachine()
    {
        const QString out = text(m_setup.paths.serverCertificate);
        for (const char *expected :
             {"DNS:homewire-test", "DNS:homewire-test.local", "DNS:localhost", "IP Address:127.0.0.1",
              "IP Address:192.168.1.20", "IP Address:0:0:0:0:0:0:0:1", "TLS Web Server Authentication",
              "CA:FALSE", "Digital Signature", "X509v3 Authority Key Identifier",
              "X509v3 Subject Key Identifier", "Subject: CN = homewire-test", "ecdsa-with-SHA256"})
            QVERIFY2(out.contains(QLatin1String(expected)), expected);
        QVERIFY(!out.contains(QStringLiteral("TLS Web Client Authentication")));
    }

    void serialsAreRandom128Bits()
    {
        QSet<QString> serials;
        for (int i = 0; i < 4; ++i) {
            auto ca = createAuthority(QStringLiteral("Serial test"), 1);
            QVERIFY(ca);
            const QList<QSslCertificate> parsed = QSslCertificate::fromData(ca->certificate);
            QCOMPARE(parsed.size(), 1);
            QString serial = QString::fromLatin1(parsed.first().serialNumber()).remove(QLatin1Char(':'));
            while (serial.startsWith(QStringLiteral("00")))
                serial.remove(0, 2);
            QVERIFY2(serial.size() <= 32 && serial.size() >= 24, qPrintable(serial));
            serials.insert(serial);
        }
        QCOMPARE(serials.size(), 4);
    }

    void anotherAuthorityDoesNotVerify()
    {
        auto other = createAuthority(QStringLiteral("Someone else"), 30);
        QVERIFY(other);
        const QString path = m_dir.filePath(QStringLiteral("other-ca.crt"));
        QVERIFY(writePemFile(path, other->certificate, false));
        const Run result = verify(path, m_setup.paths.serverCertificate, QStringLiteral("sslserver"));
        QVERIFY2(result.exitCode != 0, qPrintable(result.output));
    }

    void keysAreForTheOwnerOnly()
    {
#ifdef Q_OS_UNIX
        const auto othersOrGroup = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::WriteOther | QFile::ExeOther;
        for (const QString &key : {m_setup.paths.caKey, m_setup.paths.serverKey}) {
            const QFile::Permissions permissions = QFile::permissions(key);
            QVERIFY2(!(permissions & othersOrGroup), qPrintable(key));
            QVERIFY(permissions.testFlag(QFile::ReadOwner));
        }
        QVERIFY(!(QFile::permissions(m_tls) & othersOrGroup));
        QVERIFY(QFile::permissions(m_setup.paths.caCertificate).testFlag(QFile::ReadOwner));
#else
        QSKIP("POSIX permissions only");
#endif
    }

    void qtReadsTheFiles()
    {
        const QSslKey key(readAll(m_setup.paths.serverKey), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        QVERIFY(!key.isNull());
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_setup.paths.serverCertificate);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.first().publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(chain.first().issuerInfo(QSslCertificate::CommonName),
                 QSslCertificate::fromPath(m_setup.paths.caCertificate)
                     .first()
                     .subjectInfo(QSslCertificate::CommonName));
    }

    void clientCertificateVerifies()
    {
        const QString target = m_dir.filePath(QStringLiteral("devices"));
        auto files = createDeviceCertificate(m_tls, QStringLiteral("kitchen sensor"), target);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().message));
        QCOMPARE(QFileInfo(files->certificate).fileName(), QStringLiteral("kitchen-sensor.crt"));
        QCOMPARE(readAll(files->caCertificate), readAll(m_setup.paths.caCertificate));
        const Run ok = verify(files->caCertificate, files->certificate, QStringLiteral("sslclient"));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
        const Run asServer = verify(files->caCertificate, files->certificate, QStringLiteral("sslserver"));
        QVERIFY2(asServer.exitCode != 0, qPrintable(asServer.output));
        const QString out = text(files->certificate);
        QVERIFY(out.contains(QStringLiteral("Subject: CN = kitchen sensor")));
        QVERIFY(out.contains(QStringLiteral("TLS Web Client Authentication")));
        QVERIFY(out.contains(QStringLiteral("CA:FALSE")));
        // The key matches the certificate.
        const Run modulus = openssl(
            {QStringLiteral("pkey"), QStringLiteral("-in"), files->privateKey, QStringLiteral("-pubout")});
        const Run certKey = openssl({QStringLiteral("x509"), QStringLiteral("-in"), files->certificate,
                                     QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QCOMPARE(modulus.output, certKey.output);
    }

    void deviceCertificateRefusals()
    {
        QVERIFY(!createDeviceCertificate(m_tls, QStringLiteral("ca"), m_dir.filePath(QStringLiteral("d"))));
        QVERIFY(!createDeviceCertificate(m_tls, QStringLiteral("lamp"), m_tls));
        auto none = createDeviceCertificate(m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("lamp"),
                                            m_dir.filePath(QStringLiteral("d")));
        QVERIFY(!none);
        QCOMPARE(none.errorCode(), CertificateError::ReadFailed);
    }

    void makingAgainKeepsTheAuthority()
    {
        const QString dir = m_dir.filePath(QStringLiteral("again"));
        auto first = createHomeSetup(dir, TestNames, TestAddresses);
        QVERIFY(first && first->authorityCreated);
        const QByteArray ca = readAll(first->paths.caCertificate);
        const QByteArray server = readAll(first->paths.serverCertificate);
        auto second =
            createHomeSetup(dir, {QStringLiteral("renamed")}, {QHostAddress(QStringLiteral("10.0.0.7"))});
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QVERIFY(!second->authorityCreated);
        QCOMPARE(readAll(second->paths.caCertificate), ca);
        QVERIFY(readAll(second->paths.serverCertificate) != server);
        const Run ok =
            verify(second->paths.caCertificate, second->paths.serverCertificate, QStringLiteral("sslserver"));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
        QVERIFY(text(second->paths.serverCertificate).contains(QStringLiteral("IP Address:10.0.0.7")));
    }

    void damagedAuthorityIsReported()
    {
        const QString dir = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(createHomeSetup(dir, TestNames, TestAddresses));
        QVERIFY(writePemFile(HomeTlsPaths(dir).caKey, "not a key", true));
        auto result = createHomeSetup(dir, TestNames, TestAddresses);
        QVERIFY(!result);
        QCOMPARE(result.errorCode(), CertificateError::InvalidRequest);
        QVERIFY2(result.error().message.contains(QStringLiteral("ca.key")),
                 qPrintable(result.error().message));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QStringList>("dnsNames");
        QTest::addColumn<int>("days");
        QTest::newRow("empty common name") << QString() << QStringList() << 30;
        QTest::newRow("common name over 64 characters")
            << QString(65, QLatin1Char('x')) << QStringList() << 30;
        QTest::newRow("space in a DNS name")
            << QStringLiteral("ok") << QStringList{QStringLiteral("my host")} << 30;
        QTest::newRow("comma in a DNS name")
            << QStringLiteral("ok") << QStringList{QStringLiteral("a,DNS:b")} << 30;
        QTest::newRow("empty DNS label") << QStringLiteral("ok") << QStringList{QStringLiteral("a..b")} << 30;
        QTest::newRow("zero days") << QStringLiteral("ok") << QStringList() << 0;
    }

    void invalidRequests()
    {
        QFETCH(QString, commonName);
        QFETCH(QStringList, dnsNames);
        QFETCH(int, days);
        const CertificatePem authority{readAll(m_setup.paths.caCertificate), readAll(m_setup.paths.caKey)};
        CertificateRequest request{commonName, dnsNames, {}, CertificateUsage::Server, days};
        auto issued = issueCertificate(authority, request);
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), CertificateError::InvalidRequest);
    }

    void leafCannotSign()
    {
        // A server certificate is CA:FALSE: it cannot be an authority.
        const CertificatePem leaf{readAll(m_setup.paths.serverCertificate), readAll(m_setup.paths.serverKey)};
        auto issued = issueCertificate(leaf, {QStringLiteral("x"), {}, {}, CertificateUsage::Client, 30});
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), CertificateError::InvalidRequest);
        // Nor does an authority's certificate with another key.
        auto other = createAuthority(QStringLiteral("other"), 30);
        QVERIFY(other);
        const CertificatePem mixed{readAll(m_setup.paths.caCertificate), other->privateKey};
        QVERIFY(!issueCertificate(mixed, {QStringLiteral("x"), {}, {}, CertificateUsage::Client, 30}));
        const CertificatePem garbage{"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", {}};
        auto bad = issueCertificate(garbage, {QStringLiteral("x"), {}, {}, CertificateUsage::Client, 30});
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
    }

    void deviceFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("base");
        QTest::newRow("plain") << QStringLiteral("lamp-1") << QStringLiteral("lamp-1");
        QTest::newRow("spaces and slashes")
            << QStringLiteral("office/lamp 2") << QStringLiteral("office-lamp-2");
        QTest::newRow("leading dots") << QStringLiteral("../x") << QStringLiteral("x");
        QTest::newRow("nothing usable") << QStringLiteral("..") << QStringLiteral("device");
    }

    void deviceFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, base);
        QCOMPARE(deviceFileBaseName(name), base);
    }

    void localNamesAndAddresses()
    {
        const QStringList names = localHostNames();
        QVERIFY(names.contains(QStringLiteral("localhost")));
        for (const QString &name : names)
            QVERIFY2(isValidDnsName(name), qPrintable(name));
        const QList<QHostAddress> addresses = localAddresses();
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
        for (const QHostAddress &address : addresses)
            QVERIFY2(!address.isLinkLocal(), qPrintable(address.toString()));
        // What the machine offers goes into a certificate as it is.
        const CertificatePem authority{readAll(m_setup.paths.caCertificate), readAll(m_setup.paths.caKey)};
        QVERIFY(issueCertificate(authority, {names.first(), names, addresses, CertificateUsage::Server, 30}));
    }

    // The whole point: a real MQTT client trusts the broker with ca.crt alone.
    void mosquittoPublishesOverTls_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("by IP address (SAN IP)") << QStringLiteral("127.0.0.1");
        QTest::newRow("by name (SAN DNS)") << QStringLiteral("localhost");
    }

    void mosquittoPublishesOverTls()
    {
        QFETCH(QString, host);
        const QString pub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
        if (pub.isEmpty())
            QSKIP("mosquitto_pub is not installed");
        BrokerServer server;
        server.setWorkerCount(1);
        auto started = server.start(QList<ListenerSettings>{tlsListener()});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const QString port = QString::number(server.listenerPorts().value(0));
        const qsizetype retained = server.snapshot().retainedCount; // $SYS topics

        const QStringList common{QStringLiteral("-h"),       host,
                                 QStringLiteral("-p"),       port,
                                 QStringLiteral("-q"),       QStringLiteral("1"),
                                 QStringLiteral("-r"),       QStringLiteral("-t"),
                                 QStringLiteral("test/tls"), QStringLiteral("-m"),
                                 QStringLiteral("over tls")};
        const Run ok =
            run(pub, common + QStringList{QStringLiteral("--cafile"), m_setup.paths.caCertificate});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
        QTRY_COMPARE(server.snapshot().retainedCount, retained + 1);

        // Another authority is not trusted: the handshake fails.
        auto other = createAuthority(QStringLiteral("Someone else"), 30);
        QVERIFY(other);
        const QString otherCa = m_dir.filePath(QStringLiteral("other-for-mosquitto.crt"));
        QVERIFY(writePemFile(otherCa, other->certificate, false));
        const Run refused = run(pub, common + QStringList{QStringLiteral("--cafile"), otherCa});
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
        server.stop();
    }

    void mosquittoLogsInWithADeviceCertificate()
    {
        const QString pub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
        if (pub.isEmpty())
            QSKIP("mosquitto_pub is not installed");
        auto device = createDeviceCertificate(m_tls, QStringLiteral("hall-sensor"),
                                              m_dir.filePath(QStringLiteral("hall")));
        QVERIFY(device);
        BrokerServer server;
        server.setWorkerCount(1);
        ListenerSettings tls = tlsListener();
        tls.caFile = m_setup.paths.caCertificate;
        tls.clientCertificates = ClientCertificates::Require;
        tls.identityAsUserName = true;
        tls.allowAnonymous = false;
        auto started = server.start(QList<ListenerSettings>{tls});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const qsizetype retained = server.snapshot().retainedCount; // $SYS topics
        const QStringList common{QStringLiteral("-h"),     QStringLiteral("127.0.0.1"),
                                 QStringLiteral("-p"),     QString::number(server.listenerPorts().value(0)),
                                 QStringLiteral("-q"),     QStringLiteral("1"),
                                 QStringLiteral("-r"),     QStringLiteral("-t"),
                                 QStringLiteral("hall/t"), QStringLiteral("-m"),
                                 QStringLiteral("21.5"),   QStringLiteral("--cafile"),
                                 device->caCertificate};
        const Run withCert = run(pub, common + QStringList{QStringLiteral("--cert"), device->certificate,
                                                           QStringLiteral("--key"), device->privateKey});
        QVERIFY2(withCert.exitCode == 0, qPrintable(withCert.output));
        QTRY_COMPARE(server.snapshot().retainedCount, retained + 1);
        const Run without = run(pub, common);
        QVERIFY2(without.exitCode != 0, qPrintable(without.output));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
