// homewire-broker: the embedded broker as a headless service.
// Parses arguments and the configuration file, then runs BrokerServer.
#include "broker/brokersettings.h"
#include "broker/net/brokerserver.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>

using namespace homewire::broker;

namespace {

void fatal(const QString &message)
{
    std::fprintf(stderr, "homewire-broker: %s\n", qPrintable(message));
}

void applyLogLevel(LogLevel level)
{
    QString rules = QStringLiteral("homewire.*.debug=false\n");
    switch (level) {
    case LogLevel::Debug:
        rules = QStringLiteral("homewire.*.debug=true\n");
        break;
    case LogLevel::Info:
        break;
    case LogLevel::Warning:
        rules += QStringLiteral("homewire.*.info=false\n");
        break;
    case LogLevel::Error:
        rules += QStringLiteral("homewire.*.info=false\nhomewire.*.warning=false\n");
        break;
    }
    QLoggingCategory::setFilterRules(rules);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("homewire-broker"));
    QCoreApplication::setOrganizationName(QStringLiteral("Homewire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOMEWIRE_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                       "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                       "%{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Homewire's MQTT broker (MQTT 3.1 and 3.1.1) as a service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption({QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("TCP port to listen on (default 1883)."),
                                        QStringLiteral("port"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"));
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          QStringLiteral("Configuration file (one 'name value' per line)."),
                                          QStringLiteral("file"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the broker's database (default: the user's application data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory"), QStringLiteral("Keep nothing on disk: no retained messages or sessions "
                                                 "survive a restart."));
    const QCommandLineOption durabilityOption(
        QStringLiteral("durability"), QStringLiteral("fast (default) or durable."), QStringLiteral("mode"));
    const QCommandLineOption logOption(QStringLiteral("log-level"),
                                       QStringLiteral("error, warning, info (default) or debug."),
                                       QStringLiteral("level"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Network threads (default: one per core)."),
                                           QStringLiteral("n"));
    parser.addOptions({portOption, bindOption, configOption, dataOption, memoryOption, durabilityOption,
                       logOption, workersOption});
    parser.process(app);

    BrokerSettings settings;
    settings.broker.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        if (!file.open(QIODevice::ReadOnly)) {
            fatal(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 2;
        }
        auto parsed = parseBrokerSettings(file.readAll(), settings);
        if (!parsed) {
            fatal(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
            return 2;
        }
        settings = parsed.value();
    }
    // Command-line options override the file.
    const std::pair<const QCommandLineOption *, const char *> overrides[] = {
        {&portOption, "port"},
        {&bindOption, "bind_address"},
        {&dataOption, "data_dir"},
        {&durabilityOption, "durability"},
        {&logOption, "log_level"}};
    for (const auto &[option, name] : overrides) {
        if (!parser.isSet(*option))
            continue;
        if (auto ok = applyBrokerSetting(settings, name, parser.value(*option).toUtf8()); !ok) {
            fatal(ok.error().message);
            return 2;
        }
    }
    if (parser.isSet(memoryOption))
        settings.broker.dataDirectory.clear();
    applyLogLevel(settings.logLevel);
    settings.broker.version = QCoreApplication::applicationVersion();

    net::BrokerServer server(settings.broker);
    if (parser.isSet(workersOption))
        server.setWorkerCount(parser.value(workersOption).toInt());
    if (auto started = server.start(settings.bindAddress, settings.port); !started) {
        fatal(started.error().message);
        return 1;
    }
    qInfo().noquote() << "homewire-broker" << QCoreApplication::applicationVersion() << "listening on"
                      << settings.bindAddress.toString() + QLatin1Char(':') +
                             QString::number(server.serverPort());

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int signal) {
        qInfo() << "signal" << signal << "received, shutting down";
        server.stop();
        app.quit();
    });
    const int code = app.exec();
    server.stop();
    qInfo() << "stopped";
    return code;
}
