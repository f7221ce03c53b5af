// Listening sockets that several threads share a port with (Linux
// SO_REUSEPORT): each network thread accepts its own connections, so a new
// client never waits for a hand-over between threads. Elsewhere the broker
// falls back to one QTcpServer that hands sockets out.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>
#include <functional>

namespace homewire::broker::net {

struct ListenSocket
{
    qintptr descriptor = -1;
    quint16 port = 0;
};

// Whether this platform supports shared listening sockets.
bool sharedListenSupported();

// Creates a socket bound to address:port (0: any free port), with SO_REUSEPORT
// if `shared`, and listening if `startListening`. Returns descriptor -1 and
// sets `error` on failure.
ListenSocket openSharedListenSocket(const QHostAddress &address, quint16 port, bool shared,
                                    bool startListening, QString *error);

void closeListenSocket(qintptr descriptor);

// A QTcpServer that hands each accepted descriptor to a function, to be
// adopted by a NetworkWorker.
class DescriptorServer : public QTcpServer
{
public:
    DescriptorServer(std::function<void(qintptr)> onAccept, QObject *parent)
        : QTcpServer(parent)
        , m_onAccept(std::move(onAccept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onAccept(descriptor); }

private:
    std::function<void(qintptr)> m_onAccept;
};

} // namespace homewire::broker::net
