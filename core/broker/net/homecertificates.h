// Home certificates: TLS for a home in one step. The home's own authority and
// the broker's certificate live in <broker data directory>/tls:
//
//     ca.crt      the authority devices are given, to trust the broker
//     ca.key      its key (0600): signs the broker's and devices' certificates
//     server.crt  the broker's certificate: this machine's names and addresses
//     server.key  its key (0600)
//
// Making them again keeps an authority that is already there, so devices
// that trust ca.crt keep trusting the broker; only the broker's certificate is
// new (for instance after the machine got another address). Device
// certificates are signed by the same authority and written where the user
// wants them, with a copy of ca.crt.
//
// Files are written whole or not at all (QSaveFile). On POSIX keys are 0600
// and the folder 0700; elsewhere Qt's QFile::setPermissions is all there is.
//
// Not here: making the certificates (certificateauthority.h), which listener
// uses them (the application's settings).
#pragma once

#include "certificateauthority.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace homewire::broker::net {

struct HomeTlsPaths
{
    explicit HomeTlsPaths(const QString &directory);

    QString directory;
    QString caCertificate;
    QString caKey;
    QString serverCertificate;
    QString serverKey;

    bool hasAuthority() const; // ca.crt and ca.key exist
    bool isComplete() const;   // all four exist
};

// <brokerDataDirectory>/tls
QString homeTlsDirectory(const QString &brokerDataDirectory);

// The names devices may reach this machine by: its host name, <host>.local
// (mDNS) when the host name has no domain, and "localhost". No DNS lookup.
QStringList localHostNames();
// 127.0.0.1, ::1 and the addresses of the interfaces that are up, except
// loopback and IPv6 link-local ones.
QList<QHostAddress> localAddresses();

struct HomeSetup
{
    HomeTlsPaths paths{QString()};
    bool authorityCreated = false; // false: an existing ca.crt/ca.key was kept
    QStringList hostNames;         // in the broker's certificate
    QList<QHostAddress> addresses; // in the broker's certificate
};

// Writes the broker's certificate for `hostNames` and `addresses` into
// `directory`, and the authority first when there is none yet. The first
// host name is the certificate's common name.
Result<HomeSetup, CertificateError> createHomeSetup(const QString &directory, const QStringList &hostNames,
                                                    const QList<QHostAddress> &addresses);

struct DeviceCertificateFiles
{
    QString certificate;   // <target>/<name>.crt
    QString privateKey;    // <target>/<name>.key
    QString caCertificate; // <target>/ca.crt
};

// The file name a device's certificate gets: its name with anything but
// letters, digits, '.', '_' and '-' replaced by '-'.
QString deviceFileBaseName(const QString &deviceName);

// A client certificate for `deviceName` (its common name) signed by the
// home's authority in `tlsDirectory`, written into `targetDirectory` (made
// when missing; existing files of the same names are replaced).
Result<DeviceCertificateFiles, CertificateError> createDeviceCertificate(const QString &tlsDirectory,
                                                                         const QString &deviceName,
                                                                         const QString &targetDirectory,
                                                                         int validDays = 3650);

// Writes `pem` to `path` whole or not at all; `secret`: readable by the owner only.
Result<void, CertificateError> writePemFile(const QString &path, const QByteArray &pem, bool secret);

} // namespace homewire::broker::net
