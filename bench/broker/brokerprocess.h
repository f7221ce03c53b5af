// BrokerProcess: one broker under test (homewire-broker or mosquitto) as a
// child process listening on 127.0.0.1, started with equivalent limits.
//
// The two are configured alike: no persistence (homewire-broker --memory), 64 outgoing QoS 1/2 messages
// in flight per client, queues large enough (10^6 messages) that neither drops
// under load, no connection limit that the loads could reach, $SYS every 10 s,
// and only warnings and errors logged (to a file in the work directory, which
// the report points at when a broker misbehaves). A TLS listener can be added
// next to the plain one, with the same certificate files for both brokers.
#pragma once

#include "certificates.h"

#include <QtGlobal>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace homewire::bench {

enum class BrokerKind
{
    Homewire,
    Mosquitto
};

// A second listener on 127.0.0.1, with TLS: the server certificate, and with
// `requireCertificate` also a client certificate from the same CA.
struct TlsListener
{
    TlsFiles files;
    bool requireCertificate = false;
};

class BrokerProcess
{
public:
    BrokerProcess(BrokerKind kind, std::string executable, std::string workDirectory);
    ~BrokerProcess();
    BrokerProcess(const BrokerProcess &) = delete;
    BrokerProcess &operator=(const BrokerProcess &) = delete;

    // Starts the broker and waits until it accepts connections.
    bool start();
    // SIGTERM, then SIGKILL if it has not exited within a few seconds. Returns
    // how it ended when that was not a clean exit (e.g. a crash on shutdown).
    std::optional<std::string> stop();

    // Before start(): listen with TLS too, on tlsPort().
    void setTlsListener(TlsListener listener) { m_tls = std::move(listener); }
    const std::optional<TlsListener> &tlsListener() const { return m_tls; }
    // Before start(): Mosquitto's set_tcp_nodelay true (homewire-broker always
    // sets TCP_NODELAY). Mosquitto's default, off, suits the throughput loads.
    void setTcpNoDelay(bool on) { m_tcpNoDelay = on; }

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    pid_t pid() const { return m_pid; }
    const std::string &error() const { return m_error; }
    const std::string &logFile() const { return m_logFile; }

    // VmRSS from /proc/PID/status, in KiB; -1 when unavailable.
    long residentKiB() const;
    // User plus system CPU time the broker has used so far, in seconds.
    double cpuSeconds() const;
    // Set when the process exited without being asked to (a crash): how it ended.
    std::optional<std::string> unexpectedExit();

private:
    bool startHomewire();
    bool startMosquitto();
    bool spawn(const std::vector<std::string> &arguments);
    bool waitUntilAccepting(quint16 port);
    bool fail(std::string message);

    BrokerKind m_kind;
    std::string m_executable;
    std::string m_workDirectory;
    std::string m_logFile;
    pid_t m_pid = -1;
    quint16 m_port = 0;
    std::optional<TlsListener> m_tls;
    quint16 m_tlsPort = 0;
    bool m_tcpNoDelay = false;
    std::string m_error;
    std::optional<std::string> m_exit;
};

const char *brokerName(BrokerKind kind);

// CPU time of process `pid` (user plus system, all threads) from /proc, in seconds.
double processCpuSeconds(pid_t pid);
// CPU time all cores spent running processes (user, nice, system), from /proc/stat.
double machineBusySeconds();

} // namespace homewire::bench
