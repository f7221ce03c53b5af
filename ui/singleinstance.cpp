#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>

namespace homewire::ui {

Q_LOGGING_CATEGORY(lcInstance, "homewire.app")

namespace {

constexpr QByteArrayView ActivateRequest = "activate\n";

} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
{
    // The home folder is part of the key: two accounts on one machine never
    // see each other's instances, whatever their data directories.
    const QByteArray key = QDir::homePath().toUtf8() + '\n' + QDir(dataDirectory).absolutePath().toUtf8();
    m_name = QStringLiteral("homewire-") +
             QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(ActivateRequest.data(), ActivateRequest.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the running instance took it (an old socket file left
    // by a crash has nobody behind it and never answers).
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by an instance that crashed is nobody's now:
    // activateRunning() found no one behind it.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance).noquote()
            << "cannot listen for later launches on" << m_name << ":" << m_server->errorString()
            << "; a second launch will open a second window";
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    qCInfo(lcInstance).noquote() << "a later launch with this profile brings this window to the front"
                                 << QLatin1Char('(') + m_name + QLatin1Char(')');
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->readAll().startsWith(ActivateRequest.first(ActivateRequest.size() - 1)))
                return;
            socket->write("ok\n");
            socket->flush();
            qCInfo(lcInstance) << "another launch with this profile asked for this window";
            emit activationRequested();
        });
    }
}

} // namespace homewire::ui
