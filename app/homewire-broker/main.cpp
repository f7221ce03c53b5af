// homewire-broker: the embedded broker as a headless service.
// Parses arguments and the configuration file, then runs BrokerServer.
#include "broker/brokersettings.h"
#include "broker/net/brokerserver.h"
#include "manage.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>

using namespace homewire::broker;
using homewire::makeError;
using homewire::Result;

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

// --tls-port and its companions: one more listener, with TLS, without a
// configuration file.
struct TlsOptions
{
    QCommandLineOption port{QStringLiteral("tls-port"),
                            QStringLiteral("Also listen with TLS on this port (needs --cert and --key)."),
                            QStringLiteral("port")};
    QCommandLineOption bind{QStringLiteral("tls-bind"),
                            QStringLiteral("Address of the TLS listener (default: that of --bind)."),
                            QStringLiteral("address")};
    QCommandLineOption cert{QStringLiteral("cert"),
                            QStringLiteral("Server certificate (PEM, followed by its chain) for --tls-port."),
                            QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("key"),
                           QStringLiteral("Private key of --cert (PEM, RSA or EC, unencrypted)."),
                           QStringLiteral("file")};
    QCommandLineOption caFile{QStringLiteral("cafile"),
                              QStringLiteral("CA certificates (PEM) that client certificates must chain to."),
                              QStringLiteral("file")};
    QCommandLineOption crlFile{
        QStringLiteral("crlfile"),
        QStringLiteral("Revoked client certificates: a CRL signed by a CA of --cafile."),
        QStringLiteral("file")};
    QCommandLineOption requireCertificate{
        QStringLiteral("require-certificate"),
        QStringLiteral("Clients of --tls-port must present a certificate issued by a CA of --cafile.")};
    QCommandLineOption identityAsUserName{
        QStringLiteral("identity-as-username"),
        QStringLiteral("The common name of a client's certificate is its user name.")};

    QList<QCommandLineOption> all() const
    {
        return {port, bind, cert, key, caFile, crlFile, requireCertificate, identityAsUserName};
    }
};

Result<void, SettingsError> addTlsListener(const QCommandLineParser &parser, const TlsOptions &tls,
                                           BrokerSettings &settings)
{
    if (!parser.isSet(tls.port)) {
        const QList<QCommandLineOption> companions = tls.all().mid(1);
        for (const QCommandLineOption &option : companions) {
            if (parser.isSet(option))
                return makeError(SettingsError::MissingValue,
                                 QStringLiteral("--%1 needs --tls-port").arg(option.names().constFirst()));
        }
        return {};
    }
    if (!parser.isSet(tls.cert) || !parser.isSet(tls.key))
        return makeError(SettingsError::MissingValue, QStringLiteral("--tls-port needs --cert and --key"));
    const QHostAddress &bind = settings.listeners.first().address;
    const QString address = parser.isSet(tls.bind)                    ? parser.value(tls.bind)
                            : bind == QHostAddress(QHostAddress::Any) ? QStringLiteral("*")
                                                                      : bind.toString();
    QList<std::pair<const char *, QString>> lines = {
        {"listener", parser.value(tls.port) + QLatin1Char(' ') + address},
        {"certfile", parser.value(tls.cert)},
        {"keyfile", parser.value(tls.key)},
    };
    if (parser.isSet(tls.caFile))
        lines.append({"cafile", parser.value(tls.caFile)});
    if (parser.isSet(tls.crlFile))
        lines.append({"crlfile", parser.value(tls.crlFile)});
    if (parser.isSet(tls.requireCertificate))
        lines.append({"require_certificate", QStringLiteral("true")});
    if (parser.isSet(tls.identityAsUserName))
        lines.append({"use_identity_as_username", QStringLiteral("true")});
    for (const auto &[name, value] : std::as_const(lines)) {
        if (auto ok = applyBrokerSetting(settings, name, value.toUtf8()); !ok)
            return ok;
    }
    return {};
}

// "TLS, client certificates required": how the start-up log describes a listener.
QString describeListener(const ListenerSettings &l)
{
    QStringList parts = {l.tls ? QStringLiteral("TLS") : QStringLiteral("plain")};
    if (l.tls && l.tlsMinimum == TlsMinimum::Tls13)
        parts.append(QStringLiteral("TLS 1.3 only"));
    if (l.clientCertificates == ClientCertificates::Require)
        parts.append(QStringLiteral("client certificates required"));
    else if (l.clientCertificates == ClientCertificates::Optional)
        parts.append(QStringLiteral("client certificates optional"));
    if (!l.crlFile.isEmpty())
        parts.append(QStringLiteral("revocation list %1").arg(l.crlFile));
    if (l.identityAsUserName)
        parts.append(QStringLiteral("certificate identity as user name"));
    if (!l.anonymousAllowed())
        parts.append(QStringLiteral("no anonymous logins"));
    return parts.join(QLatin1String(", "));
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
    // homewire-broker user|acl ...: managing users and ACL rules, not running.
    if (homewire::brokerapp::isManagementCommand(argc, argv))
        return homewire::brokerapp::runManagement(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Homewire's MQTT broker (MQTT 3.1 and 3.1.1; 5.0 in part) as a service, over TCP "
                       "and TLS."));
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
    const TlsOptions tlsOptions;
    parser.addOptions({portOption, bindOption, configOption, dataOption, memoryOption, durabilityOption,
                       logOption, workersOption});
    parser.addOptions(tlsOptions.all());
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
    if (auto ok = addTlsListener(parser, tlsOptions, settings); !ok) {
        fatal(ok.error().message);
        return 2;
    }
    if (auto ok = checkListeners(settings.listeners); !ok) {
        fatal(ok.error().message);
        return 2;
    }
    if (parser.isSet(memoryOption))
        settings.broker.dataDirectory.clear();
    applyLogLevel(settings.logLevel);
    settings.broker.version = QCoreApplication::applicationVersion();

    net::BrokerServer server(settings.broker);
    if (parser.isSet(workersOption))
        server.setWorkerCount(parser.value(workersOption).toInt());
    if (auto started = server.start(settings.listeners); !started) {
        fatal(started.error().message);
        return 1;
    }
    qInfo().noquote() << "homewire-broker" << QCoreApplication::applicationVersion() << "started";
    const QList<quint16> ports = server.listenerPorts();
    for (qsizetype i = 0; i < settings.listeners.size(); ++i) {
        ListenerSettings listener = settings.listeners.at(i);
        listener.port = ports.value(i);
        qInfo().noquote() << "listening on" << listener.name()
                          << QLatin1Char('(') + describeListener(listener) + QLatin1Char(')');
    }

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
