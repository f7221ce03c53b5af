// The topic explorer against a running embedded broker, through the real
// widgets offscreen: the live tree, selecting and inspecting, searching,
// publishing from the panel, deleting retained messages with undo, export,
// and a broker restart the connection survives.
#include "broker/net/brokerserver.h"
#include "client/mqttclient.h"
#include "devices/demo/demohome.h"
#include "history/topicstore.h"
#include "store/profilestore.h"
#include "store/secretstore.h"
#include "ui/connectionview.h"
#include "ui/explorer/topicfilterproxy.h"
#include "ui/explorer/topictreemodel.h"
#include "ui/explorerpage.h"
#include "ui/inspector/publishpanel.h"
#include "ui/inspector/topicinspector.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace homewire;
using client::MqttClient;

namespace {

constexpr int Timeout = 15'000;

// A plain client that records what it receives.
class Probe : public QObject
{
public:
    explicit Probe(quint16 port, const QString &filter = {})
    {
        client::ConnectionProfile profile;
        profile.name = QStringLiteral("probe");
        profile.port = port;
        profile.subscriptions.clear();
        if (!filter.isEmpty())
            profile.subscriptions = {{filter, mqtt::QoS::ExactlyOnce}};
        QObject::connect(&client, &MqttClient::messagesReceived, this,
                         [this](const QList<mqtt::ApplicationMessage> &batch) { received += batch; });
        client.connectToBroker(profile);
    }
    bool has(const QByteArray &topic, const QByteArray &payload) const
    {
        for (const auto &m : received)
            if (m.topic == topic && m.payload == payload)
                return true;
        return false;
    }
    MqttClient client;
    QList<mqtt::ApplicationMessage> received;
};

} // namespace

class tst_ExplorerPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<broker::net::BrokerServer> m_server;
    quint16 m_port = 0;

    void startBroker(quint16 port = 0)
    {
        broker::BrokerConfig config; // in memory: no data directory
        m_server = std::make_unique<broker::net::BrokerServer>(config);
        auto started = m_server->start(QHostAddress::LocalHost, port);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        m_port = m_server->serverPort();
    }

    client::ConnectionProfile profile() const
    {
        client::ConnectionProfile p;
        p.name = QStringLiteral("Test broker");
        p.port = m_port;
        p.subscriptions = {{QStringLiteral("#"), mqtt::QoS::AtLeastOnce}};
        return p;
    }

    static void waitConnected(MqttClient &client)
    {
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, Timeout);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void init() { startBroker(); }
    void cleanup()
    {
        if (m_server)
            m_server->stop();
        m_server.reset();
    }

    void liveTreeSelectAndInspect()
    {
        ui::ConnectionView view(profile());
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.resize(1200, 700);
        view.show();
        view.connectToBroker();
        waitConnected(*view.client());

        Probe publisher(m_port);
        waitConnected(publisher.client);
        publisher.client.publish("home/kitchen/climate", R"({"temperature":21.5,"humidity":40})",
                                 mqtt::QoS::AtLeastOnce, true);
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->find("home/kitchen/climate") != nullptr, Timeout);
        QVERIFY(view.selectTopic("home/kitchen/climate"));
        QCOMPARE(view.selectedTopic(), QByteArray("home/kitchen/climate"));
        QTRY_COMPARE_WITH_TIMEOUT(view.inspector()->shownMessage().payload,
                                  QByteArray(R"({"temperature":21.5,"humidity":40})"), Timeout);
        // The inspector follows the selected topic as messages arrive.
        publisher.client.publish("home/kitchen/climate", R"({"temperature":22.0,"humidity":41})",
                                 mqtt::QoS::AtLeastOnce, true);
        QTRY_COMPARE_WITH_TIMEOUT(view.inspector()->shownMessage().payload,
                                  QByteArray(R"({"temperature":22.0,"humidity":41})"), Timeout);
        // Selecting fills the publish panel's topic.
        auto *topicField = view.publishPanel()->findChild<QLineEdit *>(QStringLiteral("publishTopic"));
        QVERIFY(topicField);
        QCOMPARE(topicField->text(), QStringLiteral("home/kitchen/climate"));
        QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->text().contains(QStringLiteral("1 topic")), Timeout);
    }

    void severalConnectionsInTabs()
    {
        ui::ExplorerPage page(nullptr, nullptr);
        page.show();
        client::ConnectionProfile first = profile();
        first.name = QStringLiteral("First");
        client::ConnectionProfile second = profile();
        second.name = QStringLiteral("Second");
        second.subscriptions = {{QStringLiteral("only/this/#"), mqtt::QoS::AtLeastOnce}};
        ui::ConnectionView *a = page.openConnection(first);
        ui::ConnectionView *b = page.openConnection(second);
        QCOMPARE(page.connectionCount(), 2);
        QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Second"));
        QCOMPARE(page.currentConnection(), b);
        waitConnected(*a->client());
        waitConnected(*b->client());
        Probe publisher(m_port);
        waitConnected(publisher.client);
        publisher.client.publish("only/this/x", "1", mqtt::QoS::AtLeastOnce, false);
        publisher.client.publish("other/y", "2", mqtt::QoS::AtLeastOnce, false);
        // Each tab sees what its own subscriptions deliver.
        QTRY_VERIFY_WITH_TIMEOUT(a->store()->find("other/y") && a->store()->find("only/this/x"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(b->store()->find("only/this/x") != nullptr, Timeout);
        QVERIFY(b->store()->find("other/y") == nullptr);
        // Closing a tab ends its connection.
        emit page.tabs()->tabCloseRequested(0);
        QCOMPARE(page.connectionCount(), 1);
        QCOMPARE(page.connectionAt(0), b);
    }

    void keychainTroubleIsShownOnTheConnection()
    {
        auto profiles = store::ProfileStore::open(m_dir.filePath(QStringLiteral("keychain.db")));
        QVERIFY(profiles);
        // A profile with a user name, so there may be a password to read.
        const auto id = (*profiles)->ensureBuiltIn(m_port);
        QVERIFY(id);
        auto withUser = (*profiles)->profile(*id);
        QVERIFY(withUser);
        withUser->username = QStringLiteral("explorer");
        QVERIFY((*profiles)->save(*withUser));
        store::MemorySecretStore secrets;
        secrets.setFailure(
            makeError(store::SecretError::AccessDenied, QStringLiteral("the keychain said no")));
        ui::ExplorerPage page(profiles->get(), &secrets);
        page.show();
        auto *connectButton = page.findChild<QPushButton *>(QStringLiteral("connectProfile"));
        QVERIFY(connectButton);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.connectionCount(), 1, Timeout);
        // It connects anyway (the embedded broker needs no password) and says why there was none.
        waitConnected(*page.connectionAt(0)->client());
        QTRY_VERIFY_WITH_TIMEOUT(
            page.connectionAt(0)->statusLabel()->text().contains(QStringLiteral("the keychain said no")),
            Timeout);
        // However long the note, the page still fits a small screen.
        page.connectionAt(0)->setNote(QStringLiteral("a very long note about the keychain ").repeated(8));
        const int minimum = page.connectionAt(0)->minimumSizeHint().width();
        QVERIFY2(minimum < 1000, qPrintable(QString::number(minimum)));
    }

    // The embedded broker starts on another port than last time: the tabs
    // on its profile, restored with the old port, go to the new one.
    void tabsFollowTheEmbeddedBrokerToItsPort()
    {
        auto profiles = store::ProfileStore::open(m_dir.filePath(QStringLiteral("follow.db")));
        QVERIFY(profiles);
        // Last session: the embedded broker was on a port nothing listens on now.
        QTcpServer unused;
        QVERIFY(unused.listen(QHostAddress::LocalHost));
        const quint16 oldPort = unused.serverPort();
        unused.close();
        const auto id = (*profiles)->ensureBuiltIn(oldPort);
        QVERIFY(id);
        QVERIFY((*profiles)->setOpenProfiles({*id}));
        store::MemorySecretStore secrets;
        ui::ExplorerPage page(profiles->get(), &secrets);
        page.restoreTabs();
        QTRY_COMPARE_WITH_TIMEOUT(page.connectionCount(), 1, Timeout);
        ui::ConnectionView *view = page.connectionAt(0);
        QCOMPARE(view->profile().port, oldPort);
        QVERIFY(view->client()->state() != MqttClient::State::Connected);

        // This session's broker is on m_port.
        const auto moved = (*profiles)->ensureBuiltIn(m_port);
        QVERIFY(moved);
        page.followProfile(*(*profiles)->profile(*moved));
        QCOMPARE(view->profile().port, m_port);
        waitConnected(*view->client());
        QCOMPARE(page.connectionCount(), 1);
    }

    void historyLengthIsASetting()
    {
        QSettings().setValue(QStringLiteral("explorer/historyMessages"), 3);
        ui::ConnectionView view(profile());
        QSettings().remove(QStringLiteral("explorer/historyMessages"));
        view.connectToBroker();
        waitConnected(*view.client());
        Probe publisher(m_port);
        waitConnected(publisher.client);
        for (int i = 1; i <= 5; ++i)
            publisher.client.publish("h/t", QByteArray::number(i), mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(view.store()->messageCount(), quint64(5), Timeout);
        const auto history = view.store()->history(view.store()->find("h/t"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().payload, QByteArray("5"));
    }

    void searchFiltersTheTreeAndExplainsBadPatterns()
    {
        ui::ConnectionView view(profile());
        view.show();
        view.connectToBroker();
        waitConnected(*view.client());
        Probe publisher(m_port);
        waitConnected(publisher.client);
        for (const char *topic : {"home/kitchen/temp", "home/office/temp", "garden/temp", "home/office/lamp"})
            publisher.client.publish(topic, "1", mqtt::QoS::AtLeastOnce, true);
        QTRY_COMPARE_WITH_TIMEOUT(view.store()->topicCount(), 4, Timeout);

        QTest::keyClicks(view.searchField(), QStringLiteral("office"));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!view.proxy()->isFiltering() && view.proxy()->matchCount() == 3, Timeout);
        // "office" matches the level and the two topics under it; garden is hidden.
        QCOMPARE(view.proxy()->rowCount(), 1);

        auto *mode = view.findChild<QComboBox *>(QStringLiteral("searchMode"));
        QVERIFY(mode);
        view.searchField()->setText(QStringLiteral("+/+/temp"));
        mode->setCurrentIndex(1); // topic filter
        QTRY_VERIFY_WITH_TIMEOUT(!view.proxy()->isFiltering() && view.proxy()->matchCount() == 2, Timeout);
        QCOMPARE(view.proxy()->rowCount(), 1); // only "home"

        mode->setCurrentIndex(2); // regular expression
        view.searchField()->setText(QStringLiteral("temp("));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        QVERIFY(view.searchError()->isVisibleTo(&view));
        QVERIFY(!view.searchError()->text().isEmpty());

        view.searchField()->clear();
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        QVERIFY(!view.searchError()->isVisibleTo(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.proxy()->rowCount(), 2, Timeout);
    }

    void publishFromThePanel()
    {
        ui::ConnectionView view(profile());
        view.show();
        view.connectToBroker();
        waitConnected(*view.client());
        Probe watcher(m_port, QStringLiteral("panel/#"));
        waitConnected(watcher.client);

        auto *topic = view.publishPanel()->findChild<QLineEdit *>(QStringLiteral("publishTopic"));
        auto *payload = view.publishPanel()->findChild<QPlainTextEdit *>(QStringLiteral("publishPayload"));
        auto *button = view.publishPanel()->findChild<QPushButton *>(QStringLiteral("publishButton"));
        QVERIFY(topic && payload && button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), Timeout);
        topic->setText(QStringLiteral("panel/lamp"));
        payload->setPlainText(QStringLiteral("on"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.has("panel/lamp", "on"), Timeout);
        // And it shows up in our own tree.
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->find("panel/lamp") != nullptr, Timeout);
    }

    void deleteRetainedSubtreeWithUndo()
    {
        ui::ConnectionView view(profile());
        view.show();
        view.connectToBroker();
        waitConnected(*view.client());
        Probe publisher(m_port);
        waitConnected(publisher.client);
        // The subtree's own root is retained too: it must leave the tree with
        // its children, whatever order the broker lists them in.
        publisher.client.publish("cfg", "root", mqtt::QoS::AtLeastOnce, true);
        publisher.client.publish("cfg/a", "A", mqtt::QoS::AtLeastOnce, true);
        publisher.client.publish("cfg/b", "B", mqtt::QoS::ExactlyOnce, true);
        publisher.client.publish("cfg/c/d", "D", mqtt::QoS::AtMostOnce, true);
        publisher.client.publish("keep/me", "K", mqtt::QoS::AtLeastOnce, true);
        QTRY_COMPARE_WITH_TIMEOUT(view.store()->topicCount(), 5, Timeout);

        // Not while paused: the backlog would bring deleted topics back.
        QSignalSpy deleted(&view, &ui::ConnectionView::retainedDeleted);
        view.model()->setPaused(true);
        view.deleteRetained("cfg");
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.last().at(0).toInt(), 0);
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("Resume")));
        view.model()->setPaused(false);

        QString asked;
        view.setConfirmHandler([&asked](const QString &question) {
            asked = question;
            return false;
        });
        view.deleteRetained("cfg");
        QVERIFY(deleted.wait(Timeout));
        QCOMPARE(deleted.last().at(0).toInt(), 0); // declined: nothing happens
        QVERIFY(asked.contains(QStringLiteral("4")));
        QCOMPARE(view.store()->topicCount(), 5);

        view.setConfirmHandler([](const QString &) { return true; });
        view.deleteRetained("cfg");
        QVERIFY(deleted.wait(Timeout));
        QCOMPARE(deleted.last().at(0).toInt(), 4);
        QVERIFY(view.undoBar()->isVisibleTo(&view));
        QVERIFY(view.store()->find("cfg/a") == nullptr);
        QVERIFY(view.store()->find("cfg") == nullptr);
        // The broker forgot them: a new subscriber gets only keep/me.
        {
            Probe fresh(m_port, QStringLiteral("#"));
            waitConnected(fresh.client);
            QTRY_VERIFY_WITH_TIMEOUT(fresh.has("keep/me", "K"), Timeout);
            fresh.client.publish("marker", "x", mqtt::QoS::AtLeastOnce, false);
            QTRY_VERIFY_WITH_TIMEOUT(fresh.has("marker", "x"), Timeout);
            QVERIFY(!fresh.has("cfg/a", "A") && !fresh.has("cfg/b", "B") && !fresh.has("cfg/c/d", "D") &&
                    !fresh.has("cfg", "root"));
        }
        // Our own empty retained messages do not bring the topics back.
        QTest::qWait(300);
        view.model()->flush();
        QVERIFY(view.store()->find("cfg/a") == nullptr);

        view.undoDelete();
        QVERIFY(!view.undoBar()->isVisibleTo(&view));
        Probe fresh(m_port, QStringLiteral("cfg/#"));
        QTRY_VERIFY_WITH_TIMEOUT(fresh.has("cfg/a", "A") && fresh.has("cfg/b", "B") &&
                                     fresh.has("cfg/c/d", "D") && fresh.has("cfg", "root"),
                                 Timeout);
        for (const auto &m : fresh.received) {
            QVERIFY(m.retained);
            if (m.topic == "cfg/b")
                QCOMPARE(m.qos, mqtt::QoS::ExactlyOnce); // republished with its QoS
        }
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->find("cfg/c/d") != nullptr, Timeout);
    }

    void exportSubtreeAndHistory()
    {
        ui::ConnectionView view(profile());
        view.connectToBroker();
        waitConnected(*view.client());
        Probe publisher(m_port);
        waitConnected(publisher.client);
        publisher.client.publish("exp/one", "1", mqtt::QoS::AtLeastOnce, true);
        publisher.client.publish("exp/two", "2", mqtt::QoS::AtLeastOnce, false);
        publisher.client.publish("exp/two", "3", mqtt::QoS::AtLeastOnce, false);
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->messageCount() == 3, Timeout);

        QSignalSpy finished(&view, &ui::ConnectionView::exportFinished);
        const QString values = m_dir.filePath(QStringLiteral("values.json"));
        view.exportSubtree("exp", history::ExportFormat::Json, values);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.last().at(1).toString(), QString());
        QFile file(values);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 2);

        const QString history = m_dir.filePath(QStringLiteral("history.csv"));
        view.exportHistory("exp/two", history::ExportFormat::Csv, history);
        QVERIFY(finished.wait(Timeout));
        QFile csv(history);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header and two messages
        QVERIFY(lines[1].startsWith("exp/two,2,"));

        // A path that cannot be written is reported, not ignored.
        view.exportSubtree("exp", history::ExportFormat::Csv,
                           m_dir.filePath(QStringLiteral("missing/dir/x.csv")));
        QVERIFY(finished.wait(Timeout));
        QVERIFY(!finished.last().at(1).toString().isEmpty());
    }

    void survivesABrokerRestart()
    {
        ui::ConnectionView view(profile());
        view.connectToBroker();
        waitConnected(*view.client());
        const quint16 port = m_port;
        m_server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(view.client()->state(), MqttClient::State::Reconnecting, Timeout);
        startBroker(port);
        QTRY_COMPARE_WITH_TIMEOUT(view.client()->state(), MqttClient::State::Connected, 45'000);
        Probe publisher(m_port);
        waitConnected(publisher.client);
        publisher.client.publish("after/restart", "yes", mqtt::QoS::AtLeastOnce, false);
        QTRY_VERIFY_WITH_TIMEOUT(view.store()->find("after/restart") != nullptr, Timeout);
    }

    // Not a check: the screenshot for the documentation, with the demo home.
    void screenshot()
    {
        const QByteArray dir = qgetenv("HOMEWIRE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set HOMEWIRE_SCREENSHOT_DIR to write the explorer screenshot");
        devices::demo::DemoHome demo;
        client::ConnectionProfile broker = profile();
        demo.start(broker);
        QTRY_COMPARE_WITH_TIMEOUT(demo.onlineCount(), int(demo.devices().size()), Timeout);
        auto profiles = store::ProfileStore::open(m_dir.filePath(QStringLiteral("screenshot.db")));
        QVERIFY(profiles);
        store::MemorySecretStore secrets;
        QVERIFY((*profiles)->ensureBuiltIn(m_port));
        ui::MainWindow window;
        auto *explorer = new ui::ExplorerPage(profiles->get(), &secrets);
        const int index = window.addPage(window.style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                         QStringLiteral("Explorer"), explorer);
        window.addPage(window.style()->standardIcon(QStyle::SP_DriveNetIcon), QStringLiteral("Broker"),
                       new QWidget);
        window.showPage(index);
        window.resize(1440, 900);
        window.show();
        broker = *(*profiles)->profile((*profiles)->profiles().first().id);
        ui::ConnectionView *view = explorer->openConnection(broker);
        waitConnected(*view->client());
        QTRY_VERIFY_WITH_TIMEOUT(view->store()->find("tele/tasmota_5A3F2C/SENSOR") != nullptr, Timeout);
        QTest::qWait(6000); // a few sensor readings for the counts and the history
        for (const char *topic : {"zigbee2mqtt/hall_motion", "home/living-room/climate",
                                  "home/office/lamp/state", "shellies/shelly1-8CAAB5/relay/0",
                                  "homie/demo-heater/heater/temperature", "tele/tasmota_5A3F2C/SENSOR"})
            QVERIFY(view->selectTopic(topic));
        view->inspector()->setCurrentTab(ui::TopicInspector::JsonTab);
        QTest::qWait(500);
        QVERIFY(window.grab().save(QString::fromUtf8(dir) + QStringLiteral("/explorer.png")));
        demo.stop();
    }
};

QTEST_MAIN(tst_ExplorerPage)
#include "tst_explorerpage.moc"
