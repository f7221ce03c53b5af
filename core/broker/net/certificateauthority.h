// Certificate authority: the certificates a home needs for TLS, made in
// memory with libcrypto, so turning on TLS never sends a user to openssl.
//
// An authority (self-signed, basicConstraints CA:TRUE, keyCertSign and
// cRLSign) issues leaf certificates: for the broker (serverAuth, with the
// names and addresses devices reach it by as subject alternative names) and
// for devices (clientAuth; the common name is the identity a listener with
// identityAsUserName takes as the user name). Every key is EC P-256, every
// serial 128 random bits, every signature SHA-256; leaves carry CA:FALSE,
// digitalSignature and subject/authority key identifiers. Output is PEM:
// certificates as X.509, keys as unencrypted PKCS#8.
//
// Not here: files and the home's folder (homecertificates.h), loading
// certificates into a listener (the network layer), revocation, renewal.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace homewire::broker::net {

enum class CertificateError : quint8
{
    InvalidRequest, // an empty or malformed name, a bad validity period, PEM that does not parse
    CryptoFailed,   // libcrypto refused; the message carries its error text
    ReadFailed,
    WriteFailed,
};

// A certificate with its private key, both PEM.
struct CertificatePem
{
    QByteArray certificate;
    QByteArray privateKey;
};

enum class CertificateUsage : quint8
{
    Server, // extendedKeyUsage serverAuth: the broker
    Client, // extendedKeyUsage clientAuth: a device logging in with it
};

struct CertificateRequest
{
    QString commonName;
    QStringList dnsNames;          // subject alternative names (IDNs are written in their ASCII form)
    QList<QHostAddress> addresses; // subject alternative names (IP)
    CertificateUsage usage = CertificateUsage::Server;
    int validDays = 825; // what Apple's platforms accept for a TLS server at most
};

// A new self-signed authority.
Result<CertificatePem, CertificateError> createAuthority(const QString &commonName, int validDays = 3650);

// A new key and a certificate for it, signed by `authority`.
Result<CertificatePem, CertificateError> issueCertificate(const CertificatePem &authority,
                                                          const CertificateRequest &request);

// Frees what libcrypto keeps for the calling thread (its random generators
// and error queue). For pool threads that made certificates and live on: a
// thread that ends frees it by itself.
void releaseCryptoThreadState();

// Whether `name` can be a DNS subject alternative name (letters, digits,
// '-', '_', dots between labels, "*." in front).
bool isValidDnsName(const QString &name);

} // namespace homewire::broker::net
