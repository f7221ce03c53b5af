// Client tools run by the integration tests as child processes: run to
// completion with runTool() (mosquitto_pub, openssl, homewire-broker's own
// commands), or left running as a ToolProcess and stopped by its PID
// (SIGTERM, then SIGKILL), whatever happened, when it goes out of scope.
// Header-only and free of Homewire's mqtt/ headers, so Paho can be used too.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace tooltest {

constexpr int ToolTimeoutMs = 20'000;

inline QString arg(const char *text)
{
    return QString::fromLatin1(text);
}

// mosquitto_pub, mosquitto_sub, and coreutils' stdbuf that ToolProcess
// runs mosquitto_sub under: false when one of them is not installed.
inline bool mosquittoToolsInstalled()
{
    for (const char *tool : {"/usr/bin/mosquitto_sub", "/usr/bin/mosquitto_pub", "/usr/bin/stdbuf"}) {
        if (!QFileInfo(arg(tool)).isExecutable())
            return false;
    }
    return true;
}

// mosquitto_pub/sub arguments for a broker on 127.0.0.1:`port`, in MQTT 3.1.1.
inline QStringList hostArguments(quint16 port)
{
    return {arg("-h"), arg("127.0.0.1"), arg("-p"), QString::number(port), arg("-V"), arg("mqttv311")};
}

struct Outcome
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

// Runs a program to completion in `directory` (empty: here), with `input`
// on its standard input.
inline Outcome runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                       const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    Outcome outcome;
    if (!process.waitForStarted(ToolTimeoutMs))
        return outcome;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(ToolTimeoutMs);
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        outcome.exitCode = process.exitCode();
    return outcome;
}

inline Outcome runMosquittoPub(const QStringList &arguments)
{
    return runTool(arg("/usr/bin/mosquitto_pub"), arguments);
}

// A tool left running while the test goes on.
class ToolProcess
{
public:
    ToolProcess(const QString &program, const QStringList &arguments) { m_process.start(program, arguments); }
    ~ToolProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(2'000)) {
            m_process.kill();
            m_process.waitForFinished(2'000);
        }
    }
    ToolProcess(const ToolProcess &) = delete;
    ToolProcess &operator=(const ToolProcess &) = delete;

    bool started() { return m_process.waitForStarted(ToolTimeoutMs); }

    // Waits until standard output contains `text`; false on timeout or exit.
    bool waitForOutput(const QByteArray &text, int timeoutMs = ToolTimeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!output().contains(text)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return true;
    }

    // Waits for the process to exit by itself; true when it exited with 0.
    bool finish(int timeoutMs = ToolTimeoutMs)
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return false;
        output();
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    // Standard output so far.
    const QByteArray &output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    // Output, errors and state, for a failure message.
    QByteArray diagnostics()
    {
        return "stdout:\n" + output() + "\nstderr:\n" + m_process.readAllStandardError() + "\nstate " +
               QByteArray::number(m_process.state()) + ", exit " + QByteArray::number(m_process.exitCode());
    }

    // The lines that are messages printed by mosquitto_sub -v ("topic payload"),
    // leaving out the -d debug lines.
    QList<QByteArray> messageLines(const QByteArray &topicPrefix)
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : output().split('\n')) {
            if (line.startsWith(topicPrefix))
                lines.append(line);
        }
        return lines;
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

// mosquitto_sub -d -v left running: it says when its SUBACK arrives and
// prints each message as "topic payload". Under stdbuf -oL, since its output
// to a pipe is block-buffered otherwise.
class Subscriber : public ToolProcess
{
public:
    explicit Subscriber(const QStringList &arguments)
        : ToolProcess(arg("/usr/bin/stdbuf"),
                      QStringList{arg("-oL"), arg("/usr/bin/mosquitto_sub"), arg("-d"), arg("-v")} +
                          arguments)
    {
        started();
    }
};

} // namespace tooltest
