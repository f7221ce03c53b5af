#include "tlscontext.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace homewire::broker::net {

namespace {

using Created = Result<std::shared_ptr<const TlsContext>, TlsError>;

// Reads the whole of `path`; on failure says why in `error`.
std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

// Whether the private key in `keyPem` belongs to `certificate` (compared by
// OpenSSL, which reads every PEM key format; an encrypted key is not read).
bool keyMatches(const QByteArray &keyPem, const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &data, long(der.size())), &X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                  &BIO_free);
    // No passphrase: never ask on the terminal.
    auto noPassphrase = [](char *, int, int, void *) {
        return 0;
    };
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr), &EVP_PKEY_free);
    const bool matches = x509 && key && EVP_PKEY_eq(X509_get0_pubkey(x509.get()), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

Error<TlsError> fileError(TlsError code, const ListenerSettings &l, const char *option, const QString &path,
                          const QString &why)
{
    return makeError(
        code, QStringLiteral("listener %1: %2 %3: %4").arg(l.name(), QLatin1String(option), path, why));
}

std::optional<Error<TlsError>> loadIdentity(const ListenerSettings &l, QSslConfiguration &configuration)
{
    QString why;
    const auto certPem = readFile(l.certFile, &why);
    if (!certPem)
        return fileError(TlsError::UnreadableFile, l, "certfile", l.certFile, why);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fileError(TlsError::InvalidCertificate, l, "certfile", l.certFile,
                         QStringLiteral("no PEM certificate in it"));
    const auto keyPem = readFile(l.keyFile, &why);
    if (!keyPem)
        return fileError(TlsError::UnreadableFile, l, "keyfile", l.keyFile, why);
    QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return fileError(TlsError::InvalidKey, l, "keyfile", l.keyFile,
                         QStringLiteral("no unencrypted PEM RSA or EC private key in it"));
    if (!keyMatches(*keyPem, chain.first()))
        return fileError(TlsError::KeyMismatch, l, "keyfile", l.keyFile,
                         QStringLiteral("the key does not belong to the certificate in %1").arg(l.certFile));
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    return std::nullopt;
}

std::optional<Error<TlsError>> loadCiphers(const ListenerSettings &l, QSslConfiguration &configuration)
{
    if (l.ciphers.trimmed().isEmpty())
        return std::nullopt;
    QList<QSslCipher> ciphers;
    for (const QString &name : l.ciphers.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QSslCipher cipher(name.trimmed());
        if (cipher.isNull())
            return makeError(
                TlsError::UnknownCipher,
                QStringLiteral("listener %1: ciphers: '%2' is not a cipher this TLS library knows")
                    .arg(l.name(), name.trimmed()));
        ciphers.append(cipher);
    }
    configuration.setCiphers(ciphers);
    return std::nullopt;
}

QSslSocket::PeerVerifyMode verifyMode(ClientCertificates mode)
{
    switch (mode) {
    case ClientCertificates::Off:
        return QSslSocket::VerifyNone;
    case ClientCertificates::Optional:
        return QSslSocket::QueryPeer; // checked after the handshake (checkPeer)
    case ClientCertificates::Require:
        return QSslSocket::VerifyPeer;
    }
    return QSslSocket::VerifyNone;
}

QByteArray identityOf(const QSslCertificate &certificate, CertificateIdentity field)
{
    if (field == CertificateIdentity::CommonName)
        return certificate.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8();
    const auto names = certificate.subjectAlternativeNames();
    const QString dns = names.value(QSsl::DnsEntry);
    return (dns.isEmpty() ? names.value(QSsl::EmailEntry) : dns).toUtf8();
}

} // namespace

Created TlsContext::create(const ListenerSettings &l)
{
    if (!QSslSocket::supportsSsl())
        return makeError(
            TlsError::NotSupported,
            QStringLiteral("listener %1: TLS is not available (no TLS backend for Qt)").arg(l.name()));
    auto context = std::shared_ptr<TlsContext>(new TlsContext);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (auto failed = loadIdentity(l, configuration))
        return *failed;
    configuration.setProtocol(l.tlsMinimum == TlsMinimum::Tls13 ? QSsl::TlsV1_3OrLater
                                                                : QSsl::TlsV1_2OrLater);
    if (auto failed = loadCiphers(l, configuration))
        return *failed;
    configuration.setPeerVerifyMode(verifyMode(l.clientCertificates));
    if (!l.caFile.isEmpty()) {
        QString why;
        const auto caPem = readFile(l.caFile, &why);
        if (!caPem)
            return fileError(TlsError::UnreadableFile, l, "cafile", l.caFile, why);
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(*caPem, QSsl::Pem);
        if (authorities.isEmpty())
            return fileError(TlsError::InvalidCaFile, l, "cafile", l.caFile,
                             QStringLiteral("no PEM certificate in it"));
        // The only trust anchors: the system's CAs are not asked.
        configuration.setCaCertificates(authorities);
        if (!l.crlFile.isEmpty()) {
            RevocationList crl;
            if (!crl.load(l.crlFile, authorities, &why))
                return fileError(TlsError::InvalidCrlFile, l, "crlfile", l.crlFile, why);
            context->m_crl = std::move(crl);
        }
    } else {
        configuration.setCaCertificates({});
    }
    context->m_configuration = configuration;
    context->m_clientCertificates = l.clientCertificates;
    context->m_identity = l.identity;
    return std::shared_ptr<const TlsContext>(std::move(context));
}

TlsContext::PeerCheck TlsContext::checkPeer(const QSslCertificate &certificate,
                                            const QList<QSslError> &verifyErrors) const
{
    PeerCheck check;
    if (m_clientCertificates == ClientCertificates::Off)
        return check;
    if (certificate.isNull()) {
        if (m_clientCertificates == ClientCertificates::Require) {
            check.accepted = false;
            check.reason = QStringLiteral("no client certificate (missing; this listener requires one)");
        }
        return check;
    }
    if (!verifyErrors.isEmpty()) {
        check.accepted = false;
        check.reason = verifyFailureText(verifyErrors);
        return check;
    }
    if (m_crl) {
        const bool stale =
            m_crl->nextUpdate().isValid() && m_crl->nextUpdate() < QDateTime::currentDateTimeUtc();
        check.staleRevocationList = stale && !m_staleReported.exchange(true);
        if (m_crl->isRevoked(certificate)) {
            check.accepted = false;
            check.reason = QStringLiteral("certificate revoked (listed in the crlfile)");
            return check;
        }
    }
    check.identity = identityOf(certificate, m_identity);
    return check;
}

QString subjectText(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QStringLiteral("none");
    QStringList parts;
    for (const QByteArray &attribute : certificate.subjectInfoAttributes()) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1String(", "));
}

QString verifyFailureText(const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        QString reason;
        switch (error.error()) {
        case QSslError::CertificateExpired:
            reason = QStringLiteral("certificate expired");
            break;
        case QSslError::CertificateNotYetValid:
            reason = QStringLiteral("certificate not yet valid");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateSignatureFailed:
            reason = QStringLiteral("certificate untrusted (not issued by a CA in the cafile)");
            break;
        case QSslError::CertificateRevoked:
            reason = QStringLiteral("certificate revoked");
            break;
        case QSslError::NoPeerCertificate:
            reason = QStringLiteral("no client certificate (missing; this listener requires one)");
            break;
        default:
            reason = error.errorString();
            break;
        }
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return reasons.join(QLatin1String("; "));
}

} // namespace homewire::broker::net
