// RevocationList: the client certificates a TLS listener refuses although
// they chain to its CA, read from a CRL file (PEM, one or more CRLs, or DER).
//
// Qt has no CRL support, so the file is read with OpenSSL's libcrypto. Each
// CRL must be signed by a CA of the listener's bundle; what it lists is kept
// as (issuer, serial number) pairs, so checking a certificate costs one
// parse of it and one set lookup. Not here: fetching CRLs (CDP), OCSP, or
// reloading the file while the broker runs.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

namespace homewire::broker::net {

class RevocationList
{
public:
    // Reads `path`, checking each CRL's signature against `authorities`.
    // Returns false with `error` set ("not signed by a CA in the cafile", ...).
    bool load(const QString &path, const QList<QSslCertificate> &authorities, QString *error);

    bool isRevoked(const QSslCertificate &certificate) const;
    // The earliest "next update" of the CRLs read; null when they name none.
    QDateTime nextUpdate() const { return m_nextUpdate; }
    qsizetype revokedCount() const { return m_revoked.size(); }

private:
    QSet<QByteArray> m_revoked; // DER of the issuer name followed by DER of the serial number
    QDateTime m_nextUpdate;
};

} // namespace homewire::broker::net
