#include "tlscontext.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace homewire::broker::net {

namespace {

using Created = Result<std::shared_ptr<const TlsContext>, TlsError>;

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
};

// No passphrase: never ask on the terminal.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

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

Error<TlsError> fileError(TlsError code, const ListenerSettings &l, const char *option, const QString &path,
                          const QString &why)
{
    return makeError(
        code, QStringLiteral("listener %1: %2 %3: %4").arg(l.name(), QLatin1String(option), path, why));
}

std::optional<Error<TlsError>> loadIdentity(const ListenerSettings &l, SSL_CTX *context)
{
    QString why;
    if (!readFile(l.certFile, &why))
        return fileError(TlsError::UnreadableFile, l, "certfile", l.certFile, why);
    if (SSL_CTX_use_certificate_chain_file(context, QFile::encodeName(l.certFile).constData()) != 1)
        return fileError(TlsError::InvalidCertificate, l, "certfile", l.certFile,
                         QStringLiteral("no PEM certificate in it"));
    const auto keyPem = readFile(l.keyFile, &why);
    if (!keyPem)
        return fileError(TlsError::UnreadableFile, l, "keyfile", l.keyFile, why);
    std::unique_ptr<BIO, Free> bio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    std::unique_ptr<EVP_PKEY, Free> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        return fileError(TlsError::InvalidKey, l, "keyfile", l.keyFile,
                         QStringLiteral("no unencrypted PEM RSA or EC private key in it"));
    if (SSL_CTX_use_PrivateKey(context, key.get()) != 1 || SSL_CTX_check_private_key(context) != 1)
        return fileError(TlsError::KeyMismatch, l, "keyfile", l.keyFile,
                         QStringLiteral("the key does not belong to the certificate in %1").arg(l.certFile));
    return std::nullopt;
}

// Every cipher and TLS 1.3 cipher suite name this OpenSSL knows.
QSet<QByteArray> knownCiphers()
{
    QSet<QByteArray> names;
    std::unique_ptr<SSL_CTX, Free> all(SSL_CTX_new(TLS_server_method()));
    if (!all || SSL_CTX_set_cipher_list(all.get(), "ALL:COMPLEMENTOFALL") != 1)
        return names;
    SSL_CTX_set_ciphersuites(all.get(), "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:"
                                        "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_SHA256:"
                                        "TLS_AES_128_CCM_8_SHA256");
    const STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(all.get());
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i)
        names.insert(QByteArray(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
    return names;
}

// `ciphers` names TLS 1.2 ciphers and TLS 1.3 suites ("TLS_..."), in order
// of preference; each must be known, as a typo would otherwise go unnoticed.
std::optional<Error<TlsError>> loadCiphers(const ListenerSettings &l, SSL_CTX *context)
{
    if (l.ciphers.trimmed().isEmpty())
        return std::nullopt;
    const QSet<QByteArray> known = knownCiphers();
    QByteArrayList tls12;
    QByteArrayList tls13;
    for (const QString &name : l.ciphers.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QByteArray cipher = name.trimmed().toLatin1();
        if (!known.contains(cipher))
            return makeError(
                TlsError::UnknownCipher,
                QStringLiteral("listener %1: ciphers: '%2' is not a cipher this TLS library knows")
                    .arg(l.name(), name.trimmed()));
        (cipher.startsWith("TLS_") ? tls13 : tls12).append(cipher);
    }
    const bool applied =
        (tls12.isEmpty() || SSL_CTX_set_cipher_list(context, tls12.join(':').constData()) == 1) &&
        (tls13.isEmpty() || SSL_CTX_set_ciphersuites(context, tls13.join(':').constData()) == 1);
    if (!applied)
        return makeError(
            TlsError::UnknownCipher,
            QStringLiteral("listener %1: ciphers: '%2' cannot be used").arg(l.name(), l.ciphers));
    return std::nullopt;
}

int verifyMode(ClientCertificates mode)
{
    switch (mode) {
    case ClientCertificates::Off:
        return SSL_VERIFY_NONE;
    case ClientCertificates::Optional:
        return SSL_VERIFY_PEER;
    case ClientCertificates::Require:
        return SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    }
    return SSL_VERIFY_NONE;
}

// The CA bundle as the only trust anchors (the system's CAs are not asked),
// named to clients as the CAs their certificate must come from.
std::optional<Error<TlsError>> loadAuthorities(const ListenerSettings &l, SSL_CTX *context)
{
    QString why;
    if (!readFile(l.caFile, &why))
        return fileError(TlsError::UnreadableFile, l, "cafile", l.caFile, why);
    const QByteArray path = QFile::encodeName(l.caFile);
    STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(path.constData());
    if (!names || SSL_CTX_load_verify_locations(context, path.constData(), nullptr) != 1) {
        sk_X509_NAME_pop_free(names, X509_NAME_free);
        return fileError(TlsError::InvalidCaFile, l, "cafile", l.caFile,
                         QStringLiteral("no PEM certificate in it"));
    }
    SSL_CTX_set_client_CA_list(context, names);
    return std::nullopt;
}

QString utf8Text(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, value);
    QString text = n >= 0 ? QString::fromUtf8(reinterpret_cast<const char *>(utf8), n) : QString();
    OPENSSL_free(utf8);
    return text;
}

} // namespace

Created TlsContext::create(const ListenerSettings &l)
{
    auto context = std::shared_ptr<TlsContext>(new TlsContext);
    context->m_context = SSL_CTX_new(TLS_server_method());
    SSL_CTX *ctx = context->m_context;
    if (!ctx)
        return makeError(TlsError::NotSupported,
                         QStringLiteral("listener %1: TLS is not available (OpenSSL: %2)")
                             .arg(l.name(), QString::fromLatin1(ERR_reason_error_string(ERR_get_error()))));
    SSL_CTX_set_default_passwd_cb(ctx, noPassphrase);
    auto failed = loadIdentity(l, ctx);
    if (!failed)
        failed = loadCiphers(l, ctx);
    if (!failed && !l.caFile.isEmpty())
        failed = loadAuthorities(l, ctx);
    if (!failed && !l.caFile.isEmpty() && !l.crlFile.isEmpty()) {
        QString why;
        RevocationList crl;
        if (crl.load(l.crlFile, l.caFile, &why))
            context->m_crl = std::move(crl);
        else
            failed = fileError(TlsError::InvalidCrlFile, l, "crlfile", l.crlFile, why);
    }
    ERR_clear_error();
    if (failed)
        return *failed;
    SSL_CTX_set_min_proto_version(ctx, l.tlsMinimum == TlsMinimum::Tls13 ? TLS1_3_VERSION : TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_verify(ctx, verifyMode(l.clientCertificates), nullptr);
    // Resumed sessions must stay within the listener that verified them.
    static const unsigned char SessionContext[] = "homewire";
    SSL_CTX_set_session_id_context(ctx, SessionContext, sizeof SessionContext - 1);
    // One TLS 1.3 session ticket per handshake, not OpenSSL's two (meant for
    // browsers opening connections in parallel): an MQTT client holds one
    // connection, and a resumed one gets a fresh ticket. Each ticket costs a
    // copy of the session, and with client certificates that decodes the
    // client's certificate again (about a tenth of a mutual TLS handshake).
    SSL_CTX_set_num_tickets(ctx, 1);
    context->m_clientCertificates = l.clientCertificates;
    context->m_identity = l.identity;
    return std::shared_ptr<const TlsContext>(std::move(context));
}

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_context);
}

bool TlsContext::isRevoked(const X509 *certificate, bool *staleNotice) const
{
    if (!m_crl)
        return false;
    const bool stale = m_crl->nextUpdate().isValid() && m_crl->nextUpdate() < QDateTime::currentDateTimeUtc();
    *staleNotice = stale && !m_staleReported.exchange(true);
    return m_crl->isRevoked(certificate);
}

QString subjectText(const X509 *certificate)
{
    if (!certificate)
        return QStringLiteral("none");
    const X509_NAME *name = X509_get_subject_name(certificate);
    QStringList parts;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        const char *shortName = nid != NID_undef ? OBJ_nid2sn(nid) : "?";
        parts.append(QString::fromLatin1(shortName) + QLatin1Char('=') +
                     utf8Text(X509_NAME_ENTRY_get_data(entry)));
    }
    return parts.join(QLatin1String(", "));
}

QByteArray certificateIdentity(const X509 *certificate, CertificateIdentity field)
{
    if (!certificate)
        return {};
    if (field == CertificateIdentity::CommonName) {
        const X509_NAME *name = X509_get_subject_name(certificate);
        const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
        return at < 0 ? QByteArray()
                      : utf8Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at))).toUtf8();
    }
    std::unique_ptr<GENERAL_NAMES, Free> names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    QByteArray email;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(names.get(), i);
        if (entry->type == GEN_DNS)
            return utf8Text(entry->d.dNSName).toUtf8();
        if (entry->type == GEN_EMAIL && email.isEmpty())
            email = utf8Text(entry->d.rfc822Name).toUtf8();
    }
    return email;
}

QString verifyFailureText(long verifyError)
{
    switch (verifyError) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QStringLiteral("certificate expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QStringLiteral("certificate not yet valid");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QStringLiteral("certificate untrusted (not issued by a CA in the cafile)");
    case X509_V_ERR_CERT_REVOKED:
        return QStringLiteral("certificate revoked (listed in the crlfile)");
    default:
        return QStringLiteral("certificate refused: %1")
            .arg(QString::fromLatin1(X509_verify_cert_error_string(verifyError)));
    }
}

} // namespace homewire::broker::net
