#include "clienterrors.h"

#include <QCoreApplication>

namespace homewire::client {

namespace {

struct ClientErrors
{
    Q_DECLARE_TR_FUNCTIONS(ClientErrors)
};

// Qt's socket descriptions start with a capital ("Connection refused");
// ours continue a sentence.
QString lowerFirst(QString text)
{
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        text[0] = text.at(0).toLower();
    return text;
}

QString connackText311(int code)
{
    switch (code) {
    case int(mqtt::ConnectReturnCode::UnacceptableProtocolVersion):
        return ClientErrors::tr("unacceptable protocol version");
    case int(mqtt::ConnectReturnCode::IdentifierRejected):
        return ClientErrors::tr("identifier rejected");
    case int(mqtt::ConnectReturnCode::ServerUnavailable):
        return ClientErrors::tr("server unavailable");
    case int(mqtt::ConnectReturnCode::BadUserNameOrPassword):
        return ClientErrors::tr("bad user name or password");
    case int(mqtt::ConnectReturnCode::NotAuthorized):
        return ClientErrors::tr("not authorized");
    default:
        return ClientErrors::tr("return code %1").arg(code);
    }
}

bool isUntrustedCertificate(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
    case QSslError::SubjectIssuerMismatch:
        return true;
    default:
        return false;
    }
}

} // namespace

QString reasonCodeText(quint8 reasonCode)
{
    namespace RC = mqtt::ReasonCode;
    switch (reasonCode) {
    case RC::Success:
        return ClientErrors::tr("success");
    case RC::GrantedQoS1:
        return ClientErrors::tr("granted QoS 1");
    case RC::GrantedQoS2:
        return ClientErrors::tr("granted QoS 2");
    case RC::DisconnectWithWillMessage:
        return ClientErrors::tr("disconnect with will message");
    case RC::NoMatchingSubscribers:
        return ClientErrors::tr("no matching subscribers");
    case RC::NoSubscriptionExisted:
        return ClientErrors::tr("no subscription existed");
    case RC::ContinueAuthentication:
        return ClientErrors::tr("continue authentication");
    case RC::ReAuthenticate:
        return ClientErrors::tr("re-authenticate");
    case RC::UnspecifiedError:
        return ClientErrors::tr("unspecified error");
    case RC::MalformedPacket:
        return ClientErrors::tr("malformed packet");
    case RC::ProtocolError:
        return ClientErrors::tr("protocol error");
    case RC::ImplementationSpecificError:
        return ClientErrors::tr("implementation specific error");
    case RC::UnsupportedProtocolVersion:
        return ClientErrors::tr("unsupported protocol version");
    case RC::ClientIdentifierNotValid:
        return ClientErrors::tr("client identifier not valid");
    case RC::BadUserNameOrPassword:
        return ClientErrors::tr("bad user name or password");
    case RC::NotAuthorized:
        return ClientErrors::tr("not authorized");
    case RC::ServerUnavailable:
        return ClientErrors::tr("server unavailable");
    case RC::ServerBusy:
        return ClientErrors::tr("server busy");
    case RC::Banned:
        return ClientErrors::tr("banned");
    case RC::ServerShuttingDown:
        return ClientErrors::tr("server shutting down");
    case RC::BadAuthenticationMethod:
        return ClientErrors::tr("bad authentication method");
    case RC::KeepAliveTimeout:
        return ClientErrors::tr("keep alive timeout");
    case RC::SessionTakenOver:
        return ClientErrors::tr("session taken over");
    case RC::TopicFilterInvalid:
        return ClientErrors::tr("topic filter invalid");
    case RC::TopicNameInvalid:
        return ClientErrors::tr("topic name invalid");
    case RC::PacketIdentifierInUse:
        return ClientErrors::tr("packet identifier in use");
    case RC::PacketIdentifierNotFound:
        return ClientErrors::tr("packet identifier not found");
    case RC::ReceiveMaximumExceeded:
        return ClientErrors::tr("receive maximum exceeded");
    case RC::TopicAliasInvalid:
        return ClientErrors::tr("topic alias invalid");
    case RC::PacketTooLarge:
        return ClientErrors::tr("packet too large");
    case RC::MessageRateTooHigh:
        return ClientErrors::tr("message rate too high");
    case RC::QuotaExceeded:
        return ClientErrors::tr("quota exceeded");
    case RC::AdministrativeAction:
        return ClientErrors::tr("administrative action");
    case RC::PayloadFormatInvalid:
        return ClientErrors::tr("payload format invalid");
    case RC::RetainNotSupported:
        return ClientErrors::tr("retain not supported");
    case RC::QoSNotSupported:
        return ClientErrors::tr("QoS not supported");
    case RC::UseAnotherServer:
        return ClientErrors::tr("use another server");
    case RC::ServerMoved:
        return ClientErrors::tr("server moved");
    case RC::SharedSubscriptionsNotSupported:
        return ClientErrors::tr("shared subscriptions not supported");
    case RC::ConnectionRateExceeded:
        return ClientErrors::tr("connection rate exceeded");
    case RC::MaximumConnectTime:
        return ClientErrors::tr("maximum connect time");
    case RC::SubscriptionIdentifiersNotSupported:
        return ClientErrors::tr("subscription identifiers not supported");
    case RC::WildcardSubscriptionsNotSupported:
        return ClientErrors::tr("wildcard subscriptions not supported");
    default:
        return ClientErrors::tr("reason code 0x%1").arg(uint(reasonCode), 2, 16, QLatin1Char('0'));
    }
}

QString connackErrorText(mqtt::ProtocolVersion version, int code)
{
    const QString why = version == mqtt::ProtocolVersion::V5 && code >= 0 && code <= 0xff
                            ? reasonCodeText(quint8(code))
                            : connackText311(code);
    return ClientErrors::tr("connection refused: %1").arg(why);
}

QString subackErrorText(mqtt::ProtocolVersion version, const QString &filter, int code)
{
    // 3.1.1 has a single failure code (0x80) that gives no reason.
    if (version != mqtt::ProtocolVersion::V5 || code == mqtt::ReasonCode::UnspecifiedError)
        return ClientErrors::tr("subscription to “%1” refused by the broker").arg(filter);
    return ClientErrors::tr("subscription to “%1” refused: %2").arg(filter, reasonCodeText(quint8(code)));
}

QString pubackErrorText(int reasonCode)
{
    return ClientErrors::tr("publication refused: %1").arg(reasonCodeText(quint8(reasonCode)));
}

QString serverDisconnectText(int reasonCode)
{
    if (reasonCode == mqtt::ReasonCode::NormalDisconnection)
        return ClientErrors::tr("connection lost: the broker disconnected");
    return ClientErrors::tr("connection lost: the broker disconnected (%1)")
        .arg(reasonCodeText(quint8(reasonCode)));
}

QString connectionLostText(const QString &cause)
{
    if (cause.trimmed().isEmpty())
        return ClientErrors::tr("connection lost: the broker or the network closed it");
    return ClientErrors::tr("connection lost: %1").arg(lowerFirst(cause.trimmed()));
}

QString socketErrorText(QAbstractSocket::SocketError error, const QString &hostPort,
                        const QString &errorString)
{
    QString why;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        why = ClientErrors::tr("connection refused");
        break;
    case QAbstractSocket::HostNotFoundError:
        why = ClientErrors::tr("host not found");
        break;
    case QAbstractSocket::SocketTimeoutError:
        why = ClientErrors::tr("timed out");
        break;
    case QAbstractSocket::RemoteHostClosedError:
        why = ClientErrors::tr("the broker closed the connection");
        break;
    case QAbstractSocket::NetworkError:
        why = errorString.isEmpty() ? ClientErrors::tr("network error") : lowerFirst(errorString);
        break;
    default:
        why = errorString.isEmpty() ? ClientErrors::tr("socket error %1").arg(int(error))
                                    : lowerFirst(errorString);
        break;
    }
    return ClientErrors::tr("cannot connect to %1: %2").arg(hostPort, why);
}

QString certificateErrorText(const QString &host, const QList<QSslError> &errors)
{
    // Trust first: a certificate from an unknown CA usually fails the other
    // checks too, and "not trusted" is what the user can act on (CA file).
    for (const QSslError &e : errors) {
        if (isUntrustedCertificate(e.error()))
            return ClientErrors::tr("TLS: certificate not trusted for host %1 (%2)")
                .arg(host, e.errorString());
    }
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return ClientErrors::tr("TLS: the certificate of host %1 has expired").arg(host);
        case QSslError::CertificateNotYetValid:
            return ClientErrors::tr("TLS: the certificate of host %1 is not valid yet").arg(host);
        case QSslError::HostNameMismatch:
            return ClientErrors::tr("TLS: the certificate does not match host %1").arg(host);
        case QSslError::CertificateRevoked:
            return ClientErrors::tr("TLS: the certificate of host %1 has been revoked").arg(host);
        default:
            break;
        }
    }
    for (const QSslError &e : errors) {
        if (e.error() != QSslError::NoError)
            return ClientErrors::tr("TLS: certificate of host %1 rejected (%2)").arg(host, e.errorString());
    }
    return QString();
}

QString tlsHandshakeErrorText(const QString &detail)
{
    return ClientErrors::tr("TLS handshake failed: %1").arg(lowerFirst(detail));
}

QString connectTimeoutText(const QString &hostPort, int seconds)
{
    return ClientErrors::tr("cannot connect to %1: no answer from the broker within %n s", nullptr, seconds)
        .arg(hostPort);
}

} // namespace homewire::client
