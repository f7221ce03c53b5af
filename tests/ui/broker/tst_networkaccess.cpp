// Network access against the real embedded broker: by default it listens on
// 127.0.0.1 only; the dialog opens nothing until the user has chosen how
// devices log in (and, for passwords, a user exists); enabled, the Broker
// page starts the broker with a TLS listener that refuses anonymous clients
// and takes a real client (mosquitto_pub) with the home's ca.crt and a
// password. The tests bind the "network" listener to 127.0.0.1 through the
// page's setNetworkAddress() seam, on ephemeral ports.
//
// HOMEWIRE_SCREENSHOT_DIR set: the screenshots case saves the page and dialogs there.
#include "broker/net/brokerserver.h"
#include "broker/net/homecertificates.h"
#include "brokertestenv.h"
#include "ui/broker/accesscontroller.h"
#include "ui/broker/accesspage.h"
#include "ui/broker/aclrulemodel.h"
#include "ui/broker/devicecertificatedialog.h"
#include "ui/broker/networkaccess.h"
#include "ui/broker/networkaccessdialog.h"
#include "ui/broker/networkaccesspanel.h"
#include "ui/broker/ruledialog.h"
#include "ui/broker/userdialog.h"
#include "ui/brokerpage.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QtTest>

using namespace homewire;
using namespace homewire::testing;
using broker::net::HomeTlsPaths;
using ui::NetworkAccess;

namespace {

constexpr int StartTimeout = 15'000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// mosquitto_pub's exit code (0: published) and what it printed.
std::pair<int, QString> publish(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub")),
                  arguments + QStringList{QStringLiteral("-t"), QStringLiteral("test/network"),
                                          QStringLiteral("-m"), QStringLiteral("hello"), QStringLiteral("-q"),
                                          QStringLiteral("1")});
    if (!process.waitForFinished(20'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// A port that is free now: `preferred` when it is, any other otherwise.
quint16 portNear(quint16 preferred)
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, preferred))
        return preferred;
    return freePort();
}

// Saves what `widget` looks like once its window has grown to fit its layout.
void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QTRY_VERIFY(widget->width() >= widget->minimumWidth() && widget->height() >= widget->minimumHeight());
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

QStringList at(quint16 port)
{
    return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)};
}

} // namespace

class TestNetworkAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BrokerTestEnv> m_env;

    broker::BrokerConfig config() const
    {
        broker::BrokerConfig config;
        config.dataDirectory = m_env->dataDirectory();
        config.auth.passwordIterations = TestIterations;
        return config;
    }
    QString tlsDirectory() const { return broker::net::homeTlsDirectory(m_env->dataDirectory()); }
    void makeHomeCertificates()
    {
        auto made = broker::net::createHomeSetup(tlsDirectory(), {QStringLiteral("localhost")},
                                                 {QHostAddress(QHostAddress::LocalHost)});
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    }
    static void saveNetworkAccess(int tlsPort)
    {
        NetworkAccess access;
        access.enabled = true;
        access.tlsPort = tlsPort;
        access.save();
    }
    // Starts the broker from `page` with its listeners on 127.0.0.1: this
    // computer's on `port`, the network one through setNetworkAddress().
    static void startOnLoopback(broker::net::BrokerServer &server, ui::BrokerPage &page,
                                quint16 port = freePort())
    {
        server.setWorkerCount(1);
        page.setNetworkAddress(QHostAddress(QHostAddress::LocalHost));
        page.findChild<QSpinBox *>(QStringLiteral("brokerPort"))->setValue(port);
        page.startBroker();
    }
    static void requireMosquittoPub()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub")).isEmpty())
            QSKIP("mosquitto_pub is not installed");
    }

private slots:
    void init()
    {
        m_env = std::make_unique<BrokerTestEnv>();
        QVERIFY(m_env->isValid());
    }
    void cleanup() { m_env.reset(); }

    void onlyThisComputerByDefault()
    {
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        const QList<broker::ListenerSettings> listeners = page.listenerSettings();
        QCOMPARE(listeners.size(), 1);
        QCOMPARE(listeners.first().address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!listeners.first().tls);
        // Homewire's own dashboard and explorer log in anonymously here.
        QVERIFY(listeners.first().anonymousAllowed());
        auto *panel = page.accessPage()->networkPanel();
        QVERIFY(child<QLabel>(panel, "networkStatus")
                    ->text()
                    .contains(QStringLiteral("Only this computer can connect.")));
        QCOMPARE(child<QPushButton>(panel, "allowNetwork")->text(),
                 QStringLiteral("Allow devices on the network…"));
        QVERIFY(child<QPushButton>(panel, "turnOffNetwork")->isHidden());
        QVERIFY(child<QPushButton>(panel, "createDeviceCertificate")->isHidden());
        QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Users && Access"));
    }

    void dialogRefusesUntilLoginsAreChosen()
    {
        ui::AccessController access(m_env->dataDirectory(), TestIterations);
        ui::NetworkAccessDialog dialog(&access, tlsDirectory(), NetworkAccess{}, 1883, false);
        dialog.show();
        QPushButton *ok = okButton(&dialog);
        auto *problem = child<QLabel>(&dialog, "problem");
        QTRY_VERIFY(access.isLoaded());
        // Passwords are ticked by default, but there is no user yet.
        QVERIFY(!ok->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("Password logins need at least one user: add one above."));
        QVERIFY(child<QLabel>(&dialog, "usersStatus")->text().startsWith(QStringLiteral("No users yet.")));

        // No way to log in: nothing opens, whatever OK is made to do.
        child<QCheckBox>(&dialog, "passwords")->setChecked(false);
        QVERIFY(problem->text().startsWith(QStringLiteral("Choose how devices log in")));
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Certificates alone: the home's certificates are needed, one click away.
        child<QCheckBox>(&dialog, "clientCertificates")->setChecked(true);
        QCOMPARE(problem->text(), QStringLiteral("Create the certificates for this home first."));
        child<QPushButton>(&dialog, "createCertificates")->click();
        QVERIFY(dialog.isCreatingCertificates());
        QVERIFY(!ok->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCreatingCertificates(), 20'000);
        QVERIFY(HomeTlsPaths(tlsDirectory()).isComplete());
        const QString status = child<QLabel>(&dialog, "homeStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("ca.crt")) && status.contains(QStringLiteral("localhost")),
                 qPrintable(status));
        QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));

        // Passwords as well: a user is needed, and can be added right here.
        child<QCheckBox>(&dialog, "passwords")->setChecked(true);
        QVERIFY(!ok->isEnabled());
        child<QPushButton>(&dialog, "addUser")->click();
        ui::UserDialog *user = nullptr;
        QTRY_VERIFY((user = openDialog<ui::UserDialog>(&dialog)));
        child<QLineEdit>(user, "userName")->setText(QStringLiteral("hall-sensor"));
        child<QLineEdit>(user, "password")->setText(QStringLiteral("a long password"));
        child<QLineEdit>(user, "repeat")->setText(QStringLiteral("a long password"));
        okButton(user)->click();
        QTRY_VERIFY(ok->isEnabled());
        QCOMPARE(m_env->userNames(), QStringList{QStringLiteral("hall-sensor")});
        QVERIFY(child<QLabel>(&dialog, "usersStatus")->text().contains(QStringLiteral("hall-sensor")));

        // What it would open: TLS on all interfaces, nobody anonymous.
        const NetworkAccess chosen = dialog.networkAccess();
        QVERIFY(chosen.enabled && chosen.passwords && chosen.clientCertificates && chosen.tls);
        QVERIFY(!chosen.plain);
        const QList<broker::ListenerSettings> listeners =
            chosen.listeners(QHostAddress(QHostAddress::AnyIPv4), tlsDirectory());
        QCOMPARE(listeners.size(), 1);
        const broker::ListenerSettings &lan = listeners.first();
        QCOMPARE(lan.address, QHostAddress(QHostAddress::AnyIPv4));
        QVERIFY(!lan.address.isLoopback());
        QCOMPARE(lan.port, quint16(8883));
        QVERIFY(lan.tls);
        QVERIFY(!lan.anonymousAllowed());
        QCOMPARE(lan.clientCertificates, broker::ClientCertificates::Optional);
        QVERIFY(lan.identityAsUserName);
        QCOMPARE(lan.certFile, HomeTlsPaths(tlsDirectory()).serverCertificate);
        QCOMPARE(lan.caFile, HomeTlsPaths(tlsDirectory()).caCertificate);
    }

    void dialogChecksPortsAndFiles()
    {
        makeHomeCertificates();
        m_env->addUser(QStringLiteral("sensor"), "pw");
        ui::AccessController access(m_env->dataDirectory(), TestIterations);
        ui::NetworkAccessDialog dialog(&access, tlsDirectory(), NetworkAccess{}, 1883, true);
        dialog.show();
        QPushButton *ok = okButton(&dialog);
        QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(child<QLabel>(&dialog, "restartNote")->isVisible());

        auto *warning = child<QLabel>(&dialog, "plainWarning");
        QVERIFY(warning->isHidden());
        child<QCheckBox>(&dialog, "plain")->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("Unencrypted")));
        QVERIFY(ok->isEnabled());
        auto *plainPort = child<QSpinBox>(&dialog, "plainPort");
        plainPort->setValue(1883);
        QCOMPARE(dialog.problem(), QStringLiteral("Port 1883 is this computer's own port; choose another."));
        plainPort->setValue(8883);
        QCOMPARE(dialog.problem(), QStringLiteral("The TLS port and the unencrypted port must differ."));
        plainPort->setValue(1884);
        QVERIFY(ok->isEnabled());
        // Only passwords work without TLS.
        child<QCheckBox>(&dialog, "tls")->setChecked(false);
        child<QCheckBox>(&dialog, "clientCertificates")->setChecked(true);
        QCOMPARE(dialog.problem(), QStringLiteral("Client certificates need TLS."));
        child<QCheckBox>(&dialog, "clientCertificates")->setChecked(false);
        QVERIFY(ok->isEnabled());
        child<QCheckBox>(&dialog, "plain")->setChecked(false);
        QCOMPARE(dialog.problem(), QStringLiteral("Turn on TLS or the unencrypted port."));

        // The user's own files.
        child<QCheckBox>(&dialog, "tls")->setChecked(true);
        child<QRadioButton>(&dialog, "ownCertificates")->setChecked(true);
        QCOMPARE(dialog.problem(), QStringLiteral("Choose the certificate and its private key."));
        child<QLineEdit>(&dialog, "certFile")->setText(m_env->path(QStringLiteral("nowhere.crt")));
        child<QLineEdit>(&dialog, "keyFile")->setText(HomeTlsPaths(tlsDirectory()).serverKey);
        QVERIFY(dialog.problem().contains(QStringLiteral("nowhere.crt")));
        child<QLineEdit>(&dialog, "certFile")->setText(HomeTlsPaths(tlsDirectory()).serverCertificate);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(!dialog.networkAccess().homeCertificates);
    }

    void networkAccessOpensATlsListener()
    {
        requireMosquittoPub();
        makeHomeCertificates();
        m_env->addUser(QStringLiteral("sensor"), "sensor-password");
        saveNetworkAccess(0);
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        // For real on every interface; this test binds to 127.0.0.1 instead.
        QCOMPARE(page.listenerSettings().size(), 2);
        QCOMPARE(page.listenerSettings().at(1).address, QHostAddress(QHostAddress::AnyIPv4));
        startOnLoopback(server, page);
        QTRY_VERIFY_WITH_TIMEOUT(server.isRunning() && !server.isStarting(), StartTimeout);
        const QList<quint16> ports = server.listenerPorts();
        QCOMPARE(ports.size(), 2);
        const broker::ListenerSettings network = page.listenerSettings().at(1);
        QVERIFY(network.tls);
        QVERIFY(!network.anonymousAllowed());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("brokerAddress"))
                    ->text()
                    .contains(QStringLiteral("devices on your network to port %1").arg(ports.at(1))));

        const QString ca = HomeTlsPaths(tlsDirectory()).caCertificate;
        const QStringList tls = at(ports.at(1)) + QStringList{QStringLiteral("--cafile"), ca};
        const QStringList login{QStringLiteral("-u"), QStringLiteral("sensor"), QStringLiteral("-P"),
                                QStringLiteral("sensor-password")};
        auto [code, output] = publish(tls + login);
        QVERIFY2(code == 0, qPrintable(output));
        // The network listener lets nobody in anonymously (CONNACK return code 5, not
        // authorized: MQTT 3.1.1 section 3.2.2.3),
        std::tie(code, output) = publish(tls);
        QVERIFY2(code != 0, qPrintable(output));
        // nor with a wrong password (return code 4),
        std::tie(code, output) = publish(tls + QStringList{QStringLiteral("-u"), QStringLiteral("sensor"),
                                                           QStringLiteral("-P"), QStringLiteral("wrong")});
        QVERIFY2(code != 0, qPrintable(output));
        // while this computer's own listener still welcomes the dashboard's anonymous client.
        std::tie(code, output) = publish(at(ports.at(0)));
        QVERIFY2(code == 0, qPrintable(output));
        // The two refusals show on the Users & Access tab with the next figures.
        auto *activity = page.accessPage()->findChild<QLabel *>(QStringLiteral("accessActivity"));
        QVERIFY(activity);
        QTRY_VERIFY_WITH_TIMEOUT(activity->text().startsWith(QStringLiteral("Refused logins: 2 ")),
                                 StartTimeout);

        // Turned off: the broker restarts on loopback alone.
        page.accessPage()->networkPanel()->turnOff();
        QTRY_VERIFY_WITH_TIMEOUT(
            !server.isStarting() && server.isRunning() && server.listenerPorts().size() == 1, StartTimeout);
        QVERIFY(!NetworkAccess::load().enabled);
        std::tie(code, output) = publish(tls + login);
        QVERIFY2(code != 0, qPrintable(output));
        server.stop();
    }

    void turnedOffWhileStartingStaysOff()
    {
        // Network access turned off before the start has reported back (a
        // large database takes a while to load): the change is applied once
        // the start ends, never lost, and the start is not torn down under
        // its feet.
        makeHomeCertificates();
        m_env->addUser(QStringLiteral("sensor"), "pw");
        saveNetworkAccess(0);
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        startOnLoopback(server, page);
        QVERIFY(server.isStarting()); // its report waits for this thread's event loop
        page.accessPage()->networkPanel()->turnOff();
        QVERIFY(!NetworkAccess::load().enabled);
        QTRY_VERIFY_WITH_TIMEOUT(
            !server.isStarting() && server.isRunning() && server.listenerPorts().size() == 1, StartTimeout);
        const QString address = page.findChild<QLabel *>(QStringLiteral("brokerAddress"))->text();
        QVERIFY2(!address.contains(QStringLiteral("devices on your network")), qPrintable(address));
        server.stop();
    }

    void enablingThroughTheDialogRestartsTheBroker()
    {
        makeHomeCertificates();
        m_env->addUser(QStringLiteral("sensor"), "pw");
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        startOnLoopback(server, page);
        QTRY_VERIFY_WITH_TIMEOUT(server.isRunning() && !server.isStarting(), StartTimeout);
        QCOMPARE(server.listenerPorts().size(), 1);

        ui::NetworkAccessPanel *panel = page.accessPage()->networkPanel();
        child<QPushButton>(panel, "allowNetwork")->click();
        ui::NetworkAccessDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::NetworkAccessDialog>(panel)));
        QVERIFY(child<QLabel>(dialog, "restartNote")->isVisible());
        child<QSpinBox>(dialog, "tlsPort")->setValue(freePort());
        QTRY_VERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problem()));
        okButton(dialog)->click();

        QVERIFY(NetworkAccess::load().enabled);
        QTRY_VERIFY_WITH_TIMEOUT(
            !server.isStarting() && server.isRunning() && server.listenerPorts().size() == 2, StartTimeout);
        QVERIFY(child<QLabel>(panel, "networkStatus")
                    ->text()
                    .contains(QStringLiteral("Devices on your network can connect on port")));
        QVERIFY(!child<QPushButton>(panel, "turnOffNetwork")->isHidden());
        QCOMPARE(child<QPushButton>(panel, "allowNetwork")->text(), QStringLiteral("Change…"));
        server.stop();
    }

    void missingCertificatesKeepTheBrokerLocal()
    {
        saveNetworkAccess(0); // on, but no certificates were ever made
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        startOnLoopback(server, page);
        QTRY_VERIFY_WITH_TIMEOUT(server.isRunning() && !server.isStarting(), StartTimeout);
        QCOMPARE(server.listenerPorts().size(), 1);
        auto *problem = child<QLabel>(page.accessPage()->networkPanel(), "networkProblem");
        QVERIFY2(problem->text().contains(QStringLiteral("server.crt")), qPrintable(problem->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("brokerError"))->isHidden());
        server.stop();
    }

    void networkListenerFailureFallsBack()
    {
        makeHomeCertificates();
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        saveNetworkAccess(blocker.serverPort());
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        startOnLoopback(server, page);
        auto *problem = child<QLabel>(page.accessPage()->networkPanel(), "networkProblem");
        QTRY_VERIFY_WITH_TIMEOUT(!server.isStarting() && server.isRunning() && !problem->text().isEmpty(),
                                 StartTimeout);
        QCOMPARE(server.listenerPorts().size(), 1);
        QVERIFY2(problem->text().contains(QString::number(blocker.serverPort())),
                 qPrintable(problem->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("brokerError"))->isHidden());
        server.stop();
    }

    void deviceCertificateForAHomeDevice()
    {
        makeHomeCertificates();
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        ui::NetworkAccessPanel *panel = page.accessPage()->networkPanel();
        panel->refresh();
        QVERIFY(!child<QPushButton>(panel, "createDeviceCertificate")->isHidden());
        panel->openDeviceCertificateDialog();
        ui::DeviceCertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::DeviceCertificateDialog>(panel)));
        const QString folder = m_env->path(QStringLiteral("devices"));
        dialog->setFolder(folder);
        for (const QString &bad : {QStringLiteral("ca"), QStringLiteral("office/lamp"), QString()}) {
            dialog->setDeviceName(bad);
            QVERIFY2(!okButton(dialog)->isEnabled(), qPrintable(bad));
        }
        dialog->setDeviceName(QStringLiteral("hall sensor"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        auto *result = child<QLabel>(dialog, "result");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCreating(), 20'000);
        QVERIFY2(
            result->text().startsWith(QStringLiteral("Saved hall-sensor.crt, hall-sensor.key and ca.crt")),
            qPrintable(result->text()));
        QVERIFY(dialog->isVisible()); // for the next device
        for (const char *file : {"hall-sensor.crt", "hall-sensor.key", "ca.crt"})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1String(file))), file);
        // Creating it again says the files are replaced.
        QVERIFY(child<QLabel>(dialog, "files")->text().contains(QStringLiteral("replaced")));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HOMEWIRE_SCREENSHOT_DIR is not set");
        ui::applyTheme(ui::Theme::Light);
        makeHomeCertificates();
        using broker::access::AclAccess;
        using broker::access::AclSubject;
        for (const char *name : {"kitchen-sensor", "hall-lamp", "garage-door", "phone"})
            m_env->addUser(QLatin1String(name), "pw");
        m_env->addRule(AclSubject::User, QStringLiteral("kitchen-sensor"), "home/kitchen/#");
        m_env->addRule(AclSubject::User, QStringLiteral("phone"), "home/#");
        m_env->addRule(AclSubject::Everyone, {}, "devices/%u/#");
        m_env->addRule(AclSubject::ClientId, QStringLiteral("tasmota_4F2A1C"), "tele/tasmota_4F2A1C/#",
                       AclAccess::Write);
        NetworkAccess access;
        access.enabled = true;
        access.tlsPort = portNear(NetworkAccess::DefaultTlsPort);
        access.save();
        broker::net::BrokerServer server(config());
        ui::BrokerPage page(server, config(), nullptr);
        page.resize(1366, 800);
        page.show();
        startOnLoopback(server, page, portNear(1883));
        QTRY_VERIFY_WITH_TIMEOUT(!server.isStarting() && server.listenerPorts().size() == 2, StartTimeout);
        page.tabs()->setCurrentWidget(page.accessPage());
        QTRY_COMPARE(page.accessPage()->ruleModel()->rowCount(), 4);
        QTRY_VERIFY(child<QWidget>(page.accessPage(), "anonymousWarning")->isVisible());
        saveScreenshot(&page, QStringLiteral("broker-access.png"));
        ui::applyTheme(ui::Theme::Dark);
        saveScreenshot(&page, QStringLiteral("broker-access-dark.png"));
        ui::applyTheme(ui::Theme::Light);

        ui::NetworkAccessPanel *panel = page.accessPage()->networkPanel();
        panel->openNetworkDialog();
        ui::NetworkAccessDialog *network = nullptr;
        QTRY_VERIFY((network = openDialog<ui::NetworkAccessDialog>(panel)));
        child<QCheckBox>(network, "plain")->setChecked(true);
        QTRY_VERIFY(okButton(network)->isEnabled());
        saveScreenshot(network, QStringLiteral("broker-network-dialog.png"));
        network->reject();

        ui::RuleDialog rule(m_env->userNames(), &page);
        rule.show();
        child<QLineEdit>(&rule, "ruleName")->setText(QStringLiteral("kitchen-sensor"));
        QTest::keyClicks(child<QLineEdit>(&rule, "filter"), QStringLiteral("home/kitchen#"));
        saveScreenshot(&rule, QStringLiteral("broker-rule-dialog.png"));

        ui::UserDialog user(ui::UserDialog::Mode::Add, m_env->userNames(), QString(), &page);
        user.show();
        QTest::keyClicks(child<QLineEdit>(&user, "userName"), QStringLiteral("phone"));
        QTest::keyClicks(child<QLineEdit>(&user, "password"), QStringLiteral("secret"));
        QTest::keyClicks(child<QLineEdit>(&user, "repeat"), QStringLiteral("secrex"));
        saveScreenshot(&user, QStringLiteral("broker-user-dialog.png"));

        panel->openDeviceCertificateDialog();
        ui::DeviceCertificateDialog *device = nullptr;
        QTRY_VERIFY((device = openDialog<ui::DeviceCertificateDialog>(panel)));
        device->setDeviceName(QStringLiteral("hall-lamp"));
        device->setFolder(m_env->path(QStringLiteral("devices")));
        okButton(device)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!device->isCreating(), 20'000);
        saveScreenshot(device, QStringLiteral("broker-device-certificate.png"));

        page.tabs()->setCurrentIndex(0);
        saveScreenshot(&page, QStringLiteral("broker-overview.png"));
        server.stop();
    }
};

QTEST_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
