// SharedOutput: the write side of one client socket, usable from any thread.
//
// The protocol engine runs on whichever network thread received the packet.
// To deliver to a client owned by another thread without waking that thread,
// it writes straight to the socket through our own duplicate of its
// descriptor (POSIX). When the kernel buffer is full, or on platforms without
// the duplicate, the bytes are queued here and the owning thread moves them
// into its QTcpSocket; from then on everyone queues behind them until the
// socket has drained, so the byte order on the wire never changes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>

namespace homewire::broker::net {

// Writes what the kernel takes of `bytes` at once, without blocking and
// without SIGPIPE. Returns how many bytes went (0 when it would block), or -1
// when the connection is broken or this platform has no such write.
qsizetype sendWithoutBlocking(qintptr descriptor, QByteArrayView bytes);

class SharedOutput
{
public:
    // `descriptor` is the QTcpSocket's; we keep a duplicate of it. -1: never
    // write directly (a TLS socket, which only its owner can encrypt); every
    // write queues and asks the owner to flush.
    explicit SharedOutput(qintptr descriptor);
    ~SharedOutput();
    SharedOutput(const SharedOutput &) = delete;
    SharedOutput &operator=(const SharedOutput &) = delete;

    // Any thread. Writes or queues `bytes`; returns true when the owner must be
    // asked to flush (once per queued burst).
    bool write(QByteArrayView bytes);

    // Owner thread. Takes the queued bytes (to hand to the QTcpSocket).
    QByteArray takeQueued();
    // Owner thread, once its QTcpSocket has nothing left to write.
    void ownerDrained();
    // Owner thread, before the socket is closed: no more writes from anyone.
    void close();

    qsizetype queuedBytes() const;

private:
    mutable QMutex m_mutex;
    qintptr m_fd = -1;
    bool m_backlog = false; // bytes wait on the owner's side
    bool m_flushRequested = false;
    bool m_closed = false;
    QByteArray m_queued;
};

} // namespace homewire::broker::net
