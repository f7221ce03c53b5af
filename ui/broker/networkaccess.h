// NetworkAccess: whether and how devices on the network reach the embedded
// broker, saved in QSettings under broker/network/. Off by default: the
// broker then listens on 127.0.0.1 only. On, it adds listeners on the LAN
// (0.0.0.0) that never let anonymous clients in: TLS (recommended, 8883)
// with the home's own certificates or the user's files, and optionally a
// plain port, which the dialog warns about.
//
// Not here: the dialog (NetworkAccessDialog), starting the broker (BrokerPage).
#pragma once

#include "broker/listenersettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace homewire::ui {

struct NetworkAccess
{
    Q_DECLARE_TR_FUNCTIONS(NetworkAccess)

public:
    static constexpr int DefaultTlsPort = 8883;
    static constexpr int DefaultPlainPort = 1884; // 1883 is this computer's

    bool enabled = false;
    // How devices log in; at least one of the two.
    bool passwords = true;
    bool clientCertificates = false; // the certificate's common name is the user name
    bool tls = true;
    int tlsPort = DefaultTlsPort; // 0: any free port (tests)
    bool homeCertificates = true; // the files in <broker dataDir>/tls
    QString ownCertFile;          // otherwise these
    QString ownKeyFile;
    QString ownCaFile;
    bool plain = false;
    int plainPort = DefaultPlainPort;

    static NetworkAccess load();
    void save() const;

    // The files TLS uses: the home's (in `tlsDirectory`) or the user's own.
    QString certFile(const QString &tlsDirectory) const;
    QString keyFile(const QString &tlsDirectory) const;
    QString caFile(const QString &tlsDirectory) const;

    // The network listeners, bound to `address` (0.0.0.0 but in tests); none when off.
    QList<broker::ListenerSettings> listeners(const QHostAddress &address, const QString &tlsDirectory) const;
    // What keeps the listeners from starting (a missing file); empty when nothing.
    QString missingFile(const QString &tlsDirectory) const;
    // "Only this computer can connect." or who can, where and how.
    QString description() const;
};

} // namespace homewire::ui
