// Connection rate: each thread loops connect, CONNECT/CONNACK, DISCONNECT and
// waits for the broker to close, for a fixed time.
#include "endpoints.h"
#include "loads.h"

#include <thread>

namespace homewire::bench {

using namespace std::chrono_literals;

namespace {

constexpr auto AttemptTimeout = 2s;

struct Worker
{
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 notClosed = 0; // the broker kept the connection open after DISCONNECT
    std::string firstError;
};

void connectLoop(Worker &worker, quint16 port, int index, Clock::time_point end)
{
    Connection connection;
    const QByteArray prefix = "bench-conn-" + QByteArray::number(index) + '-';
    while (Clock::now() < end) {
        const auto deadline = Clock::now() + AttemptTimeout;
        if (!connection.open(port, prefix + QByteArray::number(worker.completed + worker.failed), deadline)) {
            if (worker.firstError.empty())
                worker.firstError = connection.error();
            ++worker.failed;
            connection.close();
            continue;
        }
        if (!connection.disconnect(deadline))
            ++worker.notClosed;
        ++worker.completed;
    }
}

} // namespace

Measurement runConnectionRate(quint16 port, const ConnectionLoad &load)
{
    std::vector<Worker> workers(size_t(load.threads));
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    const auto end = start + load.duration;
    for (int i = 0; i < load.threads; ++i)
        threads.emplace_back(connectLoop, std::ref(workers[size_t(i)]), port, i, end);
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();

    Measurement result;
    qint64 completed = 0, notClosed = 0;
    result.lost = 0;
    for (const Worker &worker : workers) {
        completed += worker.completed;
        notClosed += worker.notClosed;
        result.lost += worker.failed;
        if (!worker.firstError.empty())
            addNote(result.note, worker.firstError);
    }
    if (result.lost > 0)
        addNote(result.note, std::to_string(result.lost) + " failed attempts");
    if (notClosed > 0)
        addNote(result.note, std::to_string(notClosed) + " connections not closed by the broker within " +
                                 "2 s of DISCONNECT");
    result.value = double(completed) / seconds;
    return result;
}

} // namespace homewire::bench
