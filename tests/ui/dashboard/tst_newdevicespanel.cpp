// The New devices panel inside the dashboard page: the count on the button,
// devices listed with their origin and what they have, suggested rooms
// preselected, Accept / Ignore / Accept all, and adding discovered devices
// automatically.
#include "dashboardtesthome.h"
#include "ui/dashboard/badgebutton.h"
#include "ui/dashboard/newdevicespanel.h"

#include <QCheckBox>
#include <QComboBox>
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
        m_registry->deviceAnnounced(discovered(QStringLiteral("a"), QStringLiteral("Plug A"), u""_s));
        m_registry->deviceAnnounced(discovered(QStringLiteral("b"), QStringLiteral("Plug B"), u"Porch"_s));
        QTRY_COMPARE(page->newDevicesPanel()->listedDevices().size(), 2);
        page->newDevicesPanel()->acceptAll();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Home"_s, u"Porch"_s}));
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Home")),
                     (QStringList{u"Plug A"_s, u"Temperature"_s}));
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
