#include "connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace homewire::client {

namespace {

// tr() for the free functions of this file.
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

struct Scheme
{
    QLatin1StringView name;
    Transport transport;
    quint16 defaultPort;
};

constexpr Scheme Schemes[] = {
    {QLatin1StringView("mqtt"), Transport::Tcp, 1883},
    {QLatin1StringView("mqtts"), Transport::Tls, 8883},
    {QLatin1StringView("ws"), Transport::WebSocket, 80},
    {QLatin1StringView("wss"), Transport::SecureWebSocket, 443},
};

Error<ProfileError> invalid(const QString &url, const QString &why)
{
    return makeError(ProfileError::InvalidUrl,
                     ProfileText::tr("“%1” is not a valid broker URL: %2").arg(url, why));
}

// A host name as QUrl accepts it in strict mode: letters, digits and the
// few punctuation characters of a registered name, or an IPv4 address.
bool isValidHostName(const QString &host)
{
    QUrl check;
    check.setHost(host, QUrl::StrictMode);
    return check.isValid() && !check.host().isEmpty();
}

} // namespace

QString ConnectionProfile::hostAndPort() const
{
    // An IPv6 literal needs brackets, or its colons would read as a port.
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

QString ConnectionProfile::url() const
{
    QLatin1StringView scheme;
    for (const Scheme &s : Schemes) {
        if (s.transport == transport)
            scheme = s.name;
    }
    QString text = scheme + QLatin1String("://") + hostAndPort();
    if (usesWebSocket()) {
        if (!webSocketPath.startsWith(QLatin1Char('/')))
            text += QLatin1Char('/');
        text += webSocketPath;
    }
    return text;
}

Result<ConnectionProfile, ProfileError> parseConnectionUrl(const QString &url)
{
    const QString text = url.trimmed();
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return invalid(text, ProfileText::tr("it must start with mqtt://, mqtts://, ws:// or wss://"));

    ConnectionProfile profile;
    const QString scheme = text.first(schemeEnd).toLower();
    const Scheme *known = nullptr;
    for (const Scheme &s : Schemes) {
        if (scheme == s.name)
            known = &s;
    }
    if (!known)
        return invalid(text, ProfileText::tr("unknown scheme “%1” (use mqtt, mqtts, ws or wss)").arg(scheme));
    profile.transport = known->transport;
    profile.port = known->defaultPort;

    // The authority ends where the path, query or fragment starts.
    const QString rest = text.sliced(schemeEnd + 3);
    qsizetype authorityEnd = rest.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(c);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QString authority = rest.first(authorityEnd);
    const QString tail = rest.sliced(authorityEnd);

    // user[:password]@ -- the last '@' ends it, so a password may contain '@'.
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        profile.username =
            QUrl::fromPercentEncoding(userInfo.first(colon < 0 ? userInfo.size() : colon).toUtf8());
        if (colon >= 0)
            profile.password = QUrl::fromPercentEncoding(userInfo.sliced(colon + 1).toUtf8());
        if (profile.username.isEmpty())
            return invalid(text, ProfileText::tr("the user name before “@” is empty"));
    }

    QString portText;
    bool hasPort = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(text, ProfileText::tr("the IPv6 address has no closing “]”"));
        profile.host = authority.sliced(1, close - 1);
        const QHostAddress address(profile.host);
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(text, ProfileText::tr("“%1” is not an IPv6 address").arg(profile.host));
        const QString after = authority.sliced(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return invalid(text, ProfileText::tr("unexpected “%1” after the IPv6 address").arg(after));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else {
        if (authority.count(QLatin1Char(':')) > 1)
            return invalid(
                text, ProfileText::tr("IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883"));
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        hasPort = colon >= 0;
        profile.host = hasPort ? authority.first(colon) : authority;
        if (hasPort)
            portText = authority.sliced(colon + 1);
        if (profile.host.isEmpty())
            return invalid(text, ProfileText::tr("the host name is missing"));
        if (!isValidHostName(profile.host))
            return invalid(text, ProfileText::tr("“%1” is not a valid host name").arg(profile.host));
    }

    if (hasPort) {
        if (portText.isEmpty())
            return invalid(text, ProfileText::tr("the port number after “:” is missing"));
        bool isNumber = true;
        for (const QChar c : portText)
            isNumber = isNumber && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const uint port = isNumber && portText.size() <= 5 ? portText.toUInt() : 0;
        if (port < 1 || port > 65535)
            return invalid(text,
                           ProfileText::tr("invalid port “%1” (use a number from 1 to 65535)").arg(portText));
        profile.port = quint16(port);
    }

    if (tail.contains(QLatin1Char('#')))
        return invalid(text, ProfileText::tr("a broker URL has no “#” fragment"));
    if (profile.usesWebSocket()) {
        if (!tail.isEmpty())
            profile.webSocketPath = tail.startsWith(QLatin1Char('/')) ? tail : QLatin1Char('/') + tail;
    } else if (!tail.isEmpty() && tail != QLatin1String("/")) {
        return invalid(text, ProfileText::tr("%1:// URLs have no path or query (“%2”)").arg(scheme, tail));
    }

    profile.name = profile.url();
    return profile;
}

QString transportName(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return ProfileText::tr("TCP");
    case Transport::Tls:
        return ProfileText::tr("TLS");
    case Transport::WebSocket:
        return ProfileText::tr("WebSocket");
    case Transport::SecureWebSocket:
        return ProfileText::tr("WebSocket over TLS");
    }
    return QString();
}

} // namespace homewire::client
