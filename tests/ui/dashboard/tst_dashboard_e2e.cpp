// The dashboard end to end: the embedded broker in this process, a lamp as a
// separate process (fakelamp, a plain Paho client like an ESP32's firmware),
// the DeviceService on the broker and the DashboardPage offscreen. A click on
// the lamp's tile reaches the lamp, the lamp's answer comes back as a
// confirmed state, and killing the lamp turns its tile offline through its
// will message. Also the optimistic case (no state topic), a lamp that never
// answers (timed out), and the screenshots of the demo home.
#include "broker/net/brokerserver.h"
#include "devices/conventioncatalog.h"
#include "devices/demo/demohome.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "devices/manualdevice.h"
#include "fakelampprocess.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/theme.h"
#include "ui/tiles/entitytile.h"
#include "ui/tiles/toggleswitch.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace homewire;
using devices::Availability;
using devices::CommandState;
using devices::EntityRef;
using testing::FakeLampProcess;

namespace {

constexpr int Timeout = 20'000;

} // namespace

class tst_DashboardE2E : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<broker::net::BrokerServer> m_server;
    std::unique_ptr<devices::DeviceRegistry> m_registry;
    std::unique_ptr<devices::DeviceService> m_service;
    std::unique_ptr<ui::DashboardPage> m_page;
    quint16 m_port = 0;

    client::ConnectionProfile profile() const
    {
        client::ConnectionProfile p;
        p.name = QStringLiteral("Embedded broker");
        p.port = m_port;
        return p;
    }

    // The office lamp on the dashboard, in room Office.
    EntityRef addLamp(const QByteArray &stateTopic)
    {
        const devices::Device lamp = devices::makeManualDevice(
            QStringLiteral("Office lamp"),
            {devices::makeSwitchEntity(QStringLiteral("Office lamp"), "home/office/lamp", stateTopic,
                                       "home/office/lamp/status")});
        const qint64 office = m_registry->addRoom(QStringLiteral("Office"));
        if (!office || !m_registry->addDevice(lamp, office))
            return {};
        return {lamp.id, lamp.entities.constFirst().key};
    }

    ui::EntityTile *showDashboard(const EntityRef &ref)
    {
        m_service->start(profile());
        m_page = std::make_unique<ui::DashboardPage>(m_registry.get(), m_service.get());
        m_page->resize(1366, 768);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return nullptr;
        return m_page->tile(ref);
    }

    // Clicks the tile's switch once the service is connected and the lamp online.
    void clickToggle(ui::EntityTile *tile)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isConnected(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->connectionText().startsWith(QStringLiteral("Connected")), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tile->state().availability, Availability::Online, Timeout);
        auto *toggle = tile->findChild<ui::ToggleSwitch *>();
        QVERIFY(toggle);
        QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), Timeout);
        QVERIFY(!toggle->isOn());
        QTest::mouseClick(toggle, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        broker::BrokerConfig config; // in memory: no data directory
        m_server = std::make_unique<broker::net::BrokerServer>(config);
        auto started = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        m_port = m_server->serverPort();
        m_registry = std::make_unique<devices::DeviceRegistry>();
        m_service = std::make_unique<devices::DeviceService>(m_registry.get(),
                                                             QList<devices::DeviceConventionPlugin *>{});
    }

    void cleanup()
    {
        m_page.reset();
        m_service.reset();
        m_registry.reset();
        if (m_server)
            m_server->stop();
        m_server.reset();
    }

    void clickConfirmedThenLampDies()
    {
        const EntityRef ref = addLamp("home/office/lamp/state");
        QVERIFY(!ref.deviceId.isEmpty());
        FakeLampProcess lamp(m_port);
        QVERIFY2(lamp.waitReady(Timeout), lamp.diagnostics().constData());
        ui::EntityTile *tile = showDashboard(ref);
        QVERIFY(tile);

        clickToggle(tile);
        QTRY_VERIFY2_WITH_TIMEOUT(lamp.printed("received on"), lamp.diagnostics().constData(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tile->state().command == CommandState::Confirmed &&
                                     tile->statusText().contains(QStringLiteral("confirmed")),
                                 Timeout);
        QCOMPARE(tile->state().on, std::optional<bool>(true));
        QCOMPARE(tile->valueText(), QStringLiteral("On"));

        // The lamp loses power: no DISCONNECT, so the broker publishes its will.
        lamp.process().kill();
        QVERIFY(lamp.process().waitForFinished(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(tile->state().availability, Availability::Offline, Timeout);
        QVERIFY2(tile->statusText().startsWith(QStringLiteral("Offline")), qPrintable(tile->statusText()));
        QVERIFY(tile->isOffline());
    }

    void withoutStateTopicCommandsAreOptimistic()
    {
        const EntityRef ref = addLamp(QByteArray());
        FakeLampProcess lamp(m_port);
        QVERIFY2(lamp.waitReady(Timeout), lamp.diagnostics().constData());
        ui::EntityTile *tile = showDashboard(ref);
        QVERIFY(tile);

        clickToggle(tile);
        QTRY_VERIFY2_WITH_TIMEOUT(lamp.printed("received on"), lamp.diagnostics().constData(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tile->state().command, CommandState::Optimistic, Timeout);
        QVERIFY2(tile->statusText().contains(QStringLiteral("assumed")), qPrintable(tile->statusText()));
        QCOMPARE(tile->state().on, std::optional<bool>(true));
    }

    void lampThatNeverAnswersTimesOut()
    {
        const EntityRef ref = addLamp("home/office/lamp/state");
        FakeLampProcess lamp(m_port, {QStringLiteral("--no-answer")});
        QVERIFY2(lamp.waitReady(Timeout), lamp.diagnostics().constData());
        m_service->setConfirmTimeoutMs(500);
        ui::EntityTile *tile = showDashboard(ref);
        QVERIFY(tile);

        clickToggle(tile);
        QTRY_VERIFY2_WITH_TIMEOUT(lamp.printed("received on"), lamp.diagnostics().constData(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tile->state().command, CommandState::TimedOut, Timeout);
        QVERIFY2(tile->statusText().contains(QStringLiteral("No answer")), qPrintable(tile->statusText()));
        QVERIFY(tile->state().on != std::optional<bool>(true));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HOMEWIRE_SCREENSHOT_DIR is not set");
        devices::ConventionCatalog catalog;
        QVERIFY2(catalog.load(devices::ConventionCatalog::defaultDirectories()) > 0,
                 qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QList<devices::DeviceConventionPlugin *> plugins;
        for (const devices::ConventionInfo &info : catalog.conventions())
            plugins.append(info.plugin);
        m_service = std::make_unique<devices::DeviceService>(m_registry.get(), plugins);
        devices::demo::DemoHome demo;
        // As the application does on a first run: the demo furnishes its rooms.
        connect(m_registry.get(), &devices::DeviceRegistry::newDevicesChanged, this,
                [this] { devices::demo::DemoHome::furnish(m_registry.get()); });
        demo.start(profile());
        ui::EntityTile *none = showDashboard({});
        QVERIFY(!none);
        QTRY_COMPARE_WITH_TIMEOUT(demo.onlineCount(), int(demo.devices().size()), Timeout);

        // Every demo device on the dashboard, each reading in.
        QTRY_VERIFY_WITH_TIMEOUT(m_registry->acceptedDevices().size() >= demo.devices().size() - 1, Timeout);
        // Every tile shows a value (retained states count: they are what the
        // devices last said, reported before the dashboard connected).
        const auto reported = [this] {
            for (const store::Room &room : m_registry->rooms()) {
                for (const EntityRef &ref : m_registry->tiles(room.id)) {
                    const ui::EntityTile *tile = m_page->tile(ref);
                    if (!tile)
                        return false;
                    const devices::EntityState &state = tile->state();
                    if (!state.on && state.value.isEmpty())
                        return false;
                }
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reported(), Timeout);
        // Let the toggles finish sliding to the states just reported.
        QTest::qWait(800);

        for (const auto &[theme, name] : {std::pair{ui::Theme::Light, "dashboard-light.png"},
                                          std::pair{ui::Theme::Dark, "dashboard-dark.png"}}) {
            ui::applyTheme(theme);
            QCoreApplication::processEvents();
            QVERIFY(m_page->grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
        }
        ui::applyTheme(ui::Theme::Light);
        demo.stop();
    }
};

QTEST_MAIN(tst_DashboardE2E)
#include "tst_dashboard_e2e.moc"
