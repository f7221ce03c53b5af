// The New devices panel inside the dashboard page: the count on the button,
// devices listed with their origin and what they have, suggested rooms
// preselected, Accept / Ignore / Accept all, adding discovered devices
// automatically, cards that follow the registry one by one (an open room
// drop-down survives an announcement) and nothing built while hidden.
#include "dashboardtesthome.h"
#include "ui/dashboard/badgebutton.h"
#include "ui/dashboard/newdevicespanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QPointer>
#include <QPushButton>

using namespace homewire;
using namespace homewire::testing;

class tst_NewDevicesPanel : public DashboardTestHome
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { makeRegistry(); }
    void cleanup() { dropAll(); }

    void newDevicesAcceptAndIgnore()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        m_registry->deviceAnnounced(
            discovered(QStringLiteral("plug1"), QStringLiteral("Hall plug"), u"Hall"_s));
        m_registry->deviceAnnounced(
            discovered(QStringLiteral("plug2"), QStringLiteral("Fan plug"), u"Office"_s));
        m_registry->deviceAnnounced(discovered(QStringLiteral("plug3"), QStringLiteral("Spare plug"), u""_s));
        QTRY_COMPARE(page->newDevicesButton()->count(), 3);
        QVERIFY(!page->newDevicesPanel()->isVisible());
        page->newDevicesButton()->click();
        QVERIFY(page->newDevicesPanel()->isVisible());
        ui::NewDevicesPanel *panel = page->newDevicesPanel();
        QTRY_COMPARE(panel->listedDevices().size(), 3);
        saveScreenshot(page, QStringLiteral("dashboardpage-new-devices.png"));

        // Suggested rooms are preselected: a new one, or the existing one.
        QCOMPARE(panel->roomChooser(QStringLiteral("tasmota/plug1"))->currentText(),
                 QStringLiteral("Hall (new room)"));
        QCOMPARE(panel->roomChooser(QStringLiteral("tasmota/plug2"))->currentText(),
                 QStringLiteral("Office"));
        QCOMPARE(panel->roomChooser(QStringLiteral("tasmota/plug3"))->currentText(),
                 QStringLiteral("Office"));

        panel->acceptButton(QStringLiteral("tasmota/plug1"))->click();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Kitchen"_s, u"Garden"_s, u"Hall"_s}));
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Hall")),
                     (QStringList{u"Hall plug"_s, u"Temperature"_s}));
        QTRY_COMPARE(page->newDevicesButton()->count(), 2);

        panel->ignoreButton(QStringLiteral("tasmota/plug3"))->click();
        QTRY_COMPARE(panel->listedDevices(), QStringList{u"tasmota/plug2"_s});
        QCOMPARE(page->newDevicesButton()->count(), 1);
        QVERIFY(!page->tile({QStringLiteral("tasmota/plug3"), QStringLiteral("power")}));

        // A room chosen by hand wins over the suggestion.
        QComboBox *combo = panel->roomChooser(QStringLiteral("tasmota/plug2"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Garden")));
        panel->acceptAllButton()->click();
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Garden")),
                     (QStringList{u"Fan plug"_s, u"Temperature"_s}));
        QTRY_COMPARE(page->newDevicesButton()->count(), 0);
        QTRY_VERIFY(panel->listedDevices().isEmpty());
        QVERIFY(!panel->acceptAllButton()->isEnabled());
    }

    void acceptAllWithoutRooms()
    {
        DashboardPage *page = showPage();
        QVERIFY(page);
        page->newDevicesButton()->click();
        m_registry->deviceAnnounced(discovered(QStringLiteral("a"), QStringLiteral("Plug A"), u""_s));
        m_registry->deviceAnnounced(discovered(QStringLiteral("b"), QStringLiteral("Plug B"), u"Porch"_s));
        QTRY_COMPARE(page->newDevicesPanel()->listedDevices().size(), 2);
        page->newDevicesPanel()->acceptAll();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Home"_s, u"Porch"_s}));
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Home")),
                     (QStringList{u"Plug A"_s, u"Temperature"_s}));
    }

    void cardsFollowTheRegistryOneByOne()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        page->newDevicesButton()->click();
        ui::NewDevicesPanel *panel = page->newDevicesPanel();
        const QString plug = QStringLiteral("tasmota/plug1");
        m_registry->deviceAnnounced(
            discovered(QStringLiteral("plug1"), QStringLiteral("Hall plug"), u"Hall"_s));
        QTRY_COMPARE(panel->listedDevices(), QStringList{plug});
        const QPointer<QComboBox> combo = panel->roomChooser(plug);
        QVERIFY(combo);
        const QPointer<QWidget> card = combo->parentWidget();
        combo->setCurrentIndex(combo->findText(QStringLiteral("Garden")));
        combo->showPopup();
        QTRY_VERIFY(combo->view()->isVisible());

        // Another device comes: the open drop-down stays as it is.
        m_registry->deviceAnnounced(discovered(QStringLiteral("plug2"), QStringLiteral("Fan plug"), u""_s));
        QTRY_COMPARE(panel->listedDevices().size(), 2);
        QCOMPARE(panel->roomChooser(plug), combo.data());
        QVERIFY(combo->view()->isVisible());
        QCOMPARE(combo->currentText(), QStringLiteral("Garden"));
        combo->hidePopup();

        // A new room: the same combo, with the room, the choice kept.
        m_registry->addRoom(QStringLiteral("Porch"));
        QTRY_VERIFY(combo->findText(QStringLiteral("Porch")) >= 0);
        QCOMPARE(panel->roomChooser(plug), combo.data());
        QCOMPARE(combo->currentText(), QStringLiteral("Garden"));

        // The other device goes: only its card goes.
        QVERIFY(m_registry->ignore(QStringLiteral("tasmota/plug2")));
        QTRY_COMPARE(panel->listedDevices(), QStringList{plug});
        QTRY_COMPARE(panel->findChildren<QFrame *>(QStringLiteral("newDevice")).size(), 1);
        QVERIFY(card);
        QCOMPARE(panel->roomChooser(plug), combo.data());
    }

    void hiddenPanelBuildsNothing()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::NewDevicesPanel *panel = page->newDevicesPanel();
        QVERIFY(!panel->isVisible());
        const auto cards = [panel] {
            return panel->findChildren<QFrame *>(QStringLiteral("newDevice"));
        };
        m_registry->devicesAnnounced({discovered(QStringLiteral("a"), QStringLiteral("Plug A"), u""_s),
                                      discovered(QStringLiteral("b"), QStringLiteral("Plug B"), u"Hall"_s)});
        QTRY_COMPARE(page->newDevicesButton()->count(), 2);
        QCoreApplication::processEvents(); // the panel's deferred refresh
        QVERIFY(cards().isEmpty());

        page->newDevicesButton()->click(); // shown: it catches up
        QCOMPARE(cards().size(), 2);
        QCOMPARE(panel->listedDevices(), (QStringList{u"tasmota/a"_s, u"tasmota/b"_s}));
        const QList<QFrame *> shown = cards();

        page->newDevicesButton()->click(); // hidden again
        QVERIFY(!panel->isVisible());
        m_registry->deviceAnnounced(discovered(QStringLiteral("c"), QStringLiteral("Plug C"), u""_s));
        m_registry->addRoom(QStringLiteral("Porch"));
        QTRY_COMPARE(page->newDevicesButton()->count(), 3);
        QCoreApplication::processEvents();
        QCOMPARE(cards(), shown);
        QCOMPARE(panel->roomChooser(u"tasmota/a"_s)->findText(QStringLiteral("Porch")), -1);

        page->newDevicesButton()->click();
        QCOMPARE(cards().size(), 3);
        for (QFrame *card : shown)
            QVERIFY(cards().contains(card)); // kept, not made again
        QVERIFY(panel->roomChooser(u"tasmota/a"_s)->findText(QStringLiteral("Porch")) >= 0);
        QCOMPARE(panel->roomChooser(u"tasmota/c"_s)->currentText(), QStringLiteral("Office"));
    }

    void entitySummary_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QString>("summary");
        QTest::newRow("one switch") << QList<int>{int(devices::EntityKind::Switch)} << u"switch"_s;
        QTest::newRow("switch and two sensors")
            << QList<int>{int(devices::EntityKind::Sensor), int(devices::EntityKind::Switch),
                          int(devices::EntityKind::Sensor)}
            << u"switch, 2 sensors"_s;
        QTest::newRow("light and binary sensor")
            << QList<int>{int(devices::EntityKind::BinarySensor), int(devices::EntityKind::Light)}
            << u"light, binary sensor"_s;
        QTest::newRow("nothing") << QList<int>{} << u"nothing to show yet"_s;
    }

    void entitySummary()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(QString, summary);
        devices::Device device;
        for (int kind : kinds) {
            devices::Entity entity;
            entity.kind = devices::EntityKind(kind);
            device.entities.append(entity);
        }
        QCOMPARE(ui::NewDevicesPanel::entitySummary(device), summary);
    }

    void autoAddFollowsTheCheckbox()
    {
        DashboardPage *page = showPage();
        QVERIFY(page);
        QVERIFY(!page->autoAddBox()->isChecked());
        page->autoAddBox()->click();
        QVERIFY(m_registry->autoAdd());
        m_registry->deviceAnnounced(
            discovered(QStringLiteral("auto"), QStringLiteral("Porch light"), u"Porch"_s));
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Porch")),
                     (QStringList{u"Porch light"_s, u"Temperature"_s}));
        page->autoAddBox()->click();
        QVERIFY(!m_registry->autoAdd());
    }
};

QTEST_MAIN(tst_NewDevicesPanel)
#include "tst_newdevicespanel.moc"
