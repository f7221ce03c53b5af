// The Broker page against a real embedded broker: start, a real client over
// TCP shows up in the table and the log, stop.
#include "broker/net/brokerserver.h"
#include "common/logcollector.h"
#include "mqtt/codec.h"
#include "ui/brokerpage.h"
#include "ui/clienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;

class TestBrokerPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void startShowClientsAndStop()
    {
        LogCollector log({QStringLiteral("homewire.broker")});
        broker::BrokerConfig config;
        config.dataDirectory = m_dir.filePath(QStringLiteral("broker"));
        broker::net::BrokerServer server(config);
        ui::BrokerPage page(server, &log);
        QAbstractItemModelTester tester(page.clientModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();

        auto *port = page.findChild<QSpinBox *>(QStringLiteral("brokerPort"));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("brokerStartStop"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("brokerStatus"));
        QVERIFY(port && button && status);
        port->setValue(freePort());
        QVERIFY(status->text().contains(QStringLiteral("Stopped")));

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.isRunning(), 10000);
        QTRY_VERIFY(status->text().contains(QStringLiteral("Running")));
        QCOMPARE(server.serverPort(), quint16(port->value()));
        QVERIFY(!port->isEnabled());

        // A real client over TCP.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        mqtt::ConnectPacket connect;
        connect.clientId = "kitchen-sensor";
        socket.write(mqtt::encodePacket(connect, mqtt::ProtocolVersion::V311).value());
        QTRY_COMPARE_WITH_TIMEOUT(page.clientModel()->rowCount(), 1, 5000);
        QCOMPARE(
            page.clientModel()->data(page.clientModel()->index(0, ui::ClientTableModel::ClientId)).toString(),
            QStringLiteral("kitchen-sensor"));
        QCOMPARE(
            page.clientModel()->data(page.clientModel()->index(0, ui::ClientTableModel::Protocol)).toString(),
            QStringLiteral("MQTT 3.1.1"));
        QCOMPARE(
            page.clientModel()->data(page.clientModel()->index(0, ui::ClientTableModel::User)).toString(),
            QStringLiteral("(anonymous)"));
        auto *logView = page.findChild<QPlainTextEdit *>(QStringLiteral("brokerLog"));
        QTRY_VERIFY(logView->toPlainText().contains(QStringLiteral("kitchen-sensor connected")));

        // It leaves: the row goes (a clean session is not kept).
        socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(page.clientModel()->rowCount(), 0, 5000);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!server.isRunning());
        QVERIFY(status->text().contains(QStringLiteral("Stopped")));
        QVERIFY(port->isEnabled());
    }

    void portInUseIsExplained()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        broker::net::BrokerServer server(broker::BrokerConfig{});
        ui::BrokerPage page(server, nullptr);
        page.findChild<QSpinBox *>(QStringLiteral("brokerPort"))->setValue(blocker.serverPort());
        page.startBroker();
        auto *error = page.findChild<QLabel *>(QStringLiteral("brokerError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 10000);
        QVERIFY(error->text().contains(QString::number(blocker.serverPort())));
        QVERIFY(!server.isRunning());
    }
};

QTEST_MAIN(TestBrokerPage)
#include "tst_brokerpage.moc"
