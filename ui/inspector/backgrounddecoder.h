// BackgroundDecoder: runs payload work (parsing, pretty-printing, diffing) off
// the GUI thread, one job at a time, latest request wins.
//
// A request made while a job runs replaces any request still waiting (that
// one never runs), and the running job's result is dropped when a newer
// request exists: the GUI only ever receives the result it asked for last.
// Results are delivered on the decoder's thread through a queued call, so the
// receiver needs no locks. Work functions must capture values only (payloads
// are implicitly shared QByteArrays), never widgets.
//
// Not here: what to compute (TopicInspector decides, core/history/payload computes).
#pragma once

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace homewire::ui {

class BackgroundDecoder : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundDecoder(QObject *parent = nullptr);
    ~BackgroundDecoder() override; // waits for the running job

    // Runs `work` on the pool and hands its result to `done` on this object's
    // thread, unless run() or cancel() was called again in between.
    template<typename Work, typename Done> void run(Work work, Done done)
    {
        using R = decltype(work());
        enqueue([work = std::move(work), done = std::move(done)]() mutable -> std::function<void()> {
            R result = work();
            return [done, result = std::move(result)]() mutable {
                done(std::move(result));
            };
        });
    }

    // Drops the waiting request and the running job's result.
    void cancel();
    // A result is still to come for the latest request.
    bool isBusy() const { return m_pending.has_value() || (m_running && m_runningTicket == m_ticket); }
    // A job is executing, current or not.
    bool isRunning() const { return m_running; }

signals:
    void busyChanged(bool busy);
    // After a job finished (delivered or dropped) and nothing else is running.
    void idle();

private:
    using Job = std::function<std::function<void()>()>;

    void enqueue(Job job);
    void startNext();
    void finished(quint64 ticket, const std::function<void()> &deliver);

    QThreadPool m_pool;
    quint64 m_ticket = 0;
    quint64 m_runningTicket = 0;
    bool m_running = false;
    bool m_wasBusy = false;
    struct Pending
    {
        quint64 ticket;
        Job job;
    };
    std::optional<Pending> m_pending;
    void reportBusy();
};

} // namespace homewire::ui
