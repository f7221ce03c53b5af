// BrokerProcess: a real MQTT broker process on an ephemeral loopback port, for
// the wire-level integration tests.
//
// Two kinds: Homewire's own homewire-broker and Debian's Mosquitto 2.0, the
// reference the tests are checked against where they could be wrong about
// the spec. HOMEWIRE_TEST_BROKER=homewire|mosquitto picks the kind, so one test
// executable is registered once per broker.
//
// Starting and stopping are bounded in time. The process is stopped by its PID
// (SIGTERM, then SIGKILL after a timeout); its log goes to a file in a
// temporary directory, never to a pipe that could fill up and stall it.
// It deliberately is not a broker fixture: tests own their clients and state.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class BrokerProcess
{
public:
    enum class Kind
    {
        Homewire,
        Mosquitto
    };

    // The kind named by HOMEWIRE_TEST_BROKER (default Homewire).
    static Kind kindFromEnvironment();
    static QString kindName(Kind kind);
    // Path of the program, or an empty string when it is not installed.
    static QString programPath(Kind kind);

    explicit BrokerProcess(Kind kind = kindFromEnvironment());
    ~BrokerProcess();
    BrokerProcess(const BrokerProcess &) = delete;
    BrokerProcess &operator=(const BrokerProcess &) = delete;

    // Extra configuration lines ("name value\n") for the broker's config file;
    // both brokers share the names the tests use (max_packet_size, sys_interval).
    void setExtraConfig(const QByteArray &lines) { m_extraConfig = lines; }
    // Extra command-line arguments for homewire-broker (after the usual ones,
    // so they override them); Mosquitto takes everything from its file.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // A user with a password, set up before start() in each broker's own
    // way: `homewire-broker user add` into its data directory, or
    // mosquitto_passwd into a password file. Anonymous clients still get in.
    void addUser(const QByteArray &name, const QByteArray &password) { m_users.append({name, password}); }

    // Starts the broker and waits until it accepts TCP connections.
    // Returns false (see errorString() and log()) after `timeoutMs`.
    bool start(int timeoutMs = 10'000);
    // SIGTERM, then SIGKILL when it has not exited after `timeoutMs`.
    // Returns true when it exited by itself with status 0.
    bool stop(int timeoutMs = 5'000);
    // SIGKILL (by PID): the broker gets no chance to flush anything.
    void kill();
    // Starts again on the same data directory (what a restart after a crash does).
    bool restart(int timeoutMs = 10'000);

    Kind kind() const { return m_kind; }
    bool isHomewire() const { return m_kind == Kind::Homewire; }
    bool isMosquitto() const { return m_kind == Kind::Mosquitto; }
    quint16 port() const { return m_port; }
    // Homewire: the --data-dir it runs on (kept across restart()); empty before start().
    QString dataDirectory() const { return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString(); }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString errorString() const { return m_error; }
    // Everything the broker wrote to stderr so far.
    QByteArray log() const;
    // The last `lines` lines of the log, for failure messages.
    QByteArray logTail(int lines = 30) const;
    // True when the log holds an AddressSanitizer/UBSan/LeakSanitizer report.
    bool logHasSanitizerReport() const;

    // A port that was free a moment ago (QTcpServer on 127.0.0.1:0, then closed).
    static quint16 pickFreePort();

private:
    bool launch(int timeoutMs);
    bool startHomewire(int timeoutMs);
    bool startMosquitto(int timeoutMs);
    bool waitForTcp(int timeoutMs);
    bool writeConfig(const QByteArray &text);
    bool provisionUsers();
    bool fail(const QString &message);

    Kind m_kind;
    QByteArray m_extraConfig;
    QStringList m_extraArguments;
    QList<std::pair<QByteArray, QByteArray>> m_users;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_logPath;
    QString m_configPath;
    QProcess m_process;
    quint16 m_port = 0;
    int m_launches = 0;
    QString m_error;
};
