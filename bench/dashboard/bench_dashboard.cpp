// bench_dashboard: the dashboard under a home's worth of devices, fed by
// homewire-broker and by Mosquitto in the same run.
//
// For each broker, a fresh broker is started on 127.0.0.1 and a fresh child
// process (this program with --child) builds the device side as the app does
// (DeviceService with the generic convention plugin from the build tree ->
// DeviceRegistry in memory, accepting every device -> a shown DashboardPage
// on the offscreen platform), runs the three phases of dashboardload.h and
// reports; memory figures are therefore that dashboard's alone. One row per
// figure with both results, their ratio and the target.
//
//     bench_dashboard [--homewire PATH] [--mosquitto PATH] [--plugins DIR]
//                     [--broker homewire|mosquitto] [--telemetry-seconds N]
//                     [--verbose]
// --plugins is where the device-convention plugins are (the build tree's
// plugins/devices by default); --broker runs one side only;
// --telemetry-seconds lengthens the telemetry phase (10 s by default), e.g.
// past the 30 s after which every tile refreshes its "updated ... ago";
// --verbose prints where the GUI thread's time went. Exits 1 when the dashboard fed by
// homewire-broker missed a tile, a state or a confirmation, a dashboard
// process failed or a broker crashed; 2 on bad arguments.
#include "broker/brokerprocess.h"
#include "dashboard/dashboardload.h"
#include "explorer/eventloop.h"
#include "explorer/process.h"
#include "report.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QtGlobal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
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

constexpr auto ChildTimeout = 75s; // plus the telemetry's duration

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
    const char *target; // empty for none
    bool countsLoss;    // its `lost` fails the run (for Homewire)
};

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> list{
        {"home: devices on the dashboard", "devs", Better::Neither, "600", false},
        {"home: tiles showing a value", "tiles", Better::Neither, "1100", true},
        {"home: until every tile shows a value", "s", Better::Lower, "", false},
        {"home: max GUI event-loop gap", "ms", Better::Lower, "", false},
        {"home: dashboard VmRSS", "MiB", Better::Lower, "", false},
        {"telemetry: readings published", "msgs", Better::Neither, "20000", false},
        {"telemetry: tile updates applied per s", "upd/s", Better::Higher, "", false},
        {"telemetry: max GUI event-loop gap", "ms", Better::Lower, "<= 50", false},
        {"telemetry: GUI ticks later than 50 ms", "ticks", Better::Lower, "", false},
        {"telemetry: tiles showing the last value", "tiles", Better::Neither, "no loss", true},
        {"telemetry: all shown, after the last sent", "ms", Better::Lower, "", false},
        {"telemetry: GUI thread CPU", "s", Better::Lower, "", false},
        {"telemetry: broker CPU", "s", Better::Lower, "", false},
        {"telemetry: dashboard VmRSS after", "MiB", Better::Lower, "", false},
        {"toggles: confirmed on the tile", "count", Better::Neither, "100", true},
        {"toggles: click to Confirmed, median", "ms", Better::Lower, "", false},
        {"toggles: click to Confirmed, p99", "ms", Better::Lower, "", false},
        {"toggles: max GUI event-loop gap", "ms", Better::Lower, "", false},
    };
    return list;
}

bool isCount(const Figure &figure)
{
    for (const char *unit : {"devs", "tiles", "msgs", "upd/s", "ticks", "count"}) {
        if (std::strcmp(figure.unit, unit) == 0)
            return true;
    }
    return false;
}

std::string formatValue(const Measurement &m, const Figure &figure, bool measured)
{
    if (!measured || m.value < 0 ||
        (m.value == 0 && figure.better != Better::Neither && std::strcmp(figure.unit, "ticks") != 0))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text,
                  isCount(figure)                      ? "%.0f"
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

void printHeader(const std::string &homewire, const std::string &mosquitto, const DashboardLoad &load)
{
    char date[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d", std::localtime(&now));
    std::printf("%s (%s)\n", firstLine("'" + homewire + "' --version 2>&1").c_str(), homewire.c_str());
    std::printf("%s (%s)\n", firstLine("'" + mosquitto + "' -h 2>&1").c_str(), mosquitto.c_str());
    std::printf("Qt %s, %s, %ld cores, %s\n", qVersion(),
                qEnvironmentVariable("QT_QPA_PLATFORM").toUtf8().constData(), ::sysconf(_SC_NPROCESSORS_ONLN),
                date);
    std::printf("Each broker runs on 127.0.0.1, started fresh, with the dashboard (DeviceService and the\n"
                "generic convention, DeviceRegistry accepting every device, a shown 1366x768 DashboardPage)\n"
                "in a fresh process of its own. Home: %d rooms, %d climate sensors (2 tiles each) and %d\n"
                "plugs; telemetry: %d readings/s for %.0f s; %d toggles answered by fake plugs.\n",
                load.home.rooms, load.home.climateCount(), load.home.plugCount(),
                load.telemetry.messagesPerSecond,
                std::chrono::duration<double>(load.telemetry.duration).count(), load.toggles);
    std::printf("ratio: homewire/mosquitto for rates, mosquitto/homewire for times, gaps, CPU and memory;\n"
                "       > 1.00 means the dashboard did better fed by homewire-broker. lost: expected minus\n"
                "       shown; timeout: not all shown in time.\n\n");
    std::printf("| %-42s | %-5s | %9s | %-9s | %9s | %-9s | %5s | %-7s |\n", "load", "unit", "homewire",
                "lost", "mosquitto", "lost", "ratio", "target");
    std::printf("|--------------------------------------------|-------|-----------|-----------|-----------|"
                "-----------|-------|---------|\n");
    std::fflush(stdout);
}

struct Options
{
    std::string paths[2] = {defaultHomewirePath(), "/usr/sbin/mosquitto"}; // homewire, mosquitto
    std::string plugins = HOMEWIRE_DEVICE_PLUGIN_DIR;
    int telemetrySeconds = 10;
    bool run[2] = {true, true};
    // Child mode: run the load against a running broker and print figures.
    bool child = false;
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
        else if (argument == "--plugins" && hasValue)
            options.plugins = argv[++i];
        else if (argument == "--telemetry-seconds" && hasValue && std::atoi(argv[i + 1]) > 0)
            options.telemetrySeconds = std::atoi(argv[++i]);
        else if (argument == "--broker" && hasValue &&
                 (argv[i + 1] == std::string("homewire") || argv[i + 1] == std::string("mosquitto")))
            options.run[argv[++i][0] == 'h' ? 1 : 0] = false;
        else if (argument == "--verbose")
            explainGuiTime = true;
        else if (argument == "--child")
            options.child = true;
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
                 "usage: %s [--homewire PATH] [--mosquitto PATH] [--plugins DIR]\n"
                 "       [--broker homewire|mosquitto] [--telemetry-seconds N] [--verbose]\n",
                 program);
    return 2;
}

DashboardLoad dashboardLoad(const Options &options)
{
    DashboardLoad load;
    load.pluginDirectory = QString::fromStdString(options.plugins);
    load.telemetry.duration = std::chrono::seconds(options.telemetrySeconds);
    return load;
}

// The dashboard's side: the load against the broker the parent started.
int runAsChild(int argc, char *argv[], const Options &options)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    TracingApplication app(argc, argv);
    // Turning on autoAdd writes a setting: into a directory of the run's own,
    // as `homewire --data-dir` keeps them, never the user's.
    QTemporaryDir settings;
    if (!settings.isValid()) {
        std::fprintf(stderr, "bench_dashboard: no temporary directory for the settings\n");
        return 1;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Connection progress would interleave with the table; QT_LOGGING_RULES
    // (which takes precedence) brings it back.
    QLoggingCategory::setFilterRules(
        QStringLiteral("homewire.client.debug=false\nhomewire.client.info=false"));
    writeFigures(runDashboard(options.broker, dashboardLoad(options)));
    return 0;
}

struct RunOutcome
{
    std::vector<Measurement> figures;
    std::vector<bool> measured;
    bool failed = false; // the dashboard process or the broker did not end well
};

RunOutcome runOnBroker(BrokerKind kind, const Options &options, const std::string &path,
                       const std::string &directory, bool &keepLogs)
{
    const size_t count = figures().size();
    RunOutcome outcome;
    outcome.figures.resize(count);
    outcome.measured.assign(count, false);
    BrokerProcess broker(kind, path, directory);
    if (!broker.start()) {
        outcome.figures[0].note = broker.error();
        outcome.failed = true;
        return outcome;
    }
    const auto startTime = Clock::now();
    const double machineBefore = machineBusySeconds();
    const double brokerBefore = broker.cpuSeconds();
    std::vector<std::string> arguments{"--child",
                                       "--port",
                                       std::to_string(broker.port()),
                                       "--broker-pid",
                                       std::to_string(broker.pid()),
                                       "--plugins",
                                       options.plugins,
                                       "--telemetry-seconds",
                                       std::to_string(options.telemetrySeconds)};
    if (explainGuiTime) {
        arguments.push_back("--verbose");
        std::fprintf(stderr, "== %s\n", brokerName(kind));
    }
    ChildRun run = runChild(arguments, count, ChildTimeout + std::chrono::seconds(options.telemetrySeconds));
    outcome.figures = std::move(run.figures);
    outcome.measured.assign(count, run.failure.empty());

    // Other processes compete for the same cores; say so when they used more
    // than a fifth of a core.
    const double seconds = std::chrono::duration<double>(Clock::now() - startTime).count();
    const double others =
        (machineBusySeconds() - machineBefore) - (broker.cpuSeconds() - brokerBefore) - run.cpuSeconds;
    if (seconds > 0 && others / seconds >= 0.2) {
        char text[96];
        std::snprintf(text, sizeof text, "other processes used %.1f cores during the run", others / seconds);
        addNote(outcome.figures[0].note, text);
    }
    if (!run.failure.empty()) {
        // runChild speaks of the process it runs as the explorer's; here it
        // is the dashboard's.
        std::string failure = run.failure;
        if (const size_t at = failure.find("explorer"); at != std::string::npos)
            failure.replace(at, std::strlen("explorer"), "dashboard");
        addNote(outcome.figures[0].note, failure);
        outcome.failed = true;
    }
    std::string problem;
    if (auto exit = broker.unexpectedExit())
        problem = "broker " + *exit + " during the run (log: " + broker.logFile() + ")";
    else if (auto stopped = broker.stop())
        problem = "broker " + *stopped + " (log: " + broker.logFile() + ")";
    if (!problem.empty()) {
        keepLogs = true;
        outcome.failed = true;
        addNote(outcome.figures[0].note, problem);
    }
    return outcome;
}

void printRows(const RunOutcome (&results)[2], std::vector<std::string> &notes)
{
    for (size_t f = 0; f < figures().size(); ++f) {
        const Figure &figure = figures()[f];
        const Measurement &h = results[0].figures[f];
        const Measurement &m = results[1].figures[f];
        std::printf("| %-42s | %-5s | %9s | %-9s | %9s | %-9s | %5s | %-7s |\n", figure.label, figure.unit,
                    formatValue(h, figure, results[0].measured[f]).c_str(), formatLost(h).c_str(),
                    formatValue(m, figure, results[1].measured[f]).c_str(), formatLost(m).c_str(),
                    formatRatio(h, m, figure.better).c_str(), figure.target);
        for (int b = 0; b < 2; ++b) {
            const std::string &note = results[b].figures[f].note;
            if (!note.empty())
                notes.push_back(std::string(b == 0 ? "homewire" : "mosquitto") + ", " + figure.label + ": " +
                                note);
        }
    }
    std::fflush(stdout);
}

// Homewire's dashboard must show every tile, state and confirmation;
// Mosquitto's misses are reported in the table but are not ours to fail on.
bool homewireLost(const RunOutcome &homewire)
{
    for (size_t f = 0; f < figures().size(); ++f) {
        const Measurement &m = homewire.figures[f];
        if (figures()[f].countsLoss && (m.lost != 0 || m.timedOut)) // -1: never measured, no better
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (figures().size() != DashboardFigureCount) {
        std::fprintf(stderr, "bench_dashboard: %zu rows for %d figures\n", figures().size(),
                     int(DashboardFigureCount));
        return 1;
    }
    const auto options = parseArguments(argc, argv);
    if (!options)
        return usage(argv[0]);
    if (options->child)
        return runAsChild(argc, argv, *options);

    for (int b = 0; b < 2; ++b) {
        if (options->run[b] && ::access(options->paths[b].c_str(), X_OK) != 0) {
            std::fprintf(stderr, "bench_dashboard: %s is not an executable\n", options->paths[b].c_str());
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen")); // inherited by the children
    char work[] = "/tmp/bench_dashboard-XXXXXX";
    if (!::mkdtemp(work)) {
        std::perror("bench_dashboard: mkdtemp");
        return 1;
    }

    printHeader(options->paths[0], options->paths[1], dashboardLoad(*options));
    std::vector<std::string> notes;
    bool keepLogs = false;
    bool failed = false;
    RunOutcome results[2];
    for (int b = 0; b < 2; ++b) {
        const auto kind = b == 0 ? BrokerKind::Homewire : BrokerKind::Mosquitto;
        if (options->run[b]) {
            results[b] = runOnBroker(kind, *options, options->paths[b], work, keepLogs);
            failed = failed || results[b].failed;
        } else {
            results[b].figures.resize(figures().size());
            results[b].measured.assign(figures().size(), false);
        }
    }
    printRows(results, notes);
    if (options->run[0] && homewireLost(results[0])) {
        failed = true;
        notes.push_back("homewire: the dashboard did not show every tile, reading or confirmation");
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
