// Links every core library and uses something real from each, so that the
// layering check (core_links_no_gui) sees all of core's runtime dependencies:
// with --as-needed, a library nothing uses would not show up at all.
#include "broker/net/brokerserver.h"
#include "client/mqttclient.h"
#include "devices/demo/demohome.h"
#include "history/payload/jsontree.h"
#include "history/topicexport.h"
#include "history/topicstore.h"
#include "mqtt/topic.h"
#include "store/keychainsecretstore.h"
#include "store/profilestore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;

class tst_CoreLinks : public QObject
{
    Q_OBJECT

private slots:
    void everyCoreLibraryWorks()
    {
        QVERIFY(mqtt::TopicName::validate("home/office/lamp").hasValue());

        broker::BrokerConfig config;
        broker::net::BrokerServer server(config);
        QVERIFY(server.start(QHostAddress::LocalHost, 0).hasValue());
        const quint16 port = server.serverPort();

        QTemporaryDir dir;
        auto profiles = store::ProfileStore::open(store::ProfileStore::pathIn(dir.path()));
        QVERIFY(profiles.hasValue());
        QVERIFY((*profiles)->ensureBuiltIn(port).hasValue());
        store::KeychainSecretStore secrets;

        client::MqttClient client;
        client.connectToBroker(*(*profiles)->profile((*profiles)->profiles().first().id));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), client::MqttClient::State::Connected, 15'000);

        history::TopicStore topics;
        QObject::connect(&client, &client::MqttClient::messagesReceived, &client,
                         [&topics](const QList<mqtt::ApplicationMessage> &batch) { topics.ingest(batch); });
        devices::demo::DemoHome demo;
        demo.start(client.profile());
        QTRY_VERIFY_WITH_TIMEOUT(topics.find("home/office/lamp/state") != nullptr, 15'000);
        const auto *lamp = topics.find("home/office/lamp/state");
        QVERIFY(history::exportMessages({lamp->lastMessage()}, history::ExportFormat::Json).contains("lamp"));
        QVERIFY(payload::JsonTree::parse(R"({"state":"on"})").hasValue());
        demo.stop();
        client.disconnectFromBroker();
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_CoreLinks)
#include "tst_corelinks.moc"
