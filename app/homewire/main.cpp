// homewire: the desktop application. Parses arguments and wires objects only.
#include "broker/net/brokerserver.h"
#include "client/connectionprofile.h"
#include "common/logcollector.h"
#include "devices/conventioncatalog.h"
#include "devices/demo/demohome.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "store/keychainsecretstore.h"
#include "store/profilestore.h"
#include "ui/brokerpage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/explorerpage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTranslator>
#include <cstdio>

using namespace homewire;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Homewire"));
    QApplication::setOrganizationDomain(QStringLiteral("homewire.org"));
    QApplication::setApplicationName(QStringLiteral("homewire"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homewire"));
    QApplication::setApplicationVersion(QStringLiteral(HOMEWIRE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.homewire.Homewire"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homewire.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("homewire"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MQTT home automation controller"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Keep the database and settings in <dir> (a self-contained profile)."),
        QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("broker-port"),
                                        QApplication::translate("main", "Port of the embedded broker."),
                                        QStringLiteral("port"));
    const QCommandLineOption noBrokerOption(
        QStringLiteral("no-broker"), QApplication::translate("main", "Do not start the embedded broker."));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QApplication::translate("main",
                                "Open a connection to <url> (mqtt://host:port, mqtts://, ws://, wss://)."),
        QStringLiteral("url"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run the demo home's virtual devices against the embedded broker."));
    const QCommandLineOption demoRateOption(
        QStringLiteral("demo-rate"),
        QApplication::translate("main", "With --demo, add <n> messages a second of busy telemetry."),
        QStringLiteral("n"));
    parser.addOptions({dataOption, portOption, noBrokerOption, connectOption, demoOption, demoRateOption});
    parser.process(app);

    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(dataOption)) {
        dataDir = QDir(parser.value(dataOption)).absolutePath();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
    }
    QSettings settings;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            std::fprintf(stderr, "homewire: --broker-port needs a port from 1 to 65535\n");
            return 2;
        }
        settings.setValue(QStringLiteral("broker/port"), port);
    }

    std::optional<client::ConnectionProfile> urlProfile;
    if (parser.isSet(connectOption)) {
        auto parsed = client::parseConnectionUrl(parser.value(connectOption));
        if (!parsed) {
            std::fprintf(stderr, "homewire: --connect: %s\n", qPrintable(parsed.error().message));
            return 2;
        }
        urlProfile = parsed.value();
    }
    int demoRate = 0;
    if (parser.isSet(demoRateOption)) {
        bool ok = false;
        demoRate = parser.value(demoRateOption).toInt(&ok);
        if (!ok || demoRate < 0 || demoRate > 1'000'000) {
            std::fprintf(stderr,
                         "homewire: --demo-rate needs a number of messages a second (0 to 1000000)\n");
            return 2;
        }
    }

    LogCollector log({QStringLiteral("homewire.broker"), QStringLiteral("homewire.store")});

    broker::BrokerConfig config;
    config.dataDirectory = QDir(dataDir).filePath(QStringLiteral("broker"));
    config.version = QApplication::applicationVersion();
    broker::net::BrokerServer server(config);

    // Connection profiles live in the application database; a damaged one is
    // reported, backed up and replaced by a fresh one.
    QString profileWarning;
    QDir().mkpath(dataDir);
    auto profiles = store::ProfileStore::open(store::ProfileStore::pathIn(dataDir));
    if (!profiles && profiles.errorCode() == store::StoreError::Corrupt) {
        profileWarning = profiles.error().message;
        profiles = store::ProfileStore::open(store::ProfileStore::pathIn(dataDir));
    }
    std::unique_ptr<store::ProfileStore> profileStore;
    if (profiles)
        profileStore = std::move(profiles).value();
    else
        profileWarning = profiles.error().message;
    store::KeychainSecretStore secrets;

    // Devices: the convention plugins, the registry of rooms and devices
    // (devices.db) and the runtime that talks to them on the embedded broker.
    devices::ConventionCatalog conventions;
    conventions.load(devices::ConventionCatalog::defaultDirectories());
    QList<devices::DeviceConventionPlugin *> plugins;
    for (const devices::ConventionInfo &info : conventions.conventions())
        plugins += info.plugin;
    const QString devicesPath = store::DeviceStore::pathIn(dataDir);
    // A first run (no device database yet) shows the demo home.
    const bool firstDeviceRun = !QFileInfo::exists(devicesPath);
    devices::DeviceRegistry registry;
    registry.open(devicesPath);
    devices::DeviceService deviceService(&registry, plugins);

    ui::MainWindow window;
    auto *dashboard = new ui::DashboardPage(&registry, &deviceService);
    const int dashboardIndex = window.addPage(QIcon(QStringLiteral(":/icons/devices/lamp.svg")),
                                              QApplication::translate("main", "Dashboard"), dashboard);
    QObject::connect(&registry, &devices::DeviceRegistry::storeFailed, &window,
                     [&window](const QString &message) {
                         QMessageBox::warning(&window, QApplication::translate("main", "Devices"), message);
                     });
    auto *explorer = new ui::ExplorerPage(profileStore.get(), profileStore ? &secrets : nullptr);
    window.addPage(window.style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                   QApplication::translate("main", "Explorer"), explorer);
    auto *brokerPage = new ui::BrokerPage(server, &log);
    window.addPage(window.style()->standardIcon(QStyle::SP_DriveNetIcon),
                   QApplication::translate("main", "Broker"), brokerPage);

    devices::demo::DemoHome demo;
    // The demo home runs on the first run and then until the user turns it
    // off (File > Demo home), or whenever --demo asks for it.
    if (firstDeviceRun)
        settings.setValue(QStringLiteral("devices/demo"), true);
    bool runDemo = parser.isSet(demoOption) || settings.value(QStringLiteral("devices/demo"), false).toBool();
    client::ConnectionProfile embeddedProfile;
    auto *demoAction = new QAction(QApplication::translate("main", "&Demo home"), &window);
    demoAction->setCheckable(true);
    demoAction->setChecked(runDemo);
    demoAction->setToolTip(QApplication::translate(
        "main", "Run virtual devices of every kind Homewire knows on the embedded broker"));
    window.addFileAction(demoAction);
    QObject::connect(demoAction, &QAction::toggled, &window, [&](bool on) {
        runDemo = on;
        QSettings().setValue(QStringLiteral("devices/demo"), on);
        if (!on)
            demo.stop();
        else if (server.isRunning() && !demo.isRunning())
            demo.start(embeddedProfile, demoRate);
    });
    // The demo's devices go straight onto the dashboard, each into its room,
    // so a newcomer sees a working home at once.
    QObject::connect(&registry, &devices::DeviceRegistry::newDevicesChanged, &registry, [&] {
        if (demo.isRunning())
            devices::demo::DemoHome::furnish(&registry);
    });
    const bool firstRun = !profileStore || profileStore->openProfiles().isEmpty();
    bool builtInOpened = false;
    bool devicesStarted = false;
    // The dashboard's devices live on the embedded broker unless the user
    // chose another profile for them (Dashboard > Change broker…).
    std::optional<client::ConnectionProfile> devicesProfile;
    if (profileStore) {
        dashboard->setProfiles(profileStore.get(), &secrets);
        const qint64 id = settings.value(QStringLiteral("devices/profileId"), 0).toLongLong();
        if (auto stored = id > 0 ? profileStore->profile(id) : std::nullopt; stored && !stored->builtIn)
            devicesProfile = stored;
    }
    if (devicesProfile) {
        devicesStarted = true;
        store::readProfilePassword(secrets, profileStore->secretKey(devicesProfile->id), *devicesProfile,
                                   &window,
                                   [&deviceService](const client::ConnectionProfile &profile,
                                                    const QString &) { deviceService.start(profile); });
    }
    QObject::connect(dashboard, &ui::DashboardPage::brokerChosen, &window,
                     [&](const client::ConnectionProfile &profile) {
                         QSettings chosen;
                         if (profile.builtIn)
                             chosen.remove(QStringLiteral("devices/profileId"));
                         else
                             chosen.setValue(QStringLiteral("devices/profileId"), profile.id);
                         devicesStarted = true;
                         deviceService.stop();
                         deviceService.start(profile);
                     });
    QObject::connect(brokerPage, &ui::BrokerPage::brokerStateChanged, &window, [&](bool running) {
        window.statusBar()->showMessage(running ? QApplication::translate("main", "Embedded broker running")
                                                : QApplication::translate("main", "Embedded broker stopped"));
        if (!running || !server.isRunning())
            return;
        client::ConnectionProfile embedded;
        embedded.name = QApplication::translate("main", "Embedded broker");
        embedded.port = server.serverPort();
        if (profileStore) {
            if (auto id = profileStore->ensureBuiltIn(server.serverPort()); id) {
                if (auto stored = profileStore->profile(id.value()))
                    embedded = *stored;
            }
        }
        // The device client reconnects by itself when the broker restarts.
        if (!devicesStarted) {
            devicesStarted = true;
            deviceService.start(embedded);
        }
        embeddedProfile = embedded;
        if (runDemo && !demo.isRunning())
            demo.start(embedded, demoRate);
        // First run: the explorer opens on the embedded broker.
        if (firstRun && !urlProfile && !builtInOpened) {
            builtInOpened = true;
            explorer->openConnection(embedded);
        }
    });
    explorer->restoreTabs();
    if (urlProfile)
        explorer->openConnection(*urlProfile);
    // The embedded broker starts by default, bound to loopback.
    if (!parser.isSet(noBrokerOption) && settings.value(QStringLiteral("broker/enabled"), true).toBool())
        brokerPage->startBroker();
    if (settings.value(QStringLiteral("window/page")).isValid())
        window.showPage(settings.value(QStringLiteral("window/page")).toInt());
    else
        window.showPage(dashboardIndex);
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window.show();
    if (!profileWarning.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Connection profiles"),
                             QApplication::translate("main", "The connection profiles could not be read: %1")
                                 .arg(profileWarning));
    const int code = app.exec();
    demo.stop();
    deviceService.stop();
    settings.setValue(QStringLiteral("window/page"), window.currentPage());
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    return code;
}
