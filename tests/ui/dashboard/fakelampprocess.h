// The fake lamp (fakelamp/main.cpp) as a child process of a test: started on
// a broker's port, its stdout collected ("ready", "received on", ...), and
// killed when the handle goes. Needs HOMEWIRE_FAKELAMP_PATH (the test's
// CMake target defines it).
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QtTest>

namespace homewire::testing {

class FakeLampProcess
{
public:
    explicit FakeLampProcess(quint16 port, const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(HOMEWIRE_FAKELAMP_PATH));
        m_process.setArguments(QStringList{QStringLiteral("tcp://127.0.0.1:%1").arg(port)} + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_output += m_process.readAllStandardOutput(); });
        m_process.start();
    }
    ~FakeLampProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    FakeLampProcess(const FakeLampProcess &) = delete;
    FakeLampProcess &operator=(const FakeLampProcess &) = delete;

    QProcess &process() { return m_process; }
    bool printed(const QByteArray &line) const { return m_output.split('\n').contains(line); }
    QByteArray diagnostics() { return m_output + m_process.readAllStandardError(); }

    // Until it is subscribed and has said "online" (or has died).
    bool waitReady(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!printed("ready") && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
            QTest::qWait(20);
        return printed("ready");
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace homewire::testing
