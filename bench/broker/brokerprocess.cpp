#include "brokerprocess.h"

#include "connection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace homewire::bench {

namespace {

using namespace std::chrono_literals;

constexpr auto StartTimeout = 10s;
constexpr auto StopTimeout = 5s;

bool writeFile(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::trunc);
    out << text;
    return bool(out);
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The last `count` lines of `text`, joined with " | " for a one-line report.
std::string lastLines(const std::string &text, int count)
{
    size_t pos = text.size();
    if (pos > 0 && text[pos - 1] == '\n')
        --pos;
    const size_t end = pos;
    while (count-- > 0 && pos != std::string::npos)
        pos = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
    const size_t start = pos == std::string::npos ? 0 : pos + 1;
    std::string tail = text.substr(start, end - start);
    for (size_t at; (at = tail.find('\n')) != std::string::npos;)
        tail.replace(at, 1, " | ");
    return tail;
}

std::string describeStatus(int status)
{
    if (WIFSIGNALED(status))
        return std::string("killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
               strsignal(WTERMSIG(status)) + ")";
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

std::string helpText(const std::string &executable)
{
    std::string help;
    if (FILE *pipe = ::popen(("'" + executable + "' --help 2>&1").c_str(), "r")) {
        char buffer[4096];
        while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
            help.append(buffer, n);
        ::pclose(pipe);
    }
    return help;
}

// A port the kernel just handed out, so most likely free for the broker.
quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// The same TLS listener on 127.0.0.1 for each broker.
std::vector<std::string> homewireTlsArguments(const TlsListener &tls, quint16 port)
{
    std::vector<std::string> arguments = {"--tls-port", std::to_string(port),
                                          "--cert",     tls.files.serverCertFile,
                                          "--key",      tls.files.serverKeyFile};
    if (tls.requireCertificate)
        arguments.insert(arguments.end(), {"--cafile", tls.files.caFile, "--require-certificate"});
    return arguments;
}

std::string mosquittoTlsListener(const TlsListener &tls, quint16 port)
{
    std::string text = "listener " + std::to_string(port) + " 127.0.0.1\ncertfile " +
                       tls.files.serverCertFile + "\nkeyfile " + tls.files.serverKeyFile + "\n";
    if (tls.requireCertificate)
        text += "cafile " + tls.files.caFile + "\nrequire_certificate true\n";
    return text;
}

} // namespace

const char *brokerName(BrokerKind kind)
{
    return kind == BrokerKind::Homewire ? "homewire" : "mosquitto";
}

BrokerProcess::BrokerProcess(BrokerKind kind, std::string executable, std::string workDirectory)
    : m_kind(kind)
    , m_executable(std::move(executable))
    , m_workDirectory(std::move(workDirectory))
    , m_logFile(m_workDirectory + "/" + brokerName(kind) + ".log")
{}

BrokerProcess::~BrokerProcess()
{
    stop();
}

bool BrokerProcess::fail(std::string message)
{
    m_error = std::move(message);
    const std::string log = lastLines(readFile(m_logFile), 5);
    if (!log.empty())
        m_error += "; log: " + log;
    stop();
    return false;
}

bool BrokerProcess::start()
{
    m_error.clear();
    m_exit.reset();
    return m_kind == BrokerKind::Homewire ? startHomewire() : startMosquitto();
}

bool BrokerProcess::startHomewire()
{
    const std::string config = m_workDirectory + "/homewire.conf";
    // max_queued_bytes: Mosquitto's default is unlimited; 4 GiB is that for these loads.
    writeFile(config, "max_connections 1000000\n"
                      "max_inflight_messages 64\n"
                      "max_queued_messages 1000000\n"
                      "max_queued_bytes 4294967296\n"
                      "sys_interval 10\n"
                      "log_level warning\n");
    std::vector<std::string> arguments = {m_executable, "--port",   "0",   "--bind",
                                          "127.0.0.1",  "--config", config};
    const std::string help = helpText(m_executable);
    // Like Mosquitto's "persistence false". Builds without --memory did not persist
    // anything yet; their data directory is kept out of the user's home anyway.
    if (help.find("--memory") != std::string::npos)
        arguments.push_back("--memory");
    else
        arguments.insert(arguments.end(), {"--data-dir", m_workDirectory + "/homewire-data"});
    if (m_tls) {
        if (help.find("--tls-port") == std::string::npos)
            return fail("this homewire-broker has no TLS listener (--tls-port)");
        if ((m_tlsPort = freeLoopbackPort()) == 0)
            return fail("no free loopback port");
        const auto tls = homewireTlsArguments(*m_tls, m_tlsPort);
        arguments.insert(arguments.end(), tls.begin(), tls.end());
    }
    if (!spawn(arguments))
        return false;
    // "... listening on 127.0.0.1:PORT" on stderr.
    const std::string marker = "listening on 127.0.0.1:";
    const auto deadline = Clock::now() + StartTimeout;
    while (Clock::now() < deadline) {
        const std::string log = readFile(m_logFile);
        if (const size_t at = log.find(marker); at != std::string::npos) {
            const size_t end = log.find('\n', at);
            if (end != std::string::npos) {
                m_port = quint16(std::strtoul(log.c_str() + at + marker.size(), nullptr, 10));
                return waitUntilAccepting(m_port) && (!m_tls || waitUntilAccepting(m_tlsPort));
            }
        }
        if (auto exit = unexpectedExit())
            return fail("homewire-broker " + *exit + " while starting");
        std::this_thread::sleep_for(10ms);
    }
    return fail("homewire-broker did not report its port within 10 s");
}

bool BrokerProcess::startMosquitto()
{
    m_port = freeLoopbackPort();
    m_tlsPort = m_tls ? freeLoopbackPort() : 0;
    if (m_port == 0 || (m_tls && m_tlsPort == 0))
        return fail("no free loopback port");
    const std::string config = m_workDirectory + "/mosquitto.conf";
    std::string text = "listener " + std::to_string(m_port) +
                       " 127.0.0.1\n"
                       "allow_anonymous true\n"
                       "max_queued_messages 1000000\n"
                       "max_inflight_messages 64\n"
                       "persistence false\n"
                       "sys_interval 10\n"
                       "max_connections -1\n"
                       "log_dest stderr\n"
                       "log_type error\n"
                       "log_type warning\n";
    if (m_tcpNoDelay)
        text += "set_tcp_nodelay true\n";
    if (m_tls)
        text += mosquittoTlsListener(*m_tls, m_tlsPort);
    writeFile(config, text);
    if (!spawn({m_executable, "-c", config}))
        return false;
    return waitUntilAccepting(m_port) && (!m_tls || waitUntilAccepting(m_tlsPort));
}

bool BrokerProcess::spawn(const std::vector<std::string> &arguments)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, m_logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<char *> argv;
    for (const std::string &argument : arguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    const int error = posix_spawn(&m_pid, m_executable.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        m_pid = -1;
        return fail("cannot start " + m_executable + ": " + std::strerror(error));
    }
    return true;
}

bool BrokerProcess::waitUntilAccepting(quint16 port)
{
    const auto deadline = Clock::now() + StartTimeout;
    while (Clock::now() < deadline) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        if (connected)
            return true;
        if (auto exit = unexpectedExit())
            return fail(std::string(brokerName(m_kind)) + " " + *exit + " while starting");
        std::this_thread::sleep_for(10ms);
    }
    return fail(std::string(brokerName(m_kind)) + " does not accept connections on port " +
                std::to_string(port));
}

std::optional<std::string> BrokerProcess::unexpectedExit()
{
    if (m_pid > 0) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            m_exit = describeStatus(status);
        }
    }
    return m_exit;
}

std::optional<std::string> BrokerProcess::stop()
{
    if (m_pid <= 0)
        return std::nullopt;
    const pid_t pid = m_pid;
    m_pid = -1;
    ::kill(pid, SIGTERM);
    int status = 0;
    const auto deadline = Clock::now() + StopTimeout;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (Clock::now() >= deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return std::string("did not stop within 5 s of SIGTERM; killed");
        }
        std::this_thread::sleep_for(5ms);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return std::nullopt;
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM)
        return std::nullopt;
    return describeStatus(status) + " on SIGTERM";
}

double BrokerProcess::cpuSeconds() const
{
    return m_pid > 0 ? processCpuSeconds(m_pid) : 0;
}

double processCpuSeconds(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    std::getline(stat, text);
    // The command name may hold spaces; fields 14 and 15 follow its ')'.
    const size_t name = text.rfind(')');
    if (name == std::string::npos)
        return 0;
    std::istringstream fields(text.substr(name + 1));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i >= 14)
            ticks += std::strtod(field.c_str(), nullptr);
    }
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

double machineBusySeconds()
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    stat >> cpu; // "cpu": the sum over all cores
    double busy = 0;
    double value = 0;
    // user, nice, system; not idle, iowait, and not irq, softirq: loopback
    // TCP is mostly processed there and is not charged to the processes.
    for (int i = 0; i < 3 && stat >> value; ++i)
        busy += value;
    return busy / double(::sysconf(_SC_CLK_TCK));
}

long BrokerProcess::residentKiB() const
{
    if (m_pid <= 0)
        return -1;
    std::ifstream status("/proc/" + std::to_string(m_pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

} // namespace homewire::bench
