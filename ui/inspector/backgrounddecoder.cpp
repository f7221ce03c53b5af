#include "backgrounddecoder.h"

namespace homewire::ui {

BackgroundDecoder::BackgroundDecoder(QObject *parent)
    : QObject(parent)
{
    // One thread per inspector: two cores must stay free for the GUI and the
    // client, and only the latest result matters anyway.
    m_pool.setMaxThreadCount(1);
}

BackgroundDecoder::~BackgroundDecoder()
{
    m_pending.reset();
    m_pool.waitForDone();
}

void BackgroundDecoder::enqueue(Job job)
{
    m_pending = Pending{++m_ticket, std::move(job)};
    startNext();
    reportBusy();
}

void BackgroundDecoder::cancel()
{
    ++m_ticket;
    m_pending.reset();
    reportBusy();
}

void BackgroundDecoder::startNext()
{
    if (m_running || !m_pending)
        return;
    Pending next = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    m_runningTicket = next.ticket;
    m_pool.start([this, ticket = next.ticket, job = std::move(next.job)] {
        std::function<void()> deliver = job();
        // Queued: the result is applied on the GUI thread. The destructor
        // waits for this runnable, so `this` outlives the call.
        QMetaObject::invokeMethod(
            this, [this, ticket, deliver] { finished(ticket, deliver); }, Qt::QueuedConnection);
    });
}

void BackgroundDecoder::finished(quint64 ticket, const std::function<void()> &deliver)
{
    m_running = false;
    const bool current = ticket == m_ticket;
    startNext();
    if (current)
        deliver();
    reportBusy();
    if (!m_running)
        emit idle();
}

void BackgroundDecoder::reportBusy()
{
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

} // namespace homewire::ui
