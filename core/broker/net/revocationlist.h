// RevocationList: the client certificates a TLS listener refuses although
// they chain to its CA, read from a CRL file (PEM, one or more CRLs, or DER).
//
// Each CRL must be signed by a CA of the listener's bundle; what it lists is
// kept as (issuer, serial number) pairs, so checking a certificate costs one
// set lookup. The listener checks it while verifying a client's certificate
// (tlssession.h), so a revoked certificate is refused with the reason in the
// log even when the CRL is past its next update. Not here: fetching CRLs
// (CDP), OCSP, or reloading the file while the broker runs.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

typedef struct x509_st X509;

namespace homewire::broker::net {

class RevocationList
{
public:
    // Reads `path`, checking each CRL's signature against the CAs in the PEM
    // bundle `caFile`. Returns false with `error` set ("not signed by a CA in
    // the cafile", ...).
    bool load(const QString &path, const QString &caFile, QString *error);

    bool isRevoked(const X509 *certificate) const;
    // The earliest "next update" of the CRLs read; null when they name none.
    QDateTime nextUpdate() const { return m_nextUpdate; }
    qsizetype revokedCount() const { return m_revoked.size(); }

private:
    QSet<QByteArray> m_revoked; // DER of the issuer name followed by DER of the serial number
    QDateTime m_nextUpdate;
};

} // namespace homewire::broker::net
