// bench_broker: homewire-broker next to Mosquitto under identical loads.
//
// Starts each broker in turn on 127.0.0.1 (never both at once, so they do not
// share the cores), fresh for every load, runs the load against it and prints
// one row per figure with both results and their ratio. The load generator
// (bench/broker/) is plain threads, POSIX sockets and Homewire's codec; it uses
// nothing from the broker. Linux only: it reads /proc and spawns processes.
//
//     bench_broker [--homewire PATH] [--mosquitto PATH] [--only TEXT]
//                  [--broker homewire|mosquitto] [--list]
//                  [--tls-connections N] [--tls-in-flight N] [--tls-threads N]
// --only runs the loads whose name contains TEXT; --broker runs one side only
// (for a profiler); --list prints the loads. The TLS loads use certificates
// made for the run (openssl) and a TLS listener on each broker; --tls-* set
// how many TLS connections to open, how many at once, and from how many threads.
#include "broker/brokerprocess.h"
#include "broker/certificates.h"
#include "broker/loads.h"
#include "report.h"
#if HOMEWIRE_BENCH_TLS
#include "broker/tls.h"
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace homewire::bench;
using homewire::mqtt::QoS;

namespace {

struct Figure
{
    std::string label;
    const char *unit;
    bool higherIsBetter;
};

enum class Tls
{
    None,
    Server, // the broker shows a certificate
    Mutual, // and requires one from every client
};

struct Load
{
    std::vector<Figure> figures;
    std::function<std::vector<Measurement>(BrokerProcess &)> run;
    Tls tls = Tls::None;     // a TLS listener too; the load uses it
    bool tcpNoDelay = false; // Mosquitto's set_tcp_nodelay
};

// A throughput row: its label and its load.
struct ThroughputRow
{
    std::string label;
    ThroughputLoad load;
};

ThroughputRow throughputRow(const char *shape, int publishers, int subscribers, int messages, QoS qos)
{
    const int total = publishers * messages * subscribers;
    ThroughputRow row;
    row.label =
        std::string(shape) + " QoS " + std::to_string(int(qos)) + ", " + std::to_string(total / 1000) + "k";
    row.load.publishers = publishers;
    row.load.subscribers = subscribers;
    row.load.messagesPerPublisher = messages;
    row.load.qos = qos;
    row.load.subscriberThreads = subscribers > 1 ? 2 : 1;
    return row;
}

Load throughput(const char *shape, int publishers, int subscribers, int messages, QoS qos)
{
    const ThroughputRow row = throughputRow(shape, publishers, subscribers, messages, qos);
    return {{{row.label, "msg/s", true}}, [load = row.load](BrokerProcess &broker) {
                return std::vector{runThroughput(broker.port(), load)};
            }};
}

#if HOMEWIRE_BENCH_TLS
// Runs `run(port, client)` against the broker's TLS listener, with a client
// that presents its certificate when the listener requires one.
template<typename Run> std::vector<Measurement> overTls(const BrokerProcess &broker, Run &&run)
{
    const TlsListener &listener = *broker.tlsListener();
    const TlsFiles &files = listener.files;
    const auto client =
        listener.requireCertificate
            ? std::make_unique<TlsClient>(files.caFile, files.clientCertFile, files.clientKeyFile)
            : std::make_unique<TlsClient>(files.caFile);
    if (!client->isValid())
        return {Measurement{0, -1, false, "TLS client: " + client->error()}};
    return run(broker.tlsPort(), *client);
}

// The same load as throughput(), with every client on the TLS listener.
Load tlsThroughput(const char *shape, int publishers, int subscribers, int messages, QoS qos)
{
    const ThroughputRow row = throughputRow(shape, publishers, subscribers, messages, qos);
    return {{{"TLS " + row.label, "msg/s", true}},
            [load = row.load](BrokerProcess &broker) {
                return overTls(broker, [&load](quint16 port, const TlsClient &client) {
                    ThroughputLoad secure = load;
                    secure.transport = &client;
                    return std::vector{runThroughput(port, secure)};
                });
            },
            Tls::Server};
}

Load tlsConnects(const TlsConnectLoad &load, Tls tls)
{
    const std::string name = tls == Tls::Mutual ? "mutual TLS" : "TLS";
    return {{{name + " connects, " + std::to_string(load.inFlight) + " at once", "conn/s", true},
             {name + ": broker CPU per connect", "us", false}},
            [load](BrokerProcess &broker) {
                return overTls(broker, [&](quint16 port, const TlsClient &client) {
                    return runTlsConnects(port, client, load, [&broker] { return broker.cpuSeconds(); });
                });
            },
            tls,
            // Otherwise Nagle holds Mosquitto's CONNACK behind its session
            // tickets until the client's delayed ACK: ~40 ms per connection.
            true};
}

void addTlsLoads(std::vector<Load> &list, const TlsConnectLoad &tlsConnect)
{
    list.push_back(tlsConnects(tlsConnect, Tls::Server));
    list.push_back(tlsConnects(tlsConnect, Tls::Mutual));
    list.push_back(tlsThroughput("fan-in 8->1", 8, 1, 25'000, QoS::AtLeastOnce));
}
#else
// Built without OpenSSL (libssl-dev): no TLS client, so no TLS loads.
void addTlsLoads(std::vector<Load> &, const TlsConnectLoad &) {}
#endif

Load latency(QoS qos)
{
    LatencyLoad load;
    load.qos = qos;
    const std::string label =
        "latency QoS " + std::to_string(int(qos)) + " @" + std::to_string(load.messagesPerSecond) + "/s";
    return {{{label + " p50", "us", false}, {label + " p99", "us", false}}, [load](BrokerProcess &broker) {
                return runLatency(broker.port(), load);
            }};
}

std::vector<Load> loads(const TlsConnectLoad &tlsConnect)
{
    std::vector<Load> list;
    // Counts chosen so that Mosquitto takes 2-5 s per row on a 2-core machine.
    list.push_back(throughput("fan-in 8->1", 8, 1, 100'000, QoS::AtMostOnce));
    list.push_back(throughput("fan-in 8->1", 8, 1, 25'000, QoS::AtLeastOnce));
    list.push_back(throughput("fan-in 8->1", 8, 1, 6'000, QoS::ExactlyOnce));
    list.push_back(throughput("fan-out 1->50", 1, 50, 20'000, QoS::AtMostOnce));
    list.push_back(throughput("fan-out 1->50", 1, 50, 15'000, QoS::AtLeastOnce));
    list.push_back(throughput("fan-out 1->50", 1, 50, 6'000, QoS::ExactlyOnce));
    list.push_back(latency(QoS::AtMostOnce));
    list.push_back(latency(QoS::AtLeastOnce));
    list.push_back({{{"connections, 4 threads", "conn/s", true}}, [](BrokerProcess &broker) {
                        return std::vector{runConnectionRate(broker.port(), ConnectionLoad{})};
                    }});
    list.push_back({{{"retained 100k: load until PUBACK", "s", false},
                     {"retained 100k: VmRSS after load", "MiB", false},
                     {"retained 100k: all on '#'", "s", false}},
                    [](BrokerProcess &broker) {
                        return runRetained(broker.port(), RetainedLoad{},
                                           [&broker] { return broker.residentKiB(); });
                    }});
    addTlsLoads(list, tlsConnect);
    return list;
}

std::string formatValue(const Measurement &m, const char *unit)
{
    if (m.value <= 0)
        return "-";
    char text[32];
    const bool fractional = std::strcmp(unit, "s") == 0 || std::strcmp(unit, "MiB") == 0;
    std::snprintf(text, sizeof text, fractional ? "%.2f" : "%.0f", m.value);
    return text;
}

struct CpuSample
{
    Clock::time_point time;
    double machine; // all processes
    double ours;    // this program and the broker
};

CpuSample sample(const BrokerProcess &broker)
{
    return {Clock::now(), machineBusySeconds(), processCpuSeconds(::getpid()) + broker.cpuSeconds()};
}

// Other processes compete for the same cores and skew the figures; say so
// when they used more than a fifth of a core during a load.
std::optional<std::string> interference(const CpuSample &before, const CpuSample &after)
{
    const double seconds = std::chrono::duration<double>(after.time - before.time).count();
    const double others = (after.machine - before.machine) - (after.ours - before.ours);
    if (seconds <= 0 || others / seconds < 0.2)
        return std::nullopt;
    char text[96];
    std::snprintf(text, sizeof text, "other processes used %.1f cores during the load", others / seconds);
    return std::string(text);
}

void printHeader(const std::string &homewire, const std::string &mosquitto)
{
    std::printf("%s (%s)\n", firstLine("'" + homewire + "' --version 2>&1").c_str(), homewire.c_str());
    std::printf("%s (%s)\n", firstLine("'" + mosquitto + "' -h 2>&1").c_str(), mosquitto.c_str());
    std::printf("Each load runs against one broker at a time on 127.0.0.1, started fresh for it.\n");
    std::printf("ratio: homewire/mosquitto for rates, mosquitto/homewire for times, latencies and memory;\n"
                "       > 1.00 means Homewire is better. lost: expected minus distinct messages received\n"
                "       (connections: failed attempts); timeout: the load did not finish in time.\n\n");
    std::printf("| %-38s | %-6s | %10s | %-9s | %10s | %-9s | %5s |\n", "load", "unit", "homewire", "lost",
                "mosquitto", "lost", "ratio");
    std::printf("|----------------------------------------|--------|------------|-----------|------------|"
                "-----------|-------|\n");
    std::fflush(stdout);
}

int usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--homewire PATH] [--mosquitto PATH] [--only TEXT]\n"
                 "       [--broker homewire|mosquitto] [--list]\n"
                 "       [--tls-connections N] [--tls-in-flight N] [--tls-threads N]\n",
                 program);
    return 2;
}

struct Options
{
    std::string paths[2] = {defaultHomewirePath(), "/usr/sbin/mosquitto"}; // by BrokerKind
    std::string only;           // run the loads whose first label contains this
    bool run[2] = {true, true}; // --broker NAME runs one of them, e.g. under a profiler
    bool list = false;
    TlsConnectLoad tlsConnect;
};

// A positive count, or nullopt.
std::optional<int> count(const char *text)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (*end != '\0' || value < 1 || value > 1'000'000)
        return std::nullopt;
    return int(value);
}

bool parseTlsArgument(const std::string &argument, const char *value, TlsConnectLoad &load)
{
    int *target = argument == "--tls-connections" ? &load.connections
                  : argument == "--tls-in-flight" ? &load.inFlight
                  : argument == "--tls-threads"   ? &load.threads
                                                  : nullptr;
    const std::optional<int> number = count(value);
    if (!target || !number)
        return false;
    *target = *number;
    return true;
}

std::optional<Options> parseArguments(int argc, char *argv[])
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--homewire" && hasValue)
            options.paths[0] = argv[++i];
        else if (argument == "--mosquitto" && hasValue)
            options.paths[1] = argv[++i];
        else if (argument == "--only" && hasValue)
            options.only = argv[++i];
        else if (argument == "--broker" && hasValue &&
                 (argv[i + 1] == std::string("homewire") || argv[i + 1] == std::string("mosquitto")))
            options.run[argv[++i][0] == 'h' ? 1 : 0] = false;
        else if (argument == "--list")
            options.list = true;
        else if (!parseTlsArgument(argument, hasValue ? argv[++i] : "", options.tlsConnect))
            return std::nullopt;
    }
    return options;
}

// Runs `load` against a fresh broker; a crash or an unclean stop becomes a
// note, and then the log is kept.
std::vector<Measurement> runOnBroker(const Load &load, BrokerKind kind, const std::string &path,
                                     const std::string &directory, const std::optional<TlsFiles> &tls,
                                     bool &keepLogs)
{
    std::vector<Measurement> results;
    BrokerProcess broker(kind, path, directory);
    if (load.tls != Tls::None)
        broker.setTlsListener({*tls, load.tls == Tls::Mutual});
    broker.setTcpNoDelay(load.tcpNoDelay);
    if (broker.start()) {
        const CpuSample before = sample(broker);
        results = load.run(broker);
        if (auto busy = interference(before, sample(broker)))
            addNote(results[0].note, *busy);
    } else {
        results.assign(1, Measurement{});
        results[0].note = broker.error();
    }
    results.resize(load.figures.size());
    std::string problem;
    if (auto exit = broker.unexpectedExit())
        problem = "broker " + *exit + " during the load (log: " + broker.logFile() + ")";
    else if (auto stopped = broker.stop())
        problem = "broker " + *stopped + " (log: " + broker.logFile() + ")";
    if (!problem.empty()) {
        keepLogs = true;
        addNote(results[0].note, problem);
    }
    return results;
}

void printRows(const Load &load, const std::vector<Measurement> (&results)[2],
               std::vector<std::string> &notes)
{
    for (size_t f = 0; f < load.figures.size(); ++f) {
        const Figure &figure = load.figures[f];
        const Measurement &h = results[0][f];
        const Measurement &m = results[1][f];
        std::printf("| %-38s | %-6s | %10s | %-9s | %10s | %-9s | %5s |\n", figure.label.c_str(), figure.unit,
                    formatValue(h, figure.unit).c_str(), formatLost(h).c_str(),
                    formatValue(m, figure.unit).c_str(), formatLost(m).c_str(),
                    formatRatio(h, m, figure.higherIsBetter).c_str());
        std::fflush(stdout);
        for (int b = 0; b < 2; ++b) {
            const std::string &note = results[b][f].note;
            if (!note.empty() && (f == 0 || note != results[b][0].note))
                notes.push_back(std::string(b == 0 ? "homewire" : "mosquitto") + ", " + figure.label + ": " +
                                note);
        }
    }
}

// Makes the certificates when a selected load uses TLS; false (after an
// error message) when they cannot be made.
bool prepareTls(const std::vector<Load> &selected, const char *work, std::optional<TlsFiles> &files)
{
    const bool needed =
        std::any_of(selected.begin(), selected.end(), [](const Load &load) { return load.tls != Tls::None; });
    if (!needed)
        return true;
    // Mosquitto started as root reads its key as user mosquitto: it must get through.
    ::chmod(work, 0711);
    std::string error;
    files = makeTlsFiles(std::string(work) + "/tls", error);
    if (!files)
        std::fprintf(stderr, "bench_broker: cannot make the TLS certificates: %s\n", error.c_str());
    return files.has_value();
}

} // namespace

int main(int argc, char *argv[])
{
    const auto options = parseArguments(argc, argv);
    if (!options)
        return usage(argv[0]);
    std::vector<Load> selected;
    for (Load &load : loads(options->tlsConnect)) {
        if (load.figures.front().label.find(options->only) != std::string::npos)
            selected.push_back(std::move(load));
    }
    if (options->list) {
        for (const Load &load : selected) {
            for (const Figure &figure : load.figures)
                std::printf("%s\n", figure.label.c_str());
        }
        return 0;
    }
    for (int b = 0; b < 2; ++b) {
        if (options->run[b] && ::access(options->paths[b].c_str(), X_OK) != 0) {
            std::fprintf(stderr, "bench_broker: %s is not an executable\n", options->paths[b].c_str());
            return 2;
        }
    }
    char work[] = "/tmp/bench_broker-XXXXXX";
    if (!::mkdtemp(work)) {
        std::perror("bench_broker: mkdtemp");
        return 1;
    }

    std::optional<TlsFiles> tls;
    if (!prepareTls(selected, work, tls)) {
        std::error_code error;
        std::filesystem::remove_all(work, error);
        return 1;
    }

    printHeader(options->paths[0], options->paths[1]);
    std::vector<std::string> notes;
    bool keepLogs = false;
    for (size_t i = 0; i < selected.size(); ++i) {
        // A directory per load keeps each broker's log for the notes.
        const std::string directory = std::string(work) + "/load" + std::to_string(i + 1);
        std::filesystem::create_directories(directory);
        std::vector<Measurement> results[2];
        for (int b = 0; b < 2; ++b) {
            const auto kind = b == 0 ? BrokerKind::Homewire : BrokerKind::Mosquitto;
            results[b] = options->run[b]
                             ? runOnBroker(selected[i], kind, options->paths[b], directory, tls, keepLogs)
                             : std::vector<Measurement>(selected[i].figures.size());
        }
        printRows(selected[i], results, notes);
    }
    if (!notes.empty()) {
        std::printf("\nNotes:\n");
        for (const std::string &note : notes)
            std::printf("- %s\n", note.c_str());
    }
    if (keepLogs) {
        std::printf("\nBroker logs kept in %s\n", work);
    } else {
        std::error_code error;
        std::filesystem::remove_all(work, error);
    }
    return 0;
}
