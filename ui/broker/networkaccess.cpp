#include "ui/broker/networkaccess.h"

#include "broker/net/homecertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace homewire::ui {

namespace {

QString key(const char *name)
{
    return QStringLiteral("broker/network/") + QLatin1String(name);
}

} // namespace

NetworkAccess NetworkAccess::load()
{
    const QSettings settings;
    NetworkAccess access;
    access.enabled = settings.value(key("enabled"), false).toBool();
    access.passwords = settings.value(key("passwords"), true).toBool();
    access.clientCertificates = settings.value(key("clientCertificates"), false).toBool();
    access.tls = settings.value(key("tls"), true).toBool();
    access.tlsPort = settings.value(key("tlsPort"), DefaultTlsPort).toInt();
    access.homeCertificates = settings.value(key("homeCertificates"), true).toBool();
    access.ownCertFile = settings.value(key("certFile")).toString();
    access.ownKeyFile = settings.value(key("keyFile")).toString();
    access.ownCaFile = settings.value(key("caFile")).toString();
    access.plain = settings.value(key("plain"), false).toBool();
    access.plainPort = settings.value(key("plainPort"), DefaultPlainPort).toInt();
    return access;
}

void NetworkAccess::save() const
{
    QSettings settings;
    settings.setValue(key("enabled"), enabled);
    settings.setValue(key("passwords"), passwords);
    settings.setValue(key("clientCertificates"), clientCertificates);
    settings.setValue(key("tls"), tls);
    settings.setValue(key("tlsPort"), tlsPort);
    settings.setValue(key("homeCertificates"), homeCertificates);
    settings.setValue(key("certFile"), ownCertFile);
    settings.setValue(key("keyFile"), ownKeyFile);
    settings.setValue(key("caFile"), ownCaFile);
    settings.setValue(key("plain"), plain);
    settings.setValue(key("plainPort"), plainPort);
}

QString NetworkAccess::certFile(const QString &tlsDirectory) const
{
    return homeCertificates ? broker::net::HomeTlsPaths(tlsDirectory).serverCertificate : ownCertFile;
}

QString NetworkAccess::keyFile(const QString &tlsDirectory) const
{
    return homeCertificates ? broker::net::HomeTlsPaths(tlsDirectory).serverKey : ownKeyFile;
}

QString NetworkAccess::caFile(const QString &tlsDirectory) const
{
    return homeCertificates ? broker::net::HomeTlsPaths(tlsDirectory).caCertificate : ownCaFile;
}

QList<broker::ListenerSettings> NetworkAccess::listeners(const QHostAddress &address,
                                                         const QString &tlsDirectory) const
{
    QList<broker::ListenerSettings> list;
    if (!enabled)
        return list;
    if (tls) {
        broker::ListenerSettings secure;
        secure.address = address;
        secure.port = quint16(tlsPort);
        secure.tls = true;
        secure.certFile = certFile(tlsDirectory);
        secure.keyFile = keyFile(tlsDirectory);
        if (clientCertificates) {
            secure.caFile = caFile(tlsDirectory);
            secure.clientCertificates =
                passwords ? broker::ClientCertificates::Optional : broker::ClientCertificates::Require;
            secure.identityAsUserName = true;
        }
        secure.allowAnonymous = false;
        list.append(secure);
    }
    if (plain) {
        broker::ListenerSettings clear;
        clear.address = address;
        clear.port = quint16(plainPort);
        clear.allowAnonymous = false;
        list.append(clear);
    }
    return list;
}

QString NetworkAccess::missingFile(const QString &tlsDirectory) const
{
    if (!enabled || !tls)
        return {};
    QStringList needed{certFile(tlsDirectory), keyFile(tlsDirectory)};
    if (clientCertificates)
        needed.append(caFile(tlsDirectory));
    for (const QString &file : needed) {
        if (file.isEmpty())
            return tr("No certificate file is chosen.");
        if (!QFileInfo(file).isReadable())
            return tr("%1 is missing or cannot be read.").arg(QDir::toNativeSeparators(file));
    }
    return {};
}

QString NetworkAccess::description() const
{
    if (!enabled || (!tls && !plain))
        return tr("Only this computer can connect.");
    const QString how = passwords && clientCertificates ? tr("passwords or client certificates")
                        : clientCertificates            ? tr("client certificates")
                                                        : tr("passwords");
    if (tls && plain)
        return tr("Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, "
                  "passwords).")
            .arg(tlsPort)
            .arg(plainPort)
            .arg(how);
    if (tls)
        return tr("Devices on your network can connect on port %1 (TLS, %2).").arg(tlsPort).arg(how);
    return tr("Devices on your network can connect on port %1 (unencrypted, passwords).").arg(plainPort);
}

} // namespace homewire::ui
