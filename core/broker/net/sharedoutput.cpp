#include "sharedoutput.h"

#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace homewire::broker::net {

qsizetype sendWithoutBlocking(qintptr descriptor, QByteArrayView bytes)
{
#if defined(Q_OS_UNIX) && defined(MSG_NOSIGNAL)
    const ssize_t n =
        ::send(int(descriptor), bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n >= 0)
        return qsizetype(n);
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(bytes);
    return -1;
#endif
}

SharedOutput::SharedOutput(qintptr descriptor)
{
#if defined(Q_OS_UNIX) && defined(MSG_NOSIGNAL)
    // The duplicate shares the socket (and its non-blocking mode) but not the
    // descriptor number, so Qt closing its own never leaves us writing to a
    // number the system has handed out again.
    if (descriptor >= 0)
        m_fd = ::dup(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

SharedOutput::~SharedOutput()
{
    close();
}

bool SharedOutput::write(QByteArrayView bytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed || bytes.isEmpty())
        return false;
    if (!m_backlog && m_fd >= 0) { // a duplicate exists only where sendWithoutBlocking() works
        const qsizetype n = sendWithoutBlocking(m_fd, bytes);
        if (n == bytes.size())
            return false;
        if (n < 0)
            return false; // the connection is gone; its owner hears of it from its socket
        bytes = bytes.sliced(n);
    }
    m_backlog = true;
    m_queued.append(bytes.data(), bytes.size());
    if (m_flushRequested)
        return false;
    m_flushRequested = true;
    return true;
}

QByteArray SharedOutput::takeQueued()
{
    QMutexLocker lock(&m_mutex);
    m_flushRequested = false;
    return std::exchange(m_queued, QByteArray());
}

void SharedOutput::ownerDrained()
{
    QMutexLocker lock(&m_mutex);
    // Direct writes may resume only when nothing waits anywhere.
    if (m_queued.isEmpty())
        m_backlog = false;
}

void SharedOutput::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(int(m_fd));
#endif
    m_fd = -1;
}

qsizetype SharedOutput::queuedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_queued.size();
}

} // namespace homewire::broker::net
