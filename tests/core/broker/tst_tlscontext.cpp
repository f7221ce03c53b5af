// TlsContext and TlsSession: what a TLS listener is built from (certificate,
// key, CA bundle, ciphers, TLS version) and how a connection's handshake
// judges the client's certificate. Certificates are made in memory
// (certificateauthority.h); the RSA case uses the openssl tool when present.
// Handshakes run against a real OpenSSL client over memory buffers; over
// sockets, with CRLs and expired certificates, they are tested end to end
// in tst_brokertls.
#include "broker/net/certificateauthority.h"
#include "broker/net/tlscontext.h"
#include "broker/net/tlssession.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::broker::net;

namespace {

struct Free
{
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
    void operator()(SSL *p) const { SSL_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
};

std::unique_ptr<X509, Free> parse(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    std::unique_ptr<X509, Free> certificate(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return certificate;
}

QByteArray drain(BIO *bio)
{
    QByteArray bytes(int(BIO_ctrl_pending(bio)), Qt::Uninitialized);
    if (!bytes.isEmpty())
        BIO_read(bio, bytes.data(), int(bytes.size()));
    return bytes;
}

// What the server side of one in-memory handshake ended with.
struct Handshake
{
    bool established = false;
    QString failure;
    QString subject;
    QByteArray identity;
    QByteArray received; // the client's "hello", decrypted
    QByteArray answered; // the server's "pong", as the client read it
};

} // namespace

class tst_TlsContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ca = createAuthority(QStringLiteral("Test CA"), 2);
        auto other = createAuthority(QStringLiteral("Other CA"), 2);
        QVERIFY(ca && other);
        m_ca = ca.value();
        CertificateRequest server;
        server.commonName = QStringLiteral("127.0.0.1");
        server.addresses = {QHostAddress(QHostAddress::LocalHost)};
        auto serverPem = issueCertificate(m_ca, server);
        CertificateRequest client;
        client.commonName = QStringLiteral("alice");
        client.dnsNames = {QStringLiteral("lamp.home")};
        client.usage = CertificateUsage::Client;
        auto clientPem = issueCertificate(m_ca, client);
        client.commonName = QStringLiteral("mallory");
        client.dnsNames = {};
        auto strangerPem = issueCertificate(other.value(), client);
        QVERIFY(serverPem && clientPem && strangerPem);
        m_client = clientPem->certificate;
        QVERIFY(write("ca.crt", m_ca.certificate) && write("server.crt", serverPem->certificate) &&
                write("server.key", serverPem->privateKey) && write("client.crt", clientPem->certificate) &&
                write("client.key", clientPem->privateKey) &&
                write("stranger.crt", strangerPem->certificate) &&
                write("stranger.key", strangerPem->privateKey));
    }

    void buildsTheContext_data()
    {
        QTest::addColumn<ClientCertificates>("clientCertificates");
        QTest::addColumn<TlsMinimum>("minimum");
        QTest::addColumn<int>("verifyMode");
        QTest::addColumn<long>("protocol");
        QTest::newRow("off, 1.2") << ClientCertificates::Off << TlsMinimum::Tls12 << SSL_VERIFY_NONE
                                  << long(TLS1_2_VERSION);
        QTest::newRow("optional, 1.3")
            << ClientCertificates::Optional << TlsMinimum::Tls13 << SSL_VERIFY_PEER << long(TLS1_3_VERSION);
        QTest::newRow("require, 1.2")
            << ClientCertificates::Require << TlsMinimum::Tls12
            << (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT) << long(TLS1_2_VERSION);
    }

    void buildsTheContext()
    {
        QFETCH(ClientCertificates, clientCertificates);
        QFETCH(TlsMinimum, minimum);
        QFETCH(int, verifyMode);
        QFETCH(long, protocol);
        ListenerSettings l = listener();
        l.clientCertificates = clientCertificates;
        l.tlsMinimum = minimum;
        l.caFile = path("ca.crt");
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        SSL_CTX *ctx = context.value()->sslContext();
        QCOMPARE(subjectText(SSL_CTX_get0_certificate(ctx)), QStringLiteral("CN=127.0.0.1"));
        QCOMPARE(EVP_PKEY_get_base_id(SSL_CTX_get0_privatekey(ctx)), EVP_PKEY_EC);
        QCOMPARE(SSL_CTX_get_min_proto_version(ctx), protocol);
        QCOMPARE(SSL_CTX_get_verify_mode(ctx), verifyMode);
        // The bundle is the only trust anchor (no system CA), and is named to clients.
        QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(SSL_CTX_get_cert_store(ctx))), 1);
        QCOMPARE(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 1);
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
        QCOMPARE(EVP_PKEY_get_base_id(SSL_CTX_get0_privatekey(context.value()->sslContext())), EVP_PKEY_RSA);
    }

    void ciphersByName()
    {
        ListenerSettings l = listener();
        l.ciphers = QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                                   "TLS_AES_256_GCM_SHA384");
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        QStringList names;
        const STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(context.value()->sslContext());
        for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i)
            names.append(QString::fromLatin1(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
        QCOMPARE(names, QStringList({QStringLiteral("TLS_AES_256_GCM_SHA384"),
                                     QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"),
                                     QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384")}));
        l.ciphers = QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:NO-SUCH-CIPHER");
        context = TlsContext::create(l);
        QVERIFY(!context);
        QCOMPARE(context.errorCode(), TlsError::UnknownCipher);
        QCOMPARE(context.error().message,
                 QStringLiteral("listener 127.0.0.1:8883: ciphers: 'NO-SUCH-CIPHER' is not a cipher this TLS "
                                "library knows"));
    }

    void fileErrorsNameListenerAndFile_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("file");
        QTest::addColumn<TlsError>("code");
        QTest::addColumn<QString>("why");
        QTest::newRow("missing certificate") << QStringLiteral("certfile") << QStringLiteral("missing.crt")
                                             << TlsError::UnreadableFile << QString();
        QTest::newRow("key as certificate")
            << QStringLiteral("certfile") << QStringLiteral("server.key") << TlsError::InvalidCertificate
            << QStringLiteral("no PEM certificate in it");
        QTest::newRow("another's key")
            << QStringLiteral("keyfile") << QStringLiteral("client.key") << TlsError::KeyMismatch
            << QStringLiteral("the key does not belong to the certificate");
        QTest::newRow("certificate as key")
            << QStringLiteral("keyfile") << QStringLiteral("server.crt") << TlsError::InvalidKey
            << QStringLiteral("no unencrypted PEM RSA or EC private key");
        QTest::newRow("key as CA bundle")
            << QStringLiteral("cafile") << QStringLiteral("server.key") << TlsError::InvalidCaFile
            << QStringLiteral("no PEM certificate in it");
        QTest::newRow("certificate as CRL")
            << QStringLiteral("crlfile") << QStringLiteral("server.crt") << TlsError::InvalidCrlFile
            << QStringLiteral("no certificate revocation list");
    }

    void fileErrorsNameListenerAndFile()
    {
        QFETCH(QString, option);
        QFETCH(QString, file);
        QFETCH(TlsError, code);
        QFETCH(QString, why);
        ListenerSettings l = listener();
        l.caFile = path("ca.crt");
        QString &setting = option == QLatin1String("certfile")  ? l.certFile
                           : option == QLatin1String("keyfile") ? l.keyFile
                           : option == QLatin1String("cafile")  ? l.caFile
                                                                : l.crlFile;
        setting = m_dir.filePath(file);
        auto context = TlsContext::create(l);
        QVERIFY(!context);
        QCOMPARE(context.errorCode(), code);
        const QString prefix = QStringLiteral("listener 127.0.0.1:8883: %1 %2: ").arg(option, setting);
        QVERIFY2(context.error().message.startsWith(prefix) && context.error().message.contains(why),
                 qPrintable(context.error().message));
    }

    void handshakes_data()
    {
        QTest::addColumn<ClientCertificates>("mode");
        QTest::addColumn<CertificateIdentity>("identityField");
        QTest::addColumn<QString>("certificate"); // client's, empty: none
        QTest::addColumn<bool>("tls12Client");
        QTest::addColumn<QString>("failure"); // empty: established
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QByteArray>("identity");
        const auto cn = CertificateIdentity::CommonName;
        const QString none = QStringLiteral("none");
        const QString untrusted = QStringLiteral("certificate untrusted (not issued by a CA in the cafile)");
        const QString missing = QStringLiteral("no client certificate (missing; this listener requires one)");
        QTest::newRow("off, none") << ClientCertificates::Off << cn << QString() << false << QString() << none
                                   << QByteArray();
        QTest::newRow("off, one sent is not asked for")
            << ClientCertificates::Off << cn << QStringLiteral("client") << false << QString() << none
            << QByteArray();
        QTest::newRow("require, good, identity from CN")
            << ClientCertificates::Require << cn << QStringLiteral("client") << false << QString()
            << QStringLiteral("CN=alice") << QByteArray("alice");
        QTest::newRow("require, good, identity from SAN")
            << ClientCertificates::Require << CertificateIdentity::SubjectAltName << QStringLiteral("client")
            << false << QString() << QStringLiteral("CN=alice") << QByteArray("lamp.home");
        QTest::newRow("require, good, TLS 1.2")
            << ClientCertificates::Require << cn << QStringLiteral("client") << true << QString()
            << QStringLiteral("CN=alice") << QByteArray("alice");
        QTest::newRow("require, none")
            << ClientCertificates::Require << cn << QString() << false << missing << none << QByteArray();
        QTest::newRow("require, other CA")
            << ClientCertificates::Require << cn << QStringLiteral("stranger") << false << untrusted
            << QStringLiteral("CN=mallory") << QByteArray();
        QTest::newRow("optional, none")
            << ClientCertificates::Optional << cn << QString() << false << QString() << none << QByteArray();
        QTest::newRow("optional, other CA, TLS 1.2")
            << ClientCertificates::Optional << cn << QStringLiteral("stranger") << true << untrusted
            << QStringLiteral("CN=mallory") << QByteArray();
    }

    void handshakes()
    {
        QFETCH(ClientCertificates, mode);
        QFETCH(CertificateIdentity, identityField);
        QFETCH(QString, certificate);
        QFETCH(bool, tls12Client);
        QFETCH(QString, failure);
        QFETCH(QString, subject);
        QFETCH(QByteArray, identity);
        ListenerSettings l = listener();
        l.caFile = path("ca.crt");
        l.clientCertificates = mode;
        l.identity = identityField;
        auto context = TlsContext::create(l);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
        const Handshake result = handshake(context.value(), certificate, tls12Client);
        QCOMPARE(result.failure, failure);
        QCOMPARE(result.established, failure.isEmpty());
        QCOMPARE(result.subject, subject);
        QCOMPARE(result.identity, identity);
        if (result.established) { // and data flows both ways
            QCOMPARE(result.received, QByteArray("hello"));
            QCOMPARE(result.answered, QByteArray("pong"));
        }
    }

    void versionBelowTheFloorFails()
    {
        ListenerSettings l = listener();
        l.tlsMinimum = TlsMinimum::Tls13;
        auto context = TlsContext::create(l);
        QVERIFY(context);
        const Handshake result = handshake(context.value(), QString(), true);
        QVERIFY(!result.established);
        QCOMPARE(result.failure, QStringLiteral("TLS handshake failed: unsupported protocol"));
    }

    void verifyFailuresInWords_data()
    {
        QTest::addColumn<long>("error");
        QTest::addColumn<QString>("text");
        const QString untrusted = QStringLiteral("certificate untrusted (not issued by a CA in the cafile)");
        QTest::newRow("expired") << long(X509_V_ERR_CERT_HAS_EXPIRED)
                                 << QStringLiteral("certificate expired");
        QTest::newRow("not yet valid")
            << long(X509_V_ERR_CERT_NOT_YET_VALID) << QStringLiteral("certificate not yet valid");
        QTest::newRow("unknown issuer") << long(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY) << untrusted;
        QTest::newRow("self-signed") << long(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) << untrusted;
        QTest::newRow("revoked") << long(X509_V_ERR_CERT_REVOKED)
                                 << QStringLiteral("certificate revoked (listed in the crlfile)");
        QTest::newRow("other") << long(X509_V_ERR_INVALID_PURPOSE)
                               << QStringLiteral("certificate refused: unsuitable certificate purpose");
    }

    void verifyFailuresInWords()
    {
        QFETCH(long, error);
        QFETCH(QString, text);
        QCOMPARE(verifyFailureText(error), text);
    }

    void subjectsAndIdentities()
    {
        const auto alice = parse(m_client);
        QVERIFY(alice);
        QCOMPARE(subjectText(alice.get()), QStringLiteral("CN=alice"));
        QCOMPARE(subjectText(nullptr), QStringLiteral("none"));
        QCOMPARE(certificateIdentity(alice.get(), CertificateIdentity::CommonName), QByteArray("alice"));
        QCOMPARE(certificateIdentity(alice.get(), CertificateIdentity::SubjectAltName),
                 QByteArray("lamp.home"));
        QCOMPARE(certificateIdentity(nullptr, CertificateIdentity::CommonName), QByteArray());
    }

private:
    // A real OpenSSL client (trusting ca.crt, with `certificate` when named)
    // against a TlsSession, over memory: each side's output is the other's input.
    Handshake handshake(std::shared_ptr<const TlsContext> context, const QString &certificate, bool tls12)
    {
        std::unique_ptr<SSL_CTX, Free> clientContext(SSL_CTX_new(TLS_client_method()));
        SSL_CTX_load_verify_locations(clientContext.get(), QFile::encodeName(path("ca.crt")).constData(),
                                      nullptr);
        SSL_CTX_set_verify(clientContext.get(), SSL_VERIFY_PEER, nullptr);
        if (tls12)
            SSL_CTX_set_max_proto_version(clientContext.get(), TLS1_2_VERSION);
        if (!certificate.isEmpty()) {
            SSL_CTX_use_certificate_file(
                clientContext.get(), QFile::encodeName(path(certificate + QLatin1String(".crt"))).constData(),
                SSL_FILETYPE_PEM);
            SSL_CTX_use_PrivateKey_file(
                clientContext.get(), QFile::encodeName(path(certificate + QLatin1String(".key"))).constData(),
                SSL_FILETYPE_PEM);
        }
        std::unique_ptr<SSL, Free> client(SSL_new(clientContext.get()));
        BIO *in = BIO_new(BIO_s_mem());
        BIO *out = BIO_new(BIO_s_mem());
        SSL_set_bio(client.get(), in, out);
        SSL_set_connect_state(client.get());
        TlsSession session(std::move(context));
        Handshake result;
        bool hello = false;
        for (int round = 0; round < 10 && !session.hasFailed(); ++round) {
            if (SSL_do_handshake(client.get()) == 1 && !hello)
                hello = SSL_write(client.get(), "hello", 5) == 5;
            const QByteArray toServer = drain(out);
            if (!toServer.isEmpty())
                session.feed(toServer, result.received);
            const QByteArray toClient = session.takeCiphertext();
            BIO_write(in, toClient.constData(), int(toClient.size()));
            if (session.isEstablished() && result.received == "hello") {
                session.encrypt("pong");
                const QByteArray pong = session.takeCiphertext();
                BIO_write(in, pong.constData(), int(pong.size()));
                char buffer[16] = {};
                const int n = SSL_read(client.get(), buffer, int(sizeof buffer));
                result.answered = QByteArray(buffer, qMax(0, n));
                break;
            }
        }
        ERR_clear_error();
        result.established = session.isEstablished();
        result.failure = session.failure();
        result.subject = session.peerSubject();
        result.identity = session.peerIdentity();
        return result;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
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
    QByteArray m_client;
};

QTEST_GUILESS_MAIN(tst_TlsContext)
#include "tst_tlscontext.moc"
