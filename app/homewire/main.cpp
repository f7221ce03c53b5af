// homewire: the desktop application. Parses arguments and wires objects only.
#include "broker/net/brokerserver.h"
#include "client/connectionprofile.h"
#include "common/logcollector.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "devices/homedevices.h"
#include "store/keychainsecretstore.h"
#include "store/profilestore.h"
#include "ui/autostart.h"
#include "ui/brokerpage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/explorerpage.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/preferencesdialog.h"
#include "ui/singleinstance.h"
#include "ui/trayfavourites.h"
#include "ui/trayfavouritesmenu.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <cstdio>

using namespace homewire;

namespace {

// The command line's options, added to `parser`.
struct Options
{
    explicit Options(QCommandLineParser &parser)
        : data(QStringLiteral("data-dir"),
               QApplication::translate("main",
                                       "Keep the database and settings in <dir> (a self-contained profile)."),
               QStringLiteral("dir"))
        , port(QStringLiteral("broker-port"), QApplication::translate("main", "Port of the embedded broker."),
               QStringLiteral("port"))
        , noBroker(QStringLiteral("no-broker"),
                   QApplication::translate("main", "Do not start the embedded broker."))
        , connect(QStringLiteral("connect"),
                  QApplication::translate(
                      "main", "Open a connection to <url> (mqtt://host:port, mqtts://, ws://, wss://)."),
                  QStringLiteral("url"))
        , demo(QStringLiteral("demo"),
               QApplication::translate("main",
                                       "Run the demo home's virtual devices against the embedded broker."))
        , demoRate(
              QStringLiteral("demo-rate"),
              QApplication::translate("main", "With --demo, add <n> messages a second of busy telemetry."),
              QStringLiteral("n"))
        , minimized(QStringLiteral("minimized"),
                    QApplication::translate("main",
                                            "Start with the window minimized (hidden in the system tray "
                                            "when there is one)."))
        , language(QStringLiteral("language"),
                   QApplication::translate("main",
                                           "Speak the language <code> (de, en, es, fr, zh_CN) instead of "
                                           "the one chosen in Preferences or the system's."),
                   QStringLiteral("code"))
    {
        parser.addOptions({data, port, noBroker, connect, demo, demoRate, minimized, language});
    }

    QCommandLineOption data, port, noBroker, connect, demo, demoRate, minimized, language;
};

} // namespace

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

    // The profile (--data-dir) decides where settings live, and the settings
    // which language to speak: a first, quiet pass reads the options that
    // matter before the translated help exists.
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString language;
    {
        QCommandLineParser early;
        const Options earlyOptions(early);
        early.parse(QApplication::arguments());
        if (early.isSet(earlyOptions.data)) {
            dataDir = QDir(early.value(earlyOptions.data)).absolutePath();
            QSettings::setDefaultFormat(QSettings::IniFormat);
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
        }
        language =
            early.isSet(earlyOptions.language) ? early.value(earlyOptions.language) : ui::savedLanguage();
    }
    const QString languageInUse = ui::installTranslations(language, &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MQTT home automation controller"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options(parser);
    parser.process(app);

    // One window per profile: a second launch brings the first to the front.
    ui::SingleInstance instance(dataDir);
    if (instance.activateRunning()) {
        std::fprintf(stderr,
                     "homewire: already running with this profile; its window was brought to the front\n");
        return 0;
    }
    instance.listen();

    QSettings settings;
    if (parser.isSet(options.port)) {
        bool ok = false;
        const int port = parser.value(options.port).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            std::fprintf(stderr, "homewire: --broker-port needs a port from 1 to 65535\n");
            return 2;
        }
        settings.setValue(QStringLiteral("broker/port"), port);
    }

    std::optional<client::ConnectionProfile> urlProfile;
    if (parser.isSet(options.connect)) {
        auto parsed = client::parseConnectionUrl(parser.value(options.connect));
        if (!parsed) {
            std::fprintf(stderr, "homewire: --connect: %s\n", qPrintable(parsed.error().message));
            return 2;
        }
        urlProfile = parsed.value();
    }
    int demoRate = 0;
    if (parser.isSet(options.demoRate)) {
        bool ok = false;
        demoRate = parser.value(options.demoRate).toInt(&ok);
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

    // Devices: plugins, registry (devices.db), the service and the demo home.
    devices::HomeDevices home(dataDir, profileStore.get(), profileStore ? &secrets : nullptr);
    if (parser.isSet(options.demo))
        home.forceDemo(demoRate);

    ui::MainWindow window;
    auto *dashboard = new ui::DashboardPage(&home.registry(), &home.service());
    const int dashboardIndex = window.addPage(QStringLiteral(":/icons/devices/lamp.svg"),
                                              QApplication::translate("main", "Dashboard"), dashboard);
    QObject::connect(
        &home.registry(), &devices::DeviceRegistry::storeFailed, &window, [&window](const QString &message) {
            // Not modal: the registry carries on while the user reads.
            auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Devices"),
                                        message, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    auto *explorer = new ui::ExplorerPage(profileStore.get(), profileStore ? &secrets : nullptr);
    window.addPage(QStringLiteral(":/icons/pages/explorer.svg"), QApplication::translate("main", "Explorer"),
                   explorer);
    auto *brokerPage = new ui::BrokerPage(server, config, &log);
    window.addPage(QStringLiteral(":/icons/pages/broker.svg"), QApplication::translate("main", "Broker"),
                   brokerPage);

    auto *demoAction = new QAction(QApplication::translate("main", "&Demo home"), &window);
    demoAction->setCheckable(true);
    demoAction->setChecked(home.isDemoEnabled());
    demoAction->setToolTip(QApplication::translate(
        "main", "Run virtual devices of every kind Homewire knows on the embedded broker"));
    window.addFileAction(demoAction);
    QObject::connect(demoAction, &QAction::toggled, &home, &devices::HomeDevices::setDemoEnabled);
    const bool firstRun = !profileStore || profileStore->openProfiles().isEmpty();
    bool builtInOpened = false;
    if (profileStore)
        dashboard->setProfiles(profileStore.get(), &secrets);
    QObject::connect(dashboard, &ui::DashboardPage::brokerChosen, &home, &devices::HomeDevices::useBroker);
    // The tray: the broker's state and the window one click away.
    ui::TrayIcon tray(&window);
    // Favourite lamps and switches, one click away in the tray menu.
    ui::TrayFavourites trayFavourites(&home.registry());
    dashboard->setTrayFavourites(&trayFavourites);
    ui::TrayFavouritesMenu trayFavouritesMenu(&trayFavourites, &home.service(), &tray);
    QObject::connect(&tray, &ui::TrayIcon::startBrokerRequested, brokerPage, &ui::BrokerPage::startBroker);
    QObject::connect(&tray, &ui::TrayIcon::stopBrokerRequested, brokerPage, &ui::BrokerPage::stopBroker);
    QObject::connect(&tray, &ui::TrayIcon::quitRequested, &app, &QApplication::quit);
    QObject::connect(brokerPage, &ui::BrokerPage::brokerStateChanged, &tray, [&](bool running) {
        tray.setBrokerState(running,
                            running ? QApplication::translate("main", "Embedded broker running on port %1")
                                          .arg(server.serverPort())
                                    : QApplication::translate("main", "Embedded broker stopped"));
    });
    tray.showIfAvailable();
    // Native notifications of what deserves one, each kind with its switch in the tray.
    ui::Notifier notifier(&home.registry());
    QObject::connect(&home.service(), &devices::DeviceService::statesChanged, &notifier,
                     &ui::Notifier::onStatesChanged);
    QObject::connect(&server, &broker::net::BrokerServer::startFinished, &notifier,
                     &ui::Notifier::onBrokerStartFinished);
    QObject::connect(&notifier, &ui::Notifier::notificationRequested, &tray, &ui::TrayIcon::showNotification);
    const auto addNotificationOption = [&](const QString &text, bool on, void (ui::Notifier::*set)(bool)) {
        auto *option = new QAction(text, tray.menu());
        option->setCheckable(true);
        option->setChecked(on);
        QObject::connect(option, &QAction::toggled, &notifier, set);
        tray.addOption(option);
        return option;
    };
    QAction *offlineOption =
        addNotificationOption(QApplication::translate("main", "Notify when a device goes offline"),
                              notifier.deviceOfflineEnabled(), &ui::Notifier::setDeviceOfflineEnabled);
    QAction *brokerOption =
        addNotificationOption(QApplication::translate("main", "Notify when the broker cannot start"),
                              notifier.brokerFailedEnabled(), &ui::Notifier::setBrokerFailedEnabled);

    // Preferences: language, theme, starting at login or minimized, notifications.
    // The login entry starts this program with this profile.
    QStringList autostartArguments;
    if (parser.isSet(options.data))
        autostartArguments << QStringLiteral("--data-dir") << dataDir;
    const ui::Autostart autostart(QApplication::applicationFilePath(), autostartArguments);
    autostart.refresh(); // the program may have moved since the entry was written
    auto *preferencesAction = new QAction(QApplication::translate("main", "&Preferences…"), &window);
    // The platform's shortcut, or Ctrl+, where it has none (X11 without KDE).
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys = {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    preferencesAction->setShortcuts(preferencesKeys);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    window.addFileAction(preferencesAction);
    QObject::connect(preferencesAction, &QAction::triggered, &window, [&] {
        auto *dialog =
            new ui::PreferencesDialog(autostart, {offlineOption, brokerOption}, languageInUse, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ui::PreferencesDialog::themeChosen, &window, &ui::MainWindow::setTheme);
        dialog->open();
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
        home.embeddedBrokerStarted(embedded);
        // Explorer tabs on the embedded broker follow it to its port.
        explorer->followProfile(embedded);
        // First run: the explorer opens on the embedded broker.
        if (firstRun && !urlProfile && !builtInOpened) {
            builtInOpened = true;
            explorer->openConnection(embedded);
        }
    });
    explorer->restoreTabs();
    if (urlProfile)
        explorer->openConnection(*urlProfile);
    // The embedded broker starts by default, bound to loopback (and to the
    // network when the Broker page's network access is on).
    if (!parser.isSet(options.noBroker) && settings.value(QStringLiteral("broker/enabled"), true).toBool())
        brokerPage->startBroker();
    if (settings.value(QStringLiteral("window/page")).isValid())
        window.showPage(settings.value(QStringLiteral("window/page")).toInt());
    else
        window.showPage(dashboardIndex);
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    tray.showWindowAtStart(parser.isSet(options.minimized) ||
                           settings.value(ui::PreferencesDialog::startMinimizedKey(), false).toBool());
    QObject::connect(&instance, &ui::SingleInstance::activationRequested, &tray, &ui::TrayIcon::showWindow);
    if (!profileWarning.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Connection profiles"),
                             QApplication::translate("main", "The connection profiles could not be read: %1")
                                 .arg(profileWarning));
    const int code = app.exec();
    settings.setValue(QStringLiteral("window/page"), window.currentPage());
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    return code;
}
