#include "listensocket.h"

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace homewire::broker::net {

#ifdef Q_OS_LINUX

bool sharedListenSupported()
{
    return true;
}

ListenSocket openSharedListenSocket(const QHostAddress &address, quint16 port, bool shared,
                                    bool startListening, QString *error)
{
    auto failed = [&](int fd, const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return ListenSocket{};
    };
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return failed(fd, "socket");
    const int one = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        (shared && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0))
        return failed(fd, "setsockopt");
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &bytes, sizeof bytes);
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr =
            htonl(address == QHostAddress(QHostAddress::Any) ? INADDR_ANY : address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0)
        return failed(fd, "bind");
    if (startListening && ::listen(fd, 1024) != 0)
        return failed(fd, "listen");
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0)
        return failed(fd, "getsockname");
    const quint16 boundPort = v6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port)
                                 : ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return ListenSocket{fd, boundPort};
}

void closeListenSocket(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
}

#else

bool sharedListenSupported()
{
    return false;
}

ListenSocket openSharedListenSocket(const QHostAddress &, quint16, bool, bool, QString *error)
{
    if (error)
        *error = QStringLiteral("shared listening sockets are not supported here");
    return {};
}

void closeListenSocket(qintptr) {}

#endif

} // namespace homewire::broker::net
