// TlsContext: what a TLS listener is built from (certificate, key, CA
// bundle, ciphers, TLS version) and how it judges a client's certificate
// once the handshake is done. Certificates are made in memory
// (certificateauthority.h); the RSA case uses the openssl tool when present.
// The handshakes themselves are tested end to end in tst_brokertls.
#include "broker/net/certificateauthority.h"
#include "broker/net/tlscontext.h"

#include <QFile>
#include <QProcess>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::broker::net;

class tst_TlsContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QVERIFY(m_dir.isValid());
        auto ca = createAuthority(QStringLiteral("Test CA"), 2);
        QVERIFY(ca);
        m_ca = ca.value();
        CertificateRequest server;
        server.commonName = QStringLiteral("127.0.0.1");
        server.addresses = {QHostAddress(QHostAddress::LocalHost)};
        auto serverPem = issueCertificate(m_ca, server);
        QVERIFY(serverPem);
        CertificateRequest client;
        client.commonName = QStringLiteral("alice");
        client.dnsNames = {QStringLiteral("lamp.home")};
        client.usage = CertificateUsage::Client;
        auto clientPem = issueCertificate(m_ca, client);
        QVERIFY(clientPem);
        m_client = QSslCertificate(clientPem->certificate, QSsl::Pem);
        QVERIFY(write("ca.crt", m_ca.certificate) && write("server.crt", serverPem->certificate) &&
                write("server.key", serverPem->privateKey) && write("client.key", clientPem->privateKey));
    }

    void buildsTheConfiguration_data()
    {
        QTest::addColumn<ClientCertificates>("clientCertificates");
        QTest::addColumn<TlsMinimum>("minimum");
        QTest::addColumn<QSslSocket::PeerVerifyMode>("verifyMode");
        QTest::addColumn<QSsl::SslProtocol>("protocol");
        QTest::newRow("off, 1.2") << ClientCertificates::Off << TlsMinimum::Tls12 << QSslSocket::VerifyNone
                                  << QSsl::TlsV1_2OrLater;
        QTest::newRow("optional, 1.3") << ClientCertificates::Optional << TlsMinimum::Tls13
                                       << QSslSocket::QueryPeer << QSsl::TlsV1_3OrLater;
        QTest::newRow("require, 1.2") << ClientCertificates::Require << TlsMinimum::Tls12
                                      << QSslSocket::VerifyPeer << QSsl::TlsV1_2OrLater;
    }

    void buildsTheConfiguration()
    {
        QFETCH(ClientCertificates, clientCertificates);
        QFETCH(TlsMinimum, minimum);
        QFETCH(QSslSocket::PeerVerifyMode, verifyMode);
        QFETCH(QSsl::SslProtocol, protocol);
        ListenerSettings l = listener();
        l.clientCertificates = clientCertificates;
        l.tlsMinimum = minimum;
        l.caFile = path("ca.crt");
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        const QSslConfiguration &c = context.value()->configuration();
        QCOMPARE(c.localCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(c.privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(c.protocol(), protocol);
        QCOMPARE(c.peerVerifyMode(), verifyMode);
        // The bundle is the only trust anchor: no system CA.
        QCOMPARE(c.caCertificates(), QSslCertificate::fromPath(path("ca.crt")));
    }

    void rsaKeysWork()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl tool is not installed");
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=rsa"),
                                QStringLiteral("-keyout"), QStringLiteral("rsa.key"), QStringLiteral("-out"),
                                QStringLiteral("rsa.crt")});
        QVERIFY(process.waitForFinished(30'000) && process.exitCode() == 0);
        ListenerSettings l = listener();
        l.certFile = path("rsa.crt");
        l.keyFile = path("rsa.key");
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        QCOMPARE(context.value()->configuration().privateKey().algorithm(), QSsl::Rsa);
    }

    void ciphersByName()
    {
        ListenerSettings l = listener();
        l.ciphers = QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384");
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        QCOMPARE(context.value()->configuration().ciphers().size(), 2);
        l.ciphers = QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:NO-SUCH-CIPHER");
        context = TlsContext::create(l);
        QVERIFY(!context);
        QCOMPARE(context.errorCode(), TlsError::UnknownCipher);
        QCOMPARE(context.error().message,
                 QStringLiteral("listener 127.0.0.1:8883: ciphers: 'NO-SUCH-CIPHER' is not a cipher this TLS "
                                "library knows"));
    }

    void fileErrorsNameListenerAndFile()
    {
        ListenerSettings l = listener();
        l.keyFile = path("client.key");
        auto mismatch = TlsContext::create(l);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.errorCode(), TlsError::KeyMismatch);
        QVERIFY2(mismatch.error().message.startsWith(
                     QStringLiteral("listener 127.0.0.1:8883: keyfile %1: ").arg(path("client.key"))),
                 qPrintable(mismatch.error().message));
        l = listener();
        l.certFile = path("missing.crt");
        auto missing = TlsContext::create(l);
        QVERIFY(!missing);
        QCOMPARE(missing.errorCode(), TlsError::UnreadableFile);
        QVERIFY(missing.error().message.contains(QStringLiteral("certfile %1").arg(path("missing.crt"))));
    }

    void identityFromCommonNameOrAltName()
    {
        ListenerSettings l = listener();
        l.clientCertificates = ClientCertificates::Require;
        l.caFile = path("ca.crt");
        auto byName = TlsContext::create(l);
        QVERIFY(byName);
        TlsContext::PeerCheck check = byName.value()->checkPeer(m_client, {});
        QVERIFY(check.accepted);
        QCOMPARE(check.identity, QByteArray("alice"));
        l.identity = CertificateIdentity::SubjectAltName;
        auto byAltName = TlsContext::create(l);
        QVERIFY(byAltName);
        check = byAltName.value()->checkPeer(m_client, {});
        QCOMPARE(check.identity, QByteArray("lamp.home"));
    }

    void peerChecks()
    {
        ListenerSettings l = listener();
        l.caFile = path("ca.crt");
        l.clientCertificates = ClientCertificates::Require;
        auto required = TlsContext::create(l);
        QVERIFY(required);
        TlsContext::PeerCheck check = required.value()->checkPeer(QSslCertificate(), {});
        QVERIFY(!check.accepted);
        QVERIFY2(check.reason.contains(QStringLiteral("missing")), qPrintable(check.reason));
        check = required.value()->checkPeer(m_client, {QSslError(QSslError::CertificateExpired, m_client)});
        QVERIFY(!check.accepted);
        QCOMPARE(check.reason, QStringLiteral("certificate expired"));
        QVERIFY(check.identity.isEmpty());

        l.clientCertificates = ClientCertificates::Optional;
        auto optional = TlsContext::create(l);
        QVERIFY(optional);
        QVERIFY(optional.value()->checkPeer(QSslCertificate(), {}).accepted); // none sent: fine
        QVERIFY(
            !optional.value()->checkPeer(m_client, {QSslError(QSslError::SelfSignedCertificate)}).accepted);

        l.clientCertificates = ClientCertificates::Off;
        auto off = TlsContext::create(l);
        QVERIFY(off);
        check = off.value()->checkPeer(m_client, {});
        QVERIFY(check.accepted);
        QVERIFY(check.identity.isEmpty()); // nothing was verified
    }

    void verifyFailuresInWords_data()
    {
        QTest::addColumn<QList<QSslError>>("errors");
        QTest::addColumn<QString>("text");
        using E = QSslError;
        QTest::newRow("expired") << QList<E>{E(E::CertificateExpired)}
                                 << QStringLiteral("certificate expired");
        QTest::newRow("not yet valid")
            << QList<E>{E(E::CertificateNotYetValid)} << QStringLiteral("certificate not yet valid");
        const QString untrusted = QStringLiteral("certificate untrusted (not issued by a CA in the cafile)");
        QTest::newRow("unknown issuer") << QList<E>{E(E::UnableToGetLocalIssuerCertificate)} << untrusted;
        QTest::newRow("self-signed") << QList<E>{E(E::SelfSignedCertificate)} << untrusted;
        QTest::newRow("both, once each")
            << QList<E>{E(E::UnableToGetLocalIssuerCertificate), E(E::UnableToVerifyFirstCertificate),
                        E(E::CertificateExpired)}
            << untrusted + QStringLiteral("; certificate expired");
        QTest::newRow("none sent") << QList<E>{E(E::NoPeerCertificate)}
                                   << QStringLiteral(
                                          "no client certificate (missing; this listener requires one)");
    }

    void verifyFailuresInWords()
    {
        QFETCH(QList<QSslError>, errors);
        QFETCH(QString, text);
        QCOMPARE(verifyFailureText(errors), text);
    }

    void subjects()
    {
        QCOMPARE(subjectText(m_client), QStringLiteral("CN=alice"));
        QCOMPARE(subjectText(QSslCertificate()), QStringLiteral("none"));
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    bool write(const char *name, const QByteArray &bytes)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    ListenerSettings listener() const
    {
        ListenerSettings l;
        l.port = 8883;
        l.tls = true;
        l.certFile = path("server.crt");
        l.keyFile = path("server.key");
        return l;
    }

    QTemporaryDir m_dir;
    CertificatePem m_ca;
    QSslCertificate m_client;
};

QTEST_GUILESS_MAIN(tst_TlsContext)
#include "tst_tlscontext.moc"
