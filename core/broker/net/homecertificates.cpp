#include "homecertificates.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSaveFile>

namespace homewire::broker::net {

namespace {

// The translation context of the messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)
};

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int ServerValidDays = 825;
constexpr int MaxHostInName = 24;

Result<QByteArray, CertificateError> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            CertificateError::ReadFailed,
            Text::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

Result<CertificatePem, CertificateError> readAuthority(const HomeTlsPaths &paths)
{
    auto certificate = readFile(paths.caCertificate);
    if (!certificate)
        return certificate.error();
    auto key = readFile(paths.caKey);
    if (!key)
        return key.error();
    return CertificatePem{certificate.value(), key.value()};
}

Result<void, CertificateError> makeDirectory(const QString &path, bool secret)
{
    if (!QDir().mkpath(path))
        return makeError(CertificateError::WriteFailed,
                         Text::tr("Could not make the folder %1").arg(QDir::toNativeSeparators(path)));
    if (secret)
        QFile::setPermissions(path, OwnerOnly | QFileDevice::ExeOwner);
    return {};
}

QString authorityName(const QStringList &hostNames)
{
    const QString host = hostNames.value(0, QStringLiteral("localhost")).left(MaxHostInName);
    return QStringLiteral("Homewire CA %1 %2").arg(host, QDate::currentDate().toString(Qt::ISODate));
}

} // namespace

HomeTlsPaths::HomeTlsPaths(const QString &dir)
    : directory(dir)
    , caCertificate(QDir(dir).filePath(QStringLiteral("ca.crt")))
    , caKey(QDir(dir).filePath(QStringLiteral("ca.key")))
    , serverCertificate(QDir(dir).filePath(QStringLiteral("server.crt")))
    , serverKey(QDir(dir).filePath(QStringLiteral("server.key")))
{}

bool HomeTlsPaths::hasAuthority() const
{
    return !directory.isEmpty() && QFileInfo::exists(caCertificate) && QFileInfo::exists(caKey);
}

bool HomeTlsPaths::isComplete() const
{
    return hasAuthority() && QFileInfo::exists(serverCertificate) && QFileInfo::exists(serverKey);
}

QString homeTlsDirectory(const QString &brokerDataDirectory)
{
    return QDir(brokerDataDirectory).filePath(QStringLiteral("tls"));
}

QStringList localHostNames()
{
    QStringList names;
    const QString host = QHostInfo::localHostName();
    if (isValidDnsName(host)) {
        names.append(host);
        if (!host.contains(QLatin1Char('.')))
            names.append(host + QStringLiteral(".local"));
    }
    if (!names.contains(QStringLiteral("localhost")))
        names.append(QStringLiteral("localhost"));
    return names;
}

QList<QHostAddress> localAddresses()
{
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost),
                                  QHostAddress(QHostAddress::LocalHostIPv6)};
    const auto up = QNetworkInterface::IsUp | QNetworkInterface::IsRunning;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if ((interface.flags() & up) != up || interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            QHostAddress address = entry.ip();
            if (address.isLoopback() || address.isLinkLocal() || address.isNull())
                continue;
            address.setScopeId(QString());
            if (!addresses.contains(address))
                addresses.append(address);
        }
    }
    return addresses;
}

Result<void, CertificateError> writePemFile(const QString &path, const QByteArray &pem, bool secret)
{
    QSaveFile file(path);
    const auto fail = [&file, &path] {
        return makeError(
            CertificateError::WriteFailed,
            Text::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // Before a byte is written: the temporary file becomes the final one.
    if (secret && !file.setPermissions(OwnerOnly))
        return fail();
    if (file.write(pem) != pem.size() || !file.commit())
        return fail();
    return {};
}

Result<HomeSetup, CertificateError> createHomeSetup(const QString &directory, const QStringList &hostNames,
                                                    const QList<QHostAddress> &addresses)
{
    HomeSetup setup;
    setup.paths = HomeTlsPaths(directory);
    setup.hostNames = hostNames;
    setup.addresses = addresses;
    if (auto made = makeDirectory(directory, true); !made)
        return made.error();

    CertificatePem authority;
    if (setup.paths.hasAuthority()) {
        auto existing = readAuthority(setup.paths);
        if (!existing)
            return existing.error();
        authority = existing.value();
    } else {
        auto created = createAuthority(authorityName(hostNames));
        if (!created)
            return created.error();
        authority = created.value();
        setup.authorityCreated = true;
    }

    CertificateRequest request;
    request.commonName = hostNames.value(0, QStringLiteral("localhost"));
    request.dnsNames = hostNames;
    request.addresses = addresses;
    request.usage = CertificateUsage::Server;
    request.validDays = ServerValidDays;
    auto server = issueCertificate(authority, request);
    if (!server) {
        if (!setup.authorityCreated && server.errorCode() == CertificateError::InvalidRequest)
            return makeError(
                CertificateError::InvalidRequest,
                Text::tr("The home's authority in %1 cannot be used (%2). Move ca.crt and ca.key "
                         "away to start a new one; devices then need the new ca.crt.")
                    .arg(QDir::toNativeSeparators(directory), server.error().message));
        return server.error();
    }

    if (setup.authorityCreated) {
        if (auto written = writePemFile(setup.paths.caKey, authority.privateKey, true); !written)
            return written.error();
        if (auto written = writePemFile(setup.paths.caCertificate, authority.certificate, false); !written)
            return written.error();
    }
    if (auto written = writePemFile(setup.paths.serverKey, server->privateKey, true); !written)
        return written.error();
    if (auto written = writePemFile(setup.paths.serverCertificate, server->certificate, false); !written)
        return written.error();
    return setup;
}

QString deviceFileBaseName(const QString &deviceName)
{
    QString base;
    for (const QChar c : deviceName.trimmed()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-');
        base.append(keep ? c : QLatin1Char('-'));
    }
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("device") : base;
}

Result<DeviceCertificateFiles, CertificateError> createDeviceCertificate(const QString &tlsDirectory,
                                                                         const QString &deviceName,
                                                                         const QString &targetDirectory,
                                                                         int validDays)
{
    const HomeTlsPaths paths(tlsDirectory);
    const QString base = deviceFileBaseName(deviceName);
    if (base.compare(QStringLiteral("ca"), Qt::CaseInsensitive) == 0)
        return makeError(CertificateError::InvalidRequest,
                         Text::tr("A device cannot be called “ca”: ca.crt is the authority's file."));
    if (QFileInfo(targetDirectory).absoluteFilePath() == QFileInfo(tlsDirectory).absoluteFilePath())
        return makeError(CertificateError::InvalidRequest,
                         Text::tr("Choose a folder other than the broker's own certificate folder."));
    if (!paths.hasAuthority())
        return makeError(
            CertificateError::ReadFailed,
            Text::tr("There is no home authority in %1 yet.").arg(QDir::toNativeSeparators(tlsDirectory)));
    auto authority = readAuthority(paths);
    if (!authority)
        return authority.error();
    CertificateRequest request;
    request.commonName = deviceName.trimmed();
    request.usage = CertificateUsage::Client;
    request.validDays = validDays;
    auto issued = issueCertificate(authority.value(), request);
    if (!issued)
        return issued.error();

    if (auto made = makeDirectory(targetDirectory, false); !made)
        return made.error();
    const QDir target(targetDirectory);
    DeviceCertificateFiles files{target.filePath(base + QStringLiteral(".crt")),
                                 target.filePath(base + QStringLiteral(".key")),
                                 target.filePath(QStringLiteral("ca.crt"))};
    if (auto written = writePemFile(files.privateKey, issued->privateKey, true); !written)
        return written.error();
    if (auto written = writePemFile(files.certificate, issued->certificate, false); !written)
        return written.error();
    if (auto written = writePemFile(files.caCertificate, authority->certificate, false); !written)
        return written.error();
    return files;
}

} // namespace homewire::broker::net
