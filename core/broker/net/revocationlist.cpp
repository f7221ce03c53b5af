#include "revocationlist.h"

#include <QFile>
#include <QTimeZone>
#include <ctime>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <vector>

namespace homewire::broker::net {

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_CRL *p) const { X509_CRL_free(p); }
};
using Bio = std::unique_ptr<BIO, Free>;
using X509Ptr = std::unique_ptr<X509, Free>;
using CrlPtr = std::unique_ptr<X509_CRL, Free>;

// Every certificate in the PEM file `path`.
std::vector<X509Ptr> readAuthorities(const QString &path)
{
    std::vector<X509Ptr> authorities;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return authorities;
    const QByteArray bytes = file.readAll();
    Bio pem(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    while (X509 *certificate = PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr))
        authorities.emplace_back(certificate);
    ERR_clear_error(); // the end of the PEM blocks leaves an error behind
    return authorities;
}

// The DER of `value`, as OpenSSL's i2d function for its type writes it.
template<typename T> QByteArray derOf(const T *value, int (*i2d)(const T *, unsigned char **))
{
    unsigned char *out = nullptr;
    const int n = i2d(value, &out);
    QByteArray der(reinterpret_cast<const char *>(out), qMax(0, n));
    OPENSSL_free(out);
    return der;
}

QByteArray derOf(const X509_NAME *name)
{
    return derOf(name, i2d_X509_NAME);
}

QByteArray derOf(const ASN1_INTEGER *serial)
{
    return derOf(serial, i2d_ASN1_INTEGER);
}

QString nameText(const X509_NAME *name)
{
    char buffer[256] = {};
    X509_NAME_oneline(name, buffer, int(sizeof buffer));
    return QString::fromUtf8(buffer);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

// Every CRL in `bytes`: PEM blocks, or one DER structure.
std::vector<CrlPtr> readCrls(const QByteArray &bytes)
{
    std::vector<CrlPtr> crls;
    Bio pem(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    while (X509_CRL *crl = PEM_read_bio_X509_CRL(pem.get(), nullptr, nullptr, nullptr))
        crls.emplace_back(crl);
    if (crls.empty()) {
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        if (X509_CRL *crl = d2i_X509_CRL(nullptr, &data, long(bytes.size())))
            crls.emplace_back(crl);
    }
    ERR_clear_error(); // the end of the PEM blocks leaves an error behind
    return crls;
}

// Whether one of `authorities` issued and signed `crl`.
bool signedByOneOf(X509_CRL *crl, const std::vector<X509Ptr> &authorities)
{
    for (const X509Ptr &ca : authorities) {
        if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(ca.get())) != 0)
            continue;
        EVP_PKEY *key = X509_get0_pubkey(ca.get());
        if (key && X509_CRL_verify(crl, key) == 1)
            return true;
    }
    ERR_clear_error();
    return false;
}

} // namespace

bool RevocationList::load(const QString &path, const QString &caFile, QString *error)
{
    const std::vector<X509Ptr> authorities = readAuthorities(caFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::vector<CrlPtr> crls = readCrls(file.readAll());
    if (crls.empty()) {
        *error = QStringLiteral("no certificate revocation list in it (PEM or DER)");
        return false;
    }
    m_revoked.clear();
    m_nextUpdate = {};
    for (const CrlPtr &crl : crls) {
        if (!signedByOneOf(crl.get(), authorities)) {
            *error = QStringLiteral("the revocation list of %1 is not signed by a CA in the cafile")
                         .arg(nameText(X509_CRL_get_issuer(crl.get())));
            return false;
        }
        const QByteArray issuer = derOf(X509_CRL_get_issuer(crl.get()));
        const STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl.get());
        for (int i = 0; i < sk_X509_REVOKED_num(revoked); ++i)
            m_revoked.insert(issuer +
                             derOf(X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(revoked, i))));
        const QDateTime next = toDateTime(X509_CRL_get0_nextUpdate(crl.get()));
        if (next.isValid() && (!m_nextUpdate.isValid() || next < m_nextUpdate))
            m_nextUpdate = next;
    }
    return true;
}

bool RevocationList::isRevoked(const X509 *certificate) const
{
    if (m_revoked.isEmpty() || !certificate)
        return false;
    return m_revoked.contains(derOf(X509_get_issuer_name(certificate)) +
                              derOf(X509_get0_serialNumber(certificate)));
}

} // namespace homewire::broker::net
