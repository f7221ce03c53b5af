// The Add device dialog: each field explains what is wrong with it in words
// (wildcards, reserved topics, stray spaces, payloads that cannot be told
// apart) and OK waits until nothing is; the trivial lamp is a name and a
// topic; a typed room is found or made.
#include "dashboardtesthome.h"
#include "ui/dashboard/adddevicedialog.h"
#include "ui/dashboard/topicproblem.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace homewire;
using namespace homewire::testing;

class tst_AddDeviceDialog : public DashboardTestHome
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { makeRegistry(); }
    void cleanup() { dropAll(); }

    void addDeviceValidation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("stateTopic");
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("payloadOff");
        QTest::addColumn<QString>("field"); // the field whose problem shows; empty: acceptable
        QTest::addColumn<QString>("words"); // part of the explanation

        const int sw = int(devices::EntityKind::Switch);
        const int sensor = int(devices::EntityKind::Sensor);
        QTest::newRow("the trivial lamp") << sw << u"Office lamp"_s << u"home/office/lamp"_s << u""_s << u""_s
                                          << u"off"_s << u""_s << u""_s;
        QTest::newRow("empty name") << sw << u""_s << u"home/office/lamp"_s << u""_s << u""_s << u"off"_s
                                    << u"name"_s << u"name"_s;
        QTest::newRow("blank name") << sw << u"   "_s << u"home/office/lamp"_s << u""_s << u""_s << u"off"_s
                                    << u"name"_s << u"name"_s;
        QTest::newRow("single-level wildcard in the topic (MQTT-4.7.1-1)")
            << sw << u"Lamp"_s << u"home/+/lamp"_s << u""_s << u""_s << u"off"_s << u"topic"_s
            << u"wildcard"_s;
        QTest::newRow("multi-level wildcard in the topic (MQTT-4.7.1-1)")
            << sw << u"Lamp"_s << u"home/#"_s << u""_s << u""_s << u"off"_s << u"topic"_s << u"wildcard"_s;
        QTest::newRow("topic reserved for the broker")
            << sw << u"Lamp"_s << u"$SYS/lamp"_s << u""_s << u""_s << u"off"_s << u"topic"_s << u"$"_s;
        QTest::newRow("topic with a trailing space")
            << sw << u"Lamp"_s << u"home/lamp "_s << u""_s << u""_s << u"off"_s << u"topic"_s << u"space"_s;
        QTest::newRow("wildcard in the state topic") << sw << u"Lamp"_s << u"home/lamp"_s << u"home/lamp/#"_s
                                                     << u""_s << u"off"_s << u"stateTopic"_s << u"wildcard"_s;
        QTest::newRow("wildcard in the availability topic")
            << sw << u"Lamp"_s << u"home/lamp"_s << u""_s << u"home/+/status"_s << u"off"_s
            << u"availabilityTopic"_s << u"wildcard"_s;
        QTest::newRow("on and off payloads the same") << sw << u"Lamp"_s << u"home/lamp"_s << u""_s << u""_s
                                                      << u"on"_s << u"payloadOff"_s << u"differ"_s;
        QTest::newRow("off payload empty")
            << sw << u"Lamp"_s << u"home/lamp"_s << u""_s << u""_s << u""_s << u"payloadOff"_s << u"both"_s;
        QTest::newRow("sensor with a topic") << sensor << u"Temperature"_s << u"home/kitchen/temperature"_s
                                             << u""_s << u""_s << u"off"_s << u""_s << u""_s;
        QTest::newRow("sensor with a wildcard") << sensor << u"Temperature"_s << u"home/+/temperature"_s
                                                << u""_s << u""_s << u"off"_s << u"topic"_s << u"wildcard"_s;
    }

    void addDeviceValidation()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, topic);
        QFETCH(QString, stateTopic);
        QFETCH(QString, availability);
        QFETCH(QString, payloadOff);
        QFETCH(QString, field);
        QFETCH(QString, words);
        ui::AddDeviceDialog dialog(m_registry.get());
        dialog.setKind(devices::EntityKind(kind));
        dialog.show();
        QVERIFY(!dialog.isAcceptable()); // nothing typed yet
        const QList<std::pair<QString, QString>> typed{{u"name"_s, name},
                                                       {u"topic"_s, topic},
                                                       {u"stateTopic"_s, stateTopic},
                                                       {u"availabilityTopic"_s, availability}};
        for (const auto &[objectName, text] : typed) {
            auto *edit = dialog.findChild<QLineEdit *>(objectName);
            QVERIFY(edit);
            edit->clear();
            if (text.isEmpty()) { // touched and left empty, as a user would
                QTest::keyClick(edit, Qt::Key_X);
                QTest::keyClick(edit, Qt::Key_Backspace);
            }
            QTest::keyClicks(edit, text);
        }
        auto *off = dialog.findChild<QLineEdit *>(QStringLiteral("payloadOff"));
        off->selectAll();
        if (payloadOff.isEmpty())
            QTest::keyClick(off, Qt::Key_Backspace);
        else
            QTest::keyClicks(off, payloadOff);
        QCOMPARE(dialog.isAcceptable(), field.isEmpty());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), field.isEmpty());
        if (!field.isEmpty()) {
            auto *problem = dialog.findChild<QLabel *>(field + QStringLiteral("Problem"));
            QVERIFY(problem);
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(words, Qt::CaseInsensitive), qPrintable(problem->text()));
        }
        saveScreenshot(&dialog, QStringLiteral("adddevice-%1.png")
                                    .arg(QString::fromUtf8(QTest::currentDataTag()))
                                    .replace(u' ', u'-'));
    }

    void addDeviceTrivialLamp()
    {
        DashboardPage *page = showPage();
        QVERIFY(page);
        page->addDeviceButton()->click();
        auto *dialog = waitForChild<ui::AddDeviceDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                         QStringLiteral("Office lamp"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("topic")),
                         QStringLiteral("home/office/lamp"));
        QVERIFY(dialog->isAcceptable());
        // No room yet: it says one will be made.
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("roomNote"))->text().contains(QStringLiteral("Home")));
        saveScreenshot(dialog, QStringLiteral("adddevice-trivial.png"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(roomNames(*page), QStringList{u"Home"_s});
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Home")), QStringList{u"Office lamp"_s});
        const devices::Device added = m_registry->acceptedDevices().constFirst();
        QCOMPARE(added.convention, QStringLiteral("manual"));
        const devices::Entity &entity = added.entities.constFirst();
        QCOMPARE(entity.kind, devices::EntityKind::Switch);
        QCOMPARE(entity.commandTopic, QByteArray("home/office/lamp"));
        QCOMPARE(entity.payloadOn, QByteArray("on"));
        QCOMPARE(entity.payloadOff, QByteArray("off"));
        QVERIFY(entity.stateTopic.isEmpty());
        QVERIFY(entity.availabilityTopic.isEmpty());
    }

    void addDeviceIntoTypedRoom()
    {
        makeHome();
        ui::AddDeviceDialog dialog(m_registry.get());
        dialog.setKind(devices::EntityKind::Sensor);
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Kitchen temperature"));
        dialog.findChild<QLineEdit *>(QStringLiteral("topic"))
            ->setText(QStringLiteral("home/kitchen/climate"));
        dialog.findChild<QLineEdit *>(QStringLiteral("jsonField"))->setText(QStringLiteral("temperature"));
        dialog.findChild<QLineEdit *>(QStringLiteral("unit"))->setText(QStringLiteral("°C"));
        // An existing room, typed in another case, is that room.
        dialog.setRoomName(QStringLiteral("kitchen"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("roomNote"))->text().isEmpty());
        dialog.setRoomName(QStringLiteral("Pantry"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("roomNote"))
                    ->text()
                    .contains(QStringLiteral("Pantry")));
        QVERIFY(dialog.isAcceptable());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto pantry = m_registry->roomByName(QStringLiteral("Pantry"));
        QVERIFY(pantry);
        const QList<EntityRef> tiles = m_registry->tiles(pantry->id);
        QCOMPARE(tiles.size(), 1);
        const devices::Entity *entity = m_registry->entity(tiles.constFirst());
        QCOMPARE(entity->kind, devices::EntityKind::Sensor);
        QCOMPARE(entity->stateTopic, QByteArray("home/kitchen/climate"));
        QCOMPARE(entity->state.field, QStringLiteral("temperature"));
        QCOMPARE(entity->unit, QStringLiteral("°C"));
        QVERIFY(entity->commandTopic.isEmpty());
    }

    void topicProblem_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("fine");
        QTest::newRow("plain") << u"home/office/lamp"_s << true << true;
        QTest::newRow("empty levels are allowed (MQTT-4.7.1-3 note)") << u"home//lamp"_s << true << true;
        QTest::newRow("empty and required") << u""_s << true << false;
        QTest::newRow("empty and optional") << u""_s << false << true;
        QTest::newRow("plus") << u"a/+/b"_s << true << false;
        QTest::newRow("hash") << u"a/#"_s << true << false;
        QTest::newRow("dollar") << u"$SYS/broker"_s << true << false;
        QTest::newRow("null character (MQTT-4.7.3-2)")
            << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << true << false;
        QTest::newRow("too long (MQTT-4.7.3-3)") << QString(65536, QLatin1Char('a')) << true << false;
    }

    void topicProblem()
    {
        QFETCH(QString, topic);
        QFETCH(bool, required);
        QFETCH(bool, fine);
        QCOMPARE(ui::topicProblem(topic, required).isEmpty(), fine);
    }
};

QTEST_MAIN(tst_AddDeviceDialog)
#include "tst_adddevicedialog.moc"
