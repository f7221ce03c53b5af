#include "certificateauthority.h"

#include <QCoreApplication>
#include <QUrl>
#include <memory>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <optional>

namespace homewire::broker::net {

namespace {

// The translation context of the messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)
};

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

using Failure = Error<CertificateError>;

constexpr int MaxCommonNameLength = 64; // ub-common-name, RFC 5280
constexpr int MaxValidDays = 36500;
// A device whose clock runs a little behind still accepts a certificate made just now.
constexpr long BackdateSeconds = 3600;

// What went wrong, with libcrypto's own words for it; clears its error queue.
Failure cryptoError(const QString &what)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    if (reasons.isEmpty())
        return makeError(CertificateError::CryptoFailed, what);
    return makeError(CertificateError::CryptoFailed,
                     QStringLiteral("%1: %2").arg(what, reasons.join(QStringLiteral("; "))));
}

Failure invalid(const QString &message)
{
    return makeError(CertificateError::InvalidRequest, message);
}

std::optional<Failure> checkCommonName(const QString &name, int validDays)
{
    if (name.trimmed().isEmpty())
        return invalid(Text::tr("the common name is empty"));
    if (name.size() > MaxCommonNameLength)
        return invalid(Text::tr("the common name is longer than %1 characters").arg(MaxCommonNameLength));
    if (validDays < 1 || validDays > MaxValidDays)
        return invalid(Text::tr("a certificate is valid for 1 to %1 days").arg(MaxValidDays));
    return std::nullopt;
}

QByteArray bioBytes(BIO *bio)
{
    BUF_MEM *memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    return memory ? QByteArray(memory->data, qsizetype(memory->length)) : QByteArray();
}

Result<KeyPtr, CertificateError> newKey()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return cryptoError(Text::tr("could not make an EC P-256 key"));
    return key;
}

// A v3 certificate for `key` named `commonName`, valid from now, not yet signed.
Result<X509Ptr, CertificateError> newCertificate(EVP_PKEY *key, const QString &commonName, int validDays)
{
    X509Ptr cert(X509_new());
    BigNumPtr serial(BN_new());
    if (!cert || !serial)
        return cryptoError(Text::tr("out of memory"));
    if (!X509_set_version(cert.get(), X509_VERSION_3))
        return cryptoError(Text::tr("could not set the version"));
    // 128 random bits, never zero (RFC 5280 asks for a positive serial).
    do {
        if (!BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
            return cryptoError(Text::tr("could not draw a serial number"));
    } while (BN_is_zero(serial.get()));
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return cryptoError(Text::tr("could not set the serial number"));
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -BackdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0, nullptr))
        return cryptoError(Text::tr("could not set the validity period"));
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                    -1, 0))
        return cryptoError(Text::tr("could not set the common name"));
    if (!X509_set_pubkey(cert.get(), key))
        return cryptoError(Text::tr("could not set the public key"));
    return cert;
}

std::optional<Failure> addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    if (!extension || !X509_add_ext(cert, extension.get(), -1))
        return cryptoError(Text::tr("could not add the %1 extension").arg(QLatin1String(OBJ_nid2sn(nid))));
    return std::nullopt;
}

// The extensions in order; the subject key identifier first, as the
// authority key identifier of a self-signed certificate is read from it.
std::optional<Failure> addExtensions(X509 *cert, X509 *issuer,
                                     std::initializer_list<std::pair<int, const char *>> list)
{
    for (const auto &[nid, value] : list) {
        if (auto failure = addExtension(cert, issuer, nid, value))
            return failure;
    }
    return std::nullopt;
}

std::optional<Failure> addGeneralName(GENERAL_NAMES *names, int type, const QByteArray &bytes)
{
    ASN1_STRING *value = type == GEN_DNS ? ASN1_IA5STRING_new() : ASN1_OCTET_STRING_new();
    GENERAL_NAME *name = GENERAL_NAME_new();
    if (!value || !name || !ASN1_STRING_set(value, bytes.constData(), int(bytes.size()))) {
        ASN1_STRING_free(value);
        GENERAL_NAME_free(name);
        return cryptoError(Text::tr("could not make a subject alternative name"));
    }
    GENERAL_NAME_set0_value(name, type, value);
    if (!sk_GENERAL_NAME_push(names, name)) {
        GENERAL_NAME_free(name);
        return cryptoError(Text::tr("could not add a subject alternative name"));
    }
    return std::nullopt;
}

QByteArray addressBytes(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const char bytes[4] = {char(v4 >> 24), char(v4 >> 16), char(v4 >> 8), char(v4)};
        return QByteArray(bytes, 4);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address(); // without a scope: the scope is no part of the name
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}

std::optional<Failure> addSubjectAltNames(X509 *cert, const CertificateRequest &request)
{
    NamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return cryptoError(Text::tr("out of memory"));
    QList<QByteArray> seen;
    for (const QString &dns : request.dnsNames) {
        const QByteArray ascii = QUrl::toAce(dns.toLower());
        if (seen.contains(ascii))
            continue;
        seen.append(ascii);
        if (auto failure = addGeneralName(names.get(), GEN_DNS, ascii))
            return failure;
    }
    for (const QHostAddress &address : request.addresses) {
        const QByteArray bytes = addressBytes(address);
        if (seen.contains(bytes))
            continue;
        seen.append(bytes);
        if (auto failure = addGeneralName(names.get(), GEN_IPADD, bytes))
            return failure;
    }
    if (seen.isEmpty())
        return std::nullopt;
    if (!X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT))
        return cryptoError(Text::tr("could not add the subject alternative names"));
    return std::nullopt;
}

Result<CertificatePem, CertificateError> toPem(X509 *cert, EVP_PKEY *key)
{
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || !PEM_write_bio_X509(certBio.get(), cert) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return cryptoError(Text::tr("could not write PEM"));
    return CertificatePem{bioBytes(certBio.get()), bioBytes(keyBio.get())};
}

struct Authority
{
    X509Ptr certificate;
    KeyPtr key;
};

Result<Authority, CertificateError> readAuthority(const CertificatePem &pem)
{
    BioPtr certBio(BIO_new_mem_buf(pem.certificate.constData(), int(pem.certificate.size())));
    BioPtr keyBio(BIO_new_mem_buf(pem.privateKey.constData(), int(pem.privateKey.size())));
    if (!certBio || !keyBio)
        return cryptoError(Text::tr("out of memory"));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return makeError(CertificateError::InvalidRequest,
                         cryptoError(Text::tr("the authority's certificate is not PEM")).message);
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return makeError(CertificateError::InvalidRequest,
                         cryptoError(Text::tr("the authority's key is not an unencrypted PEM key")).message);
    if (X509_check_ca(cert.get()) < 1)
        return invalid(Text::tr("the authority's certificate is not a CA certificate"));
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return invalid(Text::tr("the authority's key does not belong to its certificate"));
    }
    return Authority{std::move(cert), std::move(key)};
}

} // namespace

void releaseCryptoThreadState()
{
    OPENSSL_thread_stop();
}

bool isValidDnsName(const QString &name)
{
    QStringView rest(name);
    if (rest.startsWith(QLatin1String("*.")))
        rest = rest.mid(2);
    const QByteArray ascii = QUrl::toAce(rest.toString());
    if (ascii.isEmpty() || ascii.size() > 253)
        return false;
    for (const QByteArray &label : ascii.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '_';
            if (!ok)
                return false;
        }
    }
    return true;
}

Result<CertificatePem, CertificateError> createAuthority(const QString &commonName, int validDays)
{
    if (auto failure = checkCommonName(commonName, validDays))
        return *failure;
    ERR_clear_error();
    auto key = newKey();
    if (!key)
        return key.error();
    auto cert = newCertificate(key->get(), commonName, validDays);
    if (!cert)
        return cert.error();
    X509 *x = cert->get();
    if (!X509_set_issuer_name(x, X509_get_subject_name(x)))
        return cryptoError(Text::tr("could not set the issuer"));
    if (auto failure = addExtensions(x, x,
                                     {{NID_subject_key_identifier, "hash"},
                                      {NID_authority_key_identifier, "keyid:always"},
                                      {NID_basic_constraints, "critical,CA:TRUE"},
                                      {NID_key_usage, "critical,keyCertSign,cRLSign"}}))
        return *failure;
    if (X509_sign(x, key->get(), EVP_sha256()) <= 0)
        return cryptoError(Text::tr("could not sign the authority"));
    return toPem(x, key->get());
}

Result<CertificatePem, CertificateError> issueCertificate(const CertificatePem &authority,
                                                          const CertificateRequest &request)
{
    if (auto failure = checkCommonName(request.commonName, request.validDays))
        return *failure;
    for (const QString &dns : request.dnsNames) {
        if (!isValidDnsName(dns))
            return invalid(Text::tr("“%1” is not a DNS name").arg(dns));
    }
    for (const QHostAddress &address : request.addresses) {
        if (address.isNull())
            return invalid(Text::tr("an IP address is empty"));
    }
    ERR_clear_error();
    auto ca = readAuthority(authority);
    if (!ca)
        return ca.error();
    auto key = newKey();
    if (!key)
        return key.error();
    auto cert = newCertificate(key->get(), request.commonName, request.validDays);
    if (!cert)
        return cert.error();
    X509 *x = cert->get();
    if (!X509_set_issuer_name(x, X509_get_subject_name(ca->certificate.get())))
        return cryptoError(Text::tr("could not set the issuer"));
    const bool server = request.usage == CertificateUsage::Server;
    if (auto failure = addExtensions(x, ca->certificate.get(),
                                     {{NID_subject_key_identifier, "hash"},
                                      {NID_authority_key_identifier, "keyid:always"},
                                      {NID_basic_constraints, "critical,CA:FALSE"},
                                      {NID_key_usage, "critical,digitalSignature"},
                                      {NID_ext_key_usage, server ? "serverAuth" : "clientAuth"}}))
        return *failure;
    if (auto failure = addSubjectAltNames(x, request))
        return *failure;
    if (X509_sign(x, ca->key.get(), EVP_sha256()) <= 0)
        return cryptoError(Text::tr("could not sign the certificate"));
    return toPem(x, key->get());
}

} // namespace homewire::broker::net
