// bench_explorer: the topic explorer under load, fed by homewire-broker and
// by Mosquitto in the same run.
//
// For every load and broker, a fresh broker is started on 127.0.0.1 and a
// fresh child process (this program with --child) builds the explorer's tree
// as the app does (MqttClient -> TopicTreeModel -> TopicFilterProxy -> a shown
// QTreeView, on the offscreen platform), runs the load and reports; memory
// figures are therefore the explorer's alone. One row per figure with both
// results, their ratio and the target from the issue. The load generators are
// bench::Connection (bench/broker/); the loads are in bench/explorer/.
//
//     bench_explorer [--homewire PATH] [--mosquitto PATH] [--only TEXT]
//                    [--broker homewire|mosquitto] [--verbose] [--list]
// --only runs the loads whose name contains TEXT (ingest, retained); --broker
// runs one side only; --verbose prints where the GUI thread's time went.
// Exits 1 when Homewire's explorer lost messages, an explorer process failed
// or a broker crashed; 2 on bad arguments.
#include "broker/brokerprocess.h"
#include "explorer/eventloop.h"
#include "explorer/explorerloads.h"
#include "explorer/process.h"
#include "report.h"

#include <QLoggingCategory>
#include <QtGlobal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

using namespace homewire::bench;
using namespace std::chrono_literals;

namespace homewire::bench {
bool explainGuiTime = false;
}

namespace {

enum class Better
{
    Higher,
    Lower,
    Neither, // counts: no ratio
};

struct Figure
{
    const char *label;
    const char *unit;
    Better better;
    const char *target; // from the issue; empty for none
    bool countsLoss;    // its `lost` fails the run (for Homewire)
};

struct Load
{
    const char *name; // for --only and --child
    std::vector<Figure> figures;
    Clock::duration timeout; // of the child process
    std::function<std::vector<Measurement>(const BrokerUnderTest &)> run;
};

std::vector<Load> loads()
{
    std::vector<Load> list;
    list.push_back({"ingest",
                    {
                        {"ingest: published", "msgs", Better::Neither, "500000", false},
                        {"ingest: received by the client", "msgs", Better::Neither, "no loss", true},
                        {"ingest: applied to the store", "msgs", Better::Neither, "no loss", true},
                        {"ingest: applied per second", "msg/s", Better::Higher, ">= 50000", false},
                        {"ingest: all applied, after the last sent", "ms", Better::Lower, "", false},
                        {"ingest: max GUI event-loop gap", "ms", Better::Lower, "<= 50", false},
                        {"ingest: GUI ticks later than 50 ms", "ticks", Better::Lower, "", false},
                        {"ingest: explorer VmRSS after", "MiB", Better::Lower, "", false},
                        {"ingest: explorer GUI thread CPU", "s", Better::Lower, "", false},
                        {"ingest: broker CPU", "s", Better::Lower, "", false},
                    },
                    90s,
                    [](const BrokerUnderTest &broker) {
                        return runIngest(broker, IngestLoad{});
                    }});
    list.push_back({"retained",
                    {
                        {"1M retained: broker load (PUBACK)", "s", Better::Lower, "", false},
                        {"1M retained: explorer load", "s", Better::Lower, "", true},
                        {"1M retained: explorer VmRSS", "MiB", Better::Lower, "<= 1024", false},
                        {"1M retained: explorer VmHWM (peak)", "MiB", Better::Lower, "", false},
                        {"1M retained: max GUI gap, loading", "ms", Better::Lower, "", false},
                        {"1M retained: expand a 1000-row parent", "ms", Better::Lower, "scrollable", false},
                        {"1M retained: scroll to bottom and back", "ms", Better::Lower, "scrollable", false},
                        {"1M retained: search until finished", "ms", Better::Lower, "searchable", false},
                        {"1M retained: expand the search results", "ms", Better::Lower, "searchable", false},
                        {"1M retained: max GUI gap, search", "ms", Better::Lower, "", false},
                    },
                    420s,
                    [](const BrokerUnderTest &broker) {
                        return runRetainedMillion(broker, RetainedMillionLoad{});
                    }});
    return list;
}

std::string formatValue(const Measurement &m, const Figure &figure, bool measured)
{
    if (!measured || m.value < 0 ||
        (m.value == 0 && figure.better != Better::Neither && std::strcmp(figure.unit, "ticks") != 0))
        return "-";
    char text[32];
    const bool whole = std::strcmp(figure.unit, "msgs") == 0 || std::strcmp(figure.unit, "msg/s") == 0 ||
                       std::strcmp(figure.unit, "ticks") == 0;
    std::snprintf(text, sizeof text,
                  whole                                ? "%.0f"
                  : std::strcmp(figure.unit, "s") == 0 ? "%.2f"
                                                       : "%.1f",
                  m.value);
    return text;
}

std::string formatRatio(const Measurement &homewire, const Measurement &mosquitto, Better better)
{
    if (better == Better::Neither)
        return "-";
    return homewire::bench::formatRatio(homewire, mosquitto, better == Better::Higher);
}

void printHeader(const std::string &homewire, const std::string &mosquitto)
{
    char date[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d", std::localtime(&now));
    std::printf("%s (%s)\n", firstLine("'" + homewire + "' --version 2>&1").c_str(), homewire.c_str());
    std::printf("%s (%s)\n", firstLine("'" + mosquitto + "' -h 2>&1").c_str(), mosquitto.c_str());
    std::printf("Qt %s, %s, %ld cores, %s\n", qVersion(),
                qEnvironmentVariable("QT_QPA_PLATFORM").toUtf8().constData(), ::sysconf(_SC_NPROCESSORS_ONLN),
                date);
    std::printf("Each load runs against one broker at a time on 127.0.0.1, started fresh for it, with the\n"
                "explorer (MqttClient, TopicTreeModel, TopicFilterProxy, a shown 1000x700 QTreeView) in a\n"
                "fresh process of its own.\n");
    std::printf("ratio: homewire/mosquitto for rates, mosquitto/homewire for times, gaps, CPU and memory;\n"
                "       > 1.00 means the explorer did better fed by homewire-broker. lost: expected minus\n"
                "       received; timeout: not all arrived in time.\n");
    std::printf("targets (issue): ingest >= 50,000 msg/s for 10 s with a max GUI gap <= 50 ms and no loss;\n"
                "       1M retained topics with the explorer's VmRSS <= 1 GB, the tree scrollable and\n"
                "       searchable.\n\n");
    std::printf("| %-40s | %-5s | %9s | %-9s | %9s | %-9s | %5s | %-10s |\n", "load", "unit", "homewire",
                "lost", "mosquitto", "lost", "ratio", "target");
    std::printf("|------------------------------------------|-------|-----------|-----------|-----------|"
                "-----------|-------|------------|\n");
    std::fflush(stdout);
}

struct Options
{
    std::string paths[2] = {defaultHomewirePath(), "/usr/sbin/mosquitto"}; // homewire, mosquitto
    std::string only;
    bool run[2] = {true, true};
    bool list = false;
    // Child mode: run one load against a running broker and print figures.
    std::string child;
    BrokerUnderTest broker;
};

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
        else if (argument == "--verbose")
            explainGuiTime = true;
        else if (argument == "--list")
            options.list = true;
        else if (argument == "--child" && hasValue)
            options.child = argv[++i];
        else if (argument == "--port" && hasValue)
            options.broker.port = quint16(std::atoi(argv[++i]));
        else if (argument == "--broker-pid" && hasValue)
            options.broker.pid = pid_t(std::atoi(argv[++i]));
        else
            return std::nullopt;
    }
    return options;
}

int usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--homewire PATH] [--mosquitto PATH] [--only TEXT]\n"
                 "       [--broker homewire|mosquitto] [--verbose] [--list]\n",
                 program);
    return 2;
}

// The explorer's side: one load against the broker the parent started.
int runAsChild(int argc, char *argv[], const Options &options)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    TracingApplication app(argc, argv);
    // Connection progress would interleave with the table; QT_LOGGING_RULES
    // (which takes precedence) brings it back.
    QLoggingCategory::setFilterRules(
        QStringLiteral("homewire.client.debug=false\nhomewire.client.info=false"));
    for (const Load &load : loads()) {
        if (options.child == load.name) {
            writeFigures(load.run(options.broker));
            return 0;
        }
    }
    std::fprintf(stderr, "bench_explorer: no load named %s\n", options.child.c_str());
    return 2;
}

struct RunOutcome
{
    std::vector<Measurement> figures;
    std::vector<bool> measured;
    bool failed = false; // the explorer process or the broker did not end well
};

RunOutcome runOnBroker(const Load &load, BrokerKind kind, const std::string &path,
                       const std::string &directory, bool &keepLogs)
{
    RunOutcome outcome;
    outcome.figures.resize(load.figures.size());
    outcome.measured.assign(load.figures.size(), false);
    BrokerProcess broker(kind, path, directory);
    if (!broker.start()) {
        outcome.figures[0].note = broker.error();
        outcome.failed = true;
        return outcome;
    }
    const auto startTime = Clock::now();
    const double machineBefore = machineBusySeconds();
    const double brokerBefore = broker.cpuSeconds();
    std::vector<std::string> arguments{"--child",      load.name,
                                       "--port",       std::to_string(broker.port()),
                                       "--broker-pid", std::to_string(broker.pid())};
    if (explainGuiTime)
        arguments.push_back("--verbose");
    if (explainGuiTime)
        std::fprintf(stderr, "== %s, %s\n", load.name, brokerName(kind));
    ChildRun run = runChild(arguments, load.figures.size(), load.timeout);
    outcome.figures = std::move(run.figures);
    outcome.measured.assign(load.figures.size(), run.failure.empty());

    // Other processes compete for the same two cores; say so when they used
    // more than a fifth of a core.
    const double seconds = std::chrono::duration<double>(Clock::now() - startTime).count();
    const double others =
        (machineBusySeconds() - machineBefore) - (broker.cpuSeconds() - brokerBefore) - run.cpuSeconds;
    if (seconds > 0 && others / seconds >= 0.2) {
        char text[96];
        std::snprintf(text, sizeof text, "other processes used %.1f cores during the load", others / seconds);
        addNote(outcome.figures[0].note, text);
    }
    if (!run.failure.empty()) {
        addNote(outcome.figures[0].note, run.failure);
        outcome.failed = true;
    }
    std::string problem;
    if (auto exit = broker.unexpectedExit())
        problem = "broker " + *exit + " during the load (log: " + broker.logFile() + ")";
    else if (auto stopped = broker.stop())
        problem = "broker " + *stopped + " (log: " + broker.logFile() + ")";
    if (!problem.empty()) {
        keepLogs = true;
        outcome.failed = true;
        addNote(outcome.figures[0].note, problem);
    }
    return outcome;
}

void printRows(const Load &load, const RunOutcome (&results)[2], std::vector<std::string> &notes)
{
    for (size_t f = 0; f < load.figures.size(); ++f) {
        const Figure &figure = load.figures[f];
        const Measurement &h = results[0].figures[f];
        const Measurement &m = results[1].figures[f];
        std::printf("| %-40s | %-5s | %9s | %-9s | %9s | %-9s | %5s | %-10s |\n", figure.label, figure.unit,
                    formatValue(h, figure, results[0].measured[f]).c_str(), formatLost(h).c_str(),
                    formatValue(m, figure, results[1].measured[f]).c_str(), formatLost(m).c_str(),
                    formatRatio(h, m, figure.better).c_str(), figure.target);
        std::fflush(stdout);
        for (int b = 0; b < 2; ++b) {
            const std::string &note = results[b].figures[f].note;
            if (!note.empty())
                notes.push_back(std::string(b == 0 ? "homewire" : "mosquitto") + ", " + figure.label + ": " +
                                note);
        }
    }
}

// Homewire's explorer must get every message; Mosquitto's losses are
// reported in the table but are not ours to fail on.
bool homewireLost(const Load &load, const RunOutcome &homewire)
{
    for (size_t f = 0; f < load.figures.size(); ++f) {
        if (!load.figures[f].countsLoss)
            continue;
        const Measurement &m = homewire.figures[f];
        if (m.lost != 0 || m.timedOut) // -1: never measured, which is no better
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto options = parseArguments(argc, argv);
    if (!options)
        return usage(argv[0]);
    if (!options->child.empty())
        return runAsChild(argc, argv, *options);

    std::vector<Load> selected;
    for (Load &load : loads()) {
        if (std::string(load.name).find(options->only) != std::string::npos)
            selected.push_back(std::move(load));
    }
    if (options->list) {
        for (const Load &load : selected) {
            for (const Figure &figure : load.figures)
                std::printf("%s\n", figure.label);
        }
        return 0;
    }
    for (int b = 0; b < 2; ++b) {
        if (options->run[b] && ::access(options->paths[b].c_str(), X_OK) != 0) {
            std::fprintf(stderr, "bench_explorer: %s is not an executable\n", options->paths[b].c_str());
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen")); // inherited by the children
    char work[] = "/tmp/bench_explorer-XXXXXX";
    if (!::mkdtemp(work)) {
        std::perror("bench_explorer: mkdtemp");
        return 1;
    }

    printHeader(options->paths[0], options->paths[1]);
    std::vector<std::string> notes;
    bool keepLogs = false;
    bool failed = false;
    for (size_t i = 0; i < selected.size(); ++i) {
        const std::string directory = std::string(work) + "/load" + std::to_string(i + 1);
        std::filesystem::create_directories(directory);
        RunOutcome results[2];
        for (int b = 0; b < 2; ++b) {
            const auto kind = b == 0 ? BrokerKind::Homewire : BrokerKind::Mosquitto;
            if (options->run[b]) {
                results[b] = runOnBroker(selected[i], kind, options->paths[b], directory, keepLogs);
                failed = failed || results[b].failed;
            } else {
                results[b].figures.resize(selected[i].figures.size());
                results[b].measured.assign(selected[i].figures.size(), false);
            }
        }
        printRows(selected[i], results, notes);
        if (options->run[0] && homewireLost(selected[i], results[0])) {
            failed = true;
            notes.push_back(std::string("homewire, ") + selected[i].name +
                            ": the explorer did not get every message");
        }
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
    return failed ? 1 : 0;
}
