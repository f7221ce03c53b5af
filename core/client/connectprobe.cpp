#include "connectprobe.h"

#include "clienterrors.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace homewire::client {

namespace {

// How long a finished handshake waits for a late TLS alert.
constexpr int AlertWaitMs = 250;

// The client key as Paho would read it: PEM, RSA or EC.
QSslKey readPrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

} // namespace

ConnectProbe::ConnectProbe(QObject *parent)
    : QObject(parent)
    , m_timeout(this)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(socketErrorText(QAbstractSocket::SocketTimeoutError, m_hostPort, QString())); });
}

ConnectProbe::~ConnectProbe()
{
    if (m_socket)
        m_socket->abort();
}

void ConnectProbe::start(const ConnectionProfile &profile, int timeoutMs)
{
    m_host = profile.host;
    m_hostPort = profile.hostAndPort();
    m_tls = profile.usesTls();
    if (m_tls && !QSslSocket::supportsSsl()) {
        finish(QString()); // cannot tell: the caller uses Paho's words
        return;
    }
    m_timeout.start(timeoutMs);

    if (!m_tls) {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, [this] { finish(QString()); });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &ConnectProbe::onSocketError);
        m_socket->connectToHost(profile.host, profile.port);
        return;
    }

    // The same trust decisions as the Paho connection: only the CA file when
    // one is given (Paho then ignores the system store too), the client
    // certificate, and the host name check unless verification is off.
    auto *socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty())
        config.setCaCertificates(QSslCertificate::fromPath(profile.caFile, QSsl::Pem));
    if (!profile.certificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(profile.certificateFile, QSsl::Pem);
        if (!certificates.isEmpty())
            config.setLocalCertificate(certificates.first());
    }
    if (!profile.keyFile.isEmpty()) {
        if (const QSslKey key = readPrivateKey(profile.keyFile); !key.isNull())
            config.setPrivateKey(key);
    }
    config.setPeerVerifyMode(profile.skipVerify ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    // With TLS 1.3 the client's side of the handshake is done before the
    // broker has checked the client certificate; a refusal ("certificate
    // required") arrives as an alert just after. Give it a moment.
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_timeout.stop();
        QTimer::singleShot(AlertWaitMs, this, [this] { finish(QString()); });
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, &ConnectProbe::onSocketError);
    m_socket = socket;
    socket->connectToHostEncrypted(profile.host, profile.port, profile.host);
}

void ConnectProbe::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_tls) {
        const QString certificate = certificateErrorText(m_host, m_sslErrors);
        if (!certificate.isEmpty()) {
            finish(certificate);
            return;
        }
        // Past the TCP connect, anything that goes wrong is the handshake's.
        if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError ||
            error == QAbstractSocket::RemoteHostClosedError) {
            finish(tlsHandshakeErrorText(error == QAbstractSocket::RemoteHostClosedError
                                             ? tr("the broker closed the connection")
                                             : m_socket->errorString()));
            return;
        }
    }
    finish(socketErrorText(error, m_hostPort, m_socket->errorString()));
}

void ConnectProbe::finish(const QString &problem)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_socket)
        m_socket->abort();
    // Queued, so that finished() never reaches the caller from inside start()
    // or from a socket signal it may be deleting the probe in.
    QMetaObject::invokeMethod(
        this, [this, problem] { emit finished(problem); }, Qt::QueuedConnection);
}

} // namespace homewire::client
