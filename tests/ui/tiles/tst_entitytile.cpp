// EntityTile and its kinds driven like a user would: the status line for
// every command state and availability, the value words, Space/Enter and
// clicks asking for the opposite state, the brightness keys and slider with
// their debounce, drag and context-menu requests, and what assistive tools
// read. Commands are checked through switchRequested/brightnessRequested
// (tiles without a service only announce them); the way through the
// DeviceService is the dashboard's integration test.
#include "tilefixtures.h"
#include "ui/tiles/binarysensortile.h"
#include "ui/tiles/lighttile.h"
#include "ui/tiles/sensortile.h"
#include "ui/tiles/switchtile.h"
#include "ui/tiles/toggleswitch.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <memory>

using namespace homewire;
using namespace homewire::ui;
using namespace tilefixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(homewire::devices::CommandState)
Q_DECLARE_METATYPE(homewire::devices::Availability)
Q_DECLARE_METATYPE(homewire::devices::EntityKind)

namespace {

std::unique_ptr<EntityTile> makeTile(const devices::Entity &e, const devices::EntityState &s)
{
    std::unique_ptr<EntityTile> tile(EntityTile::create(device(e), e, nullptr));
    tile->setState(s);
    tile->resize(EntityTile::tileSize());
    return tile;
}

} // namespace

class TestEntityTile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void createPicksTheClassByKind_data()
    {
        QTest::addColumn<devices::EntityKind>("kind");
        QTest::addColumn<QByteArray>("className");
        QTest::newRow("switch") << devices::EntityKind::Switch << QByteArray("homewire::ui::SwitchTile");
        QTest::newRow("light") << devices::EntityKind::Light << QByteArray("homewire::ui::LightTile");
        QTest::newRow("sensor") << devices::EntityKind::Sensor << QByteArray("homewire::ui::SensorTile");
        QTest::newRow("binary sensor")
            << devices::EntityKind::BinarySensor << QByteArray("homewire::ui::BinarySensorTile");
    }
    void createPicksTheClassByKind()
    {
        QFETCH(devices::EntityKind, kind);
        QFETCH(QByteArray, className);
        const auto e = entity(kind);
        std::unique_ptr<EntityTile> tile(EntityTile::create(device(e), e, nullptr));
        QCOMPARE(QByteArray(tile->metaObject()->className()), className);
        QCOMPARE(tile->ref().deviceId, QStringLiteral("test/office"));
        QCOMPARE(tile->ref().entityKey, QStringLiteral("e"));
        QCOMPARE(tile->focusPolicy(), Qt::StrongFocus);
        // A fresh tile has heard nothing yet.
        QCOMPARE(tile->valueText(), QStringLiteral("\u2014"));
        QCOMPARE(tile->statusText(), QStringLiteral("No report yet"));
    }

    void switchStatus_data()
    {
        QTest::addColumn<devices::Availability>("availability");
        QTest::addColumn<int>("reported"); // -1: nothing reported, else 0/1
        QTest::addColumn<devices::CommandState>("command");
        QTest::addColumn<bool>("target");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        using A = devices::Availability;
        using C = devices::CommandState;
        const QString none;
        QTest::newRow("idle on: state and freshness")
            << A::Online << 1 << C::Idle << false << none << u"On"_s << u"On · updated 2 minutes ago"_s;
        QTest::newRow("idle off") << A::Online << 0 << C::Idle << false << none << u"Off"_s
                                  << u"Off · updated 2 minutes ago"_s;
        QTest::newRow("unknown availability counts as available")
            << A::Unknown << 1 << C::Idle << false << none << u"On"_s << u"On · updated 2 minutes ago"_s;
        QTest::newRow("pending on: value stays at the report")
            << A::Online << 0 << C::Pending << true << none << u"Off"_s << u"Turning on…"_s;
        QTest::newRow("pending off") << A::Online << 1 << C::Pending << false << none << u"On"_s
                                     << u"Turning off…"_s;
        QTest::newRow("confirmed on, just now")
            << A::Online << 1 << C::Confirmed << true << none << u"On"_s << u"On · confirmed"_s;
        QTest::newRow("confirmed off, just now")
            << A::Online << 0 << C::Confirmed << false << none << u"Off"_s << u"Off · confirmed"_s;
        QTest::newRow("timed out: says what the device still reports")
            << A::Online << 0 << C::TimedOut << true << none << u"Off"_s
            << u"No answer from the device — it still reports Off"_s;
        QTest::newRow("timed out with nothing reported") << A::Online << -1 << C::TimedOut << true << none
                                                         << u"\u2014"_s << u"No answer from the device"_s;
        QTest::newRow("optimistic on") << A::Online << 1 << C::Optimistic << true << none << u"On"_s
                                       << u"On · assumed (no state topic)"_s;
        QTest::newRow("failed shows the error")
            << A::Online << 0 << C::Failed << true << u"Not connected to the broker"_s << u"Off"_s
            << u"Not connected to the broker"_s;
        QTest::newRow("failed: a fragment is capitalised")
            << A::Online << 0 << C::Failed << true << u"not connected to a broker"_s << u"Off"_s
            << u"Not connected to a broker"_s;
        QTest::newRow("timed out although the report matches: no claim about it")
            << A::Online << 1 << C::TimedOut << true << none << u"On"_s << u"No answer from the device"_s;
        QTest::newRow("failed without a reason")
            << A::Online << 0 << C::Failed << true << none << u"Off"_s << u"The command could not be sent"_s;
        QTest::newRow("offline wins over a pending command")
            << A::Offline << 1 << C::Pending << false << none << u"On"_s
            << u"Offline · last seen 2 minutes ago"_s;
    }
    void switchStatus()
    {
        QFETCH(devices::Availability, availability);
        QFETCH(int, reported);
        QFETCH(devices::CommandState, command);
        QFETCH(bool, target);
        QFETCH(QString, error);
        QFETCH(QString, value);
        QFETCH(QString, status);
        auto s = state(reported < 0 ? std::nullopt : std::optional<bool>(reported == 1), availability);
        s.command = command;
        s.commandTarget = target;
        s.commandSentMs = now();
        s.commandError = error;
        auto tile = makeTile(entity(devices::EntityKind::Switch, QStringLiteral("plug")), s);
        QCOMPARE(tile->valueText(), value);
        QCOMPARE(tile->statusText(), status);
        QCOMPARE(tile->accessibleDescription(), status);
        QCOMPARE(tile->accessibleName(), QStringLiteral("Office lamp"));
    }

    void pendingToggleShowsTheTarget()
    {
        auto s = state(false);
        s.command = devices::CommandState::Pending;
        s.commandTarget = true;
        auto tile = makeTile(entity(devices::EntityKind::Switch), s);
        auto *toggle = static_cast<SwitchTile *>(tile.get())->toggleSwitch();
        QVERIFY(toggle->isOn());
        QVERIFY(toggle->isPending());

        s.command = devices::CommandState::Confirmed;
        s.on = true;
        tile->setState(s);
        QVERIFY(toggle->isOn());
        QVERIFY(!toggle->isPending());
    }

    void confirmationFadesToTheIdleStatus()
    {
        const auto e = entity(devices::EntityKind::Switch);
        SwitchTile tile(device(e), e, nullptr);
        tile.setConfirmationHoldMs(50);
        auto s = state(true);
        s.command = devices::CommandState::Confirmed;
        s.commandTarget = true;
        s.commandSentMs = now();
        tile.setState(s);
        QCOMPARE(tile.statusText(), QStringLiteral("On · confirmed"));
        QTRY_COMPARE(tile.statusText(), QStringLiteral("On · updated 2 minutes ago"));
        QCOMPARE(tile.accessibleDescription(), tile.statusText());
    }

    void oldConfirmationIsNotAnnounced()
    {
        auto s = state(true);
        s.command = devices::CommandState::Confirmed;
        s.commandTarget = true;
        s.commandSentMs = now() - 10 * 60'000;
        auto tile = makeTile(entity(devices::EntityKind::Switch), s);
        QCOMPARE(tile->statusText(), QStringLiteral("On · updated 2 minutes ago"));
    }

    void offlineTileIsGreyedButReachable_data()
    {
        QTest::addColumn<qint64>("lastSeenAgoMs"); // -1: never
        QTest::addColumn<QString>("status");
        QTest::newRow("seen five minutes ago")
            << qint64(5 * 60'000 + 10'000) << u"Offline · last seen 5 minutes ago"_s;
        QTest::newRow("seen an hour ago") << qint64(61 * 60'000) << u"Offline · last seen 1 hour ago"_s;
        // A retained will and state at connect: no time to tell, and it was
        // not "never seen" either.
        QTest::newRow("nothing live since connecting") << qint64(-1) << u"Offline"_s;
    }
    void offlineTileIsGreyedButReachable()
    {
        QFETCH(qint64, lastSeenAgoMs);
        QFETCH(QString, status);
        auto s = state(true, devices::Availability::Offline);
        s.lastSeenMs = lastSeenAgoMs < 0 ? 0 : now() - lastSeenAgoMs;
        auto tile = makeTile(entity(devices::EntityKind::Light), s);
        QVERIFY(tile->isOffline());
        QCOMPARE(tile->statusText(), status);
        // The card stays enabled and focusable for its context menu; its
        // controls are disabled and no command leaves it.
        QVERIFY(tile->isEnabled());
        QCOMPARE(tile->focusPolicy(), Qt::StrongFocus);
        auto *light = static_cast<LightTile *>(tile.get());
        QVERIFY(!light->toggleSwitch()->isEnabled());
        QVERIFY(!light->slider()->isEnabled());
        QSignalSpy switches(tile.get(), &EntityTile::switchRequested);
        QSignalSpy levels(tile.get(), &EntityTile::brightnessRequested);
        QTest::keyClick(tile.get(), Qt::Key_Space);
        QTest::keyClick(tile.get(), Qt::Key_Right);
        QCOMPARE(switches.count(), 0);
        QCOMPARE(levels.count(), 0);
        QSignalSpy menus(tile.get(), &EntityTile::menuRequested);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), tile->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(tile.get(), &event);
        QCOMPARE(menus.count(), 1);
        QCOMPARE(tile->toolTip().contains(QStringLiteral("Last report:")), lastSeenAgoMs >= 0);
    }

    void statusOfWhatCameBeforeConnecting_data()
    {
        QTest::addColumn<devices::EntityKind>("kind");
        QTest::addColumn<int>("reported"); // -1: nothing, else 0/1 (a sensor: 21.5)
        QTest::addColumn<devices::Availability>("availability");
        QTest::addColumn<QString>("status");
        using A = devices::Availability;
        using K = devices::EntityKind;
        QTest::newRow("a kept state")
            << K::Switch << 1 << A::Online << u"On · reported before Homewire connected"_s;
        QTest::newRow("a kept reading")
            << K::Sensor << 1 << A::Unknown << u"21.5 · reported before Homewire connected"_s;
        QTest::newRow("a kept state of a device now offline") << K::Switch << 0 << A::Offline << u"Offline"_s;
        QTest::newRow("offline with nothing reported")
            << K::Switch << -1 << A::Offline << u"Offline · no report yet"_s;
        QTest::newRow("nothing at all") << K::Switch << -1 << A::Unknown << u"No report yet"_s;
    }
    void statusOfWhatCameBeforeConnecting()
    {
        // lastSeenMs stays 0 for retained messages: the broker kept them from
        // some time before, so no "updated just now" and no "never seen".
        QFETCH(devices::EntityKind, kind);
        QFETCH(int, reported);
        QFETCH(devices::Availability, availability);
        QFETCH(QString, status);
        auto s = state(std::nullopt, availability);
        s.lastSeenMs = 0;
        if (reported >= 0 && kind == devices::EntityKind::Sensor) {
            s.value = QStringLiteral("21.5");
            s.number = 21.5;
        } else if (reported >= 0) {
            s.on = reported == 1;
        }
        auto tile = makeTile(entity(kind), s);
        QCOMPARE(tile->statusText(), status);
        QCOMPARE(tile->accessibleDescription(), status);
        QVERIFY2(!tile->toolTip().contains(QStringLiteral("Last report:")), qPrintable(tile->toolTip()));
    }

    void keysAndClicksAskForTheOppositeState_data()
    {
        QTest::addColumn<int>("key"); // 0: click on the toggle
        QTest::addColumn<bool>("reportedOn");
        QTest::newRow("Space on an off switch") << int(Qt::Key_Space) << false;
        QTest::newRow("Space on an on switch") << int(Qt::Key_Space) << true;
        QTest::newRow("Return") << int(Qt::Key_Return) << false;
        QTest::newRow("Enter on the keypad") << int(Qt::Key_Enter) << true;
        QTest::newRow("click on the toggle") << 0 << false;
    }
    void keysAndClicksAskForTheOppositeState()
    {
        QFETCH(int, key);
        QFETCH(bool, reportedOn);
        auto tile = makeTile(entity(devices::EntityKind::Switch), state(reportedOn));
        tile->show();
        QVERIFY(QTest::qWaitForWindowExposed(tile.get()));
        QSignalSpy spy(tile.get(), &EntityTile::switchRequested);
        auto *toggle = static_cast<SwitchTile *>(tile.get())->toggleSwitch();
        if (key == 0)
            QTest::mouseClick(toggle, Qt::LeftButton);
        else
            QTest::keyClick(tile.get(), Qt::Key(key));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<devices::EntityRef>(), tile->ref());
        QCOMPARE(spy.at(0).at(1).toBool(), !reportedOn);
        // The toggle does not flip on its own: it waits for the device.
        QCOMPARE(toggle->isOn(), reportedOn);
    }

    void pressingWhilePendingReversesTheTarget()
    {
        auto s = state(false);
        s.command = devices::CommandState::Pending;
        s.commandTarget = true;
        auto tile = makeTile(entity(devices::EntityKind::Switch), s);
        QSignalSpy spy(tile.get(), &EntityTile::switchRequested);
        QTest::keyClick(tile.get(), Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), false);
    }

    void readOnlySwitchTakesNoCommand()
    {
        auto e = entity(devices::EntityKind::Switch);
        e.commandTopic.clear();
        auto tile = makeTile(e, state(true));
        QSignalSpy spy(tile.get(), &EntityTile::switchRequested);
        QTest::keyClick(tile.get(), Qt::Key_Space);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!static_cast<SwitchTile *>(tile.get())->toggleSwitch()->isEnabled());
    }

    void lightKeysChangeBrightnessAfterAPause_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("sent");
        QTest::newRow("Right adds 5 %") << QList<int>{Qt::Key_Right} << 50 << 55;
        QTest::newRow("Left takes 5 %") << QList<int>{Qt::Key_Left} << 50 << 45;
        QTest::newRow("PageUp adds 25 %") << QList<int>{Qt::Key_PageUp} << 50 << 75;
        QTest::newRow("PageDown takes 25 %") << QList<int>{Qt::Key_PageDown} << 50 << 25;
        QTest::newRow("a burst is one command")
            << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right} << 50 << 65;
        QTest::newRow("stops at full") << QList<int>{Qt::Key_PageUp} << 90 << 100;
        QTest::newRow("stops at zero") << QList<int>{Qt::Key_PageDown} << 10 << 0;
    }
    void lightKeysChangeBrightnessAfterAPause()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, start);
        QFETCH(int, sent);
        auto s = state(true);
        s.brightness = start;
        auto tile = makeTile(entity(devices::EntityKind::Light), s);
        auto *light = static_cast<LightTile *>(tile.get());
        light->setDebounceMs(30);
        QSignalSpy spy(tile.get(), &EntityTile::brightnessRequested);
        for (int key : keys)
            QTest::keyClick(tile.get(), Qt::Key(key));
        QCOMPARE(spy.count(), 0); // not before the pause
        QCOMPARE(tile->valueText(), QStringLiteral("%1 %").arg(sent));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), sent);
        // A late report of the old level does not yank the slider back.
        tile->setState(s);
        QCOMPARE(light->slider()->value(), sent);
        s.brightness = sent;
        tile->setState(s);
        QCOMPARE(tile->valueText(), QStringLiteral("%1 %").arg(sent));
    }

    void lightValueIsAPercentOfItsMaximum_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("value");
        QTest::newRow("60 of 100") << 100 << 60 << true << u"60 %"_s;
        QTest::newRow("153 of 255") << 255 << 153 << true << u"60 %"_s;
        QTest::newRow("off says Off") << 100 << 60 << false << u"Off"_s;
        QTest::newRow("full") << 254 << 254 << true << u"100 %"_s;
    }
    void lightValueIsAPercentOfItsMaximum()
    {
        QFETCH(int, maximum);
        QFETCH(int, level);
        QFETCH(bool, on);
        QFETCH(QString, value);
        auto e = entity(devices::EntityKind::Light);
        e.brightnessMax = maximum;
        auto s = state(on);
        s.brightness = level;
        auto tile = makeTile(e, s);
        QCOMPARE(tile->valueText(), value);
        QCOMPARE(static_cast<LightTile *>(tile.get())->slider()->maximum(), maximum);
    }

    void lightStatusSaysBrightnessWhenAlreadyOn_data()
    {
        QTest::addColumn<bool>("reportedOn");
        QTest::addColumn<QString>("status");
        QTest::newRow("on: a level is being set") << true << u"Setting brightness…"_s;
        QTest::newRow("off: it is turning on") << false << u"Turning on…"_s;
    }
    void lightStatusSaysBrightnessWhenAlreadyOn()
    {
        QFETCH(bool, reportedOn);
        QFETCH(QString, status);
        auto s = state(reportedOn);
        s.brightness = 40;
        s.command = devices::CommandState::Pending;
        s.commandTarget = true;
        auto tile = makeTile(entity(devices::EntityKind::Light), s);
        QCOMPARE(tile->statusText(), status);
    }

    void lightSliderSendsOnRelease()
    {
        auto s = state(true);
        s.brightness = 20;
        auto tile = makeTile(entity(devices::EntityKind::Light), s);
        tile->show();
        QVERIFY(QTest::qWaitForWindowExposed(tile.get()));
        auto *slider = static_cast<LightTile *>(tile.get())->slider();
        QSignalSpy spy(tile.get(), &EntityTile::brightnessRequested);
        slider->setSliderDown(true);
        slider->setSliderPosition(70);
        slider->setSliderPosition(80);
        QCOMPARE(spy.count(), 0); // nothing while dragging
        QCOMPARE(tile->valueText(), QStringLiteral("80 %"));
        slider->setSliderDown(false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 80);
    }

    void sensorValueAndBinaryWords_data()
    {
        QTest::addColumn<devices::EntityKind>("kind");
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("reported"); // sensor: the reading; binary: "1"/"0"
        QTest::addColumn<QString>("value");
        using K = devices::EntityKind;
        QTest::newRow("temperature") << K::Sensor << u"temperature"_s << u"°C"_s << u"21.4"_s << u"21.4 °C"_s;
        QTest::newRow("power") << K::Sensor << u"power"_s << u"W"_s << u"1500"_s << u"1,500 W"_s;
        QTest::newRow("text reading")
            << K::Sensor << u"battery"_s << u"%"_s << u"charging"_s << u"charging"_s;
        QTest::newRow("no reading yet") << K::Sensor << u"humidity"_s << u"%"_s << QString() << u"\u2014"_s;
        QTest::newRow("motion detected")
            << K::BinarySensor << u"motion"_s << QString() << u"1"_s << u"Detected"_s;
        QTest::newRow("motion clear") << K::BinarySensor << u"motion"_s << QString() << u"0"_s << u"Clear"_s;
        QTest::newRow("door open") << K::BinarySensor << u"door"_s << QString() << u"1"_s << u"Open"_s;
        QTest::newRow("contact closed")
            << K::BinarySensor << u"contact"_s << QString() << u"0"_s << u"Closed"_s;
        QTest::newRow("plain binary on") << K::BinarySensor << QString() << QString() << u"1"_s << u"On"_s;
    }
    void sensorValueAndBinaryWords()
    {
        QFETCH(devices::EntityKind, kind);
        QFETCH(QString, deviceClass);
        QFETCH(QString, unit);
        QFETCH(QString, reported);
        QFETCH(QString, value);
        auto e = entity(kind, deviceClass, QStringLiteral("Reading"));
        e.unit = unit;
        devices::EntityState s;
        if (kind == devices::EntityKind::Sensor) {
            s = reading(reported);
        } else {
            s = state(reported == QLatin1String("1"));
        }
        auto tile = makeTile(e, s);
        QCOMPARE(tile->valueText(), value);
        if (value != QStringLiteral("\u2014"))
            QCOMPARE(tile->statusText(), value + QStringLiteral(" · updated 2 minutes ago"));
    }

    void dragStartsBeyondTheDragDistance()
    {
        auto tile =
            makeTile(entity(devices::EntityKind::Sensor, QStringLiteral("temperature")), reading(u"21"_s));
        tile->show();
        QVERIFY(QTest::qWaitForWindowExposed(tile.get()));
        QSignalSpy spy(tile.get(), &EntityTile::dragRequested);
        const QPoint start(20, 12);
        const int distance = QApplication::startDragDistance();
        QTest::mousePress(tile.get(), Qt::LeftButton, {}, start);
        QMouseEvent small(QEvent::MouseMove, start + QPoint(distance / 2, 0), tile->mapToGlobal(start),
                          Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(tile.get(), &small);
        QCOMPARE(spy.count(), 0);
        const QPoint far = start + QPoint(distance + 2, 0);
        QMouseEvent big(QEvent::MouseMove, far, tile->mapToGlobal(far), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(tile.get(), &big);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<EntityTile *>(), tile.get());
        QTest::mouseRelease(tile.get(), Qt::LeftButton, {}, far);
    }

    void contextMenuRequests_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("right click: at the mouse") << false;
        QTest::newRow("Menu key: at the tile") << true;
    }
    void contextMenuRequests()
    {
        QFETCH(bool, keyboard);
        auto tile = makeTile(entity(devices::EntityKind::Switch), state(true));
        QSignalSpy spy(tile.get(), &EntityTile::menuRequested);
        const QPoint local(30, 40);
        const QPoint global = tile->mapToGlobal(local);
        QContextMenuEvent event(keyboard ? QContextMenuEvent::Keyboard : QContextMenuEvent::Mouse, local,
                                global);
        QCoreApplication::sendEvent(tile.get(), &event);
        QCOMPARE(spy.count(), 1);
        const QPoint expected = keyboard ? tile->mapToGlobal(tile->rect().center()) : global;
        QCOMPARE(spy.at(0).at(1).toPoint(), expected);
    }

    void tileSizeFollowsTheFont()
    {
        const QSize normal = EntityTile::tileSize();
        // About 200 x 120 at 96 dpi with the default font: 4-5 in a row on 1366 px.
        QVERIFY2(normal.width() >= 170 && normal.width() <= 240, qPrintable(QString::number(normal.width())));
        QVERIFY2(normal.height() >= 100 && normal.height() <= 150,
                 qPrintable(QString::number(normal.height())));
        const QFont original = QApplication::font();
        QFont large = original;
        large.setPointSizeF(original.pointSizeF() * 1.5);
        QApplication::setFont(large);
        const QSize grown = EntityTile::tileSize();
        QApplication::setFont(original);
        QVERIFY(grown.width() > normal.width());
        QVERIFY(grown.height() > normal.height());
    }
};

QTEST_MAIN(TestEntityTile)
#include "tst_entitytile.moc"
