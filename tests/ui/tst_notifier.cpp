// Which events become desktop notifications: a device seen online that goes
// offline (once per device, however many entities it has), a broker that
// did not start; each kind can be switched off.
#include "ui/notifier.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using devices::Availability;
using devices::EntityState;

namespace {

EntityState state(const QString &device, const QString &entity, Availability availability)
{
    EntityState s;
    s.ref = devices::EntityRef{device, entity};
    s.availability = availability;
    return s;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    void onlineThenOfflineIsNews()
    {
        ui::Notifier notifier(nullptr);
        QSignalSpy spy(&notifier, &ui::Notifier::notificationRequested);
        // The first report after a start is not news, whatever it says.
        notifier.onStatesChanged(
            {state(QStringLiteral("tasmota/plug"), QStringLiteral("power"), Availability::Offline)});
        QCOMPARE(spy.count(), 0);
        notifier.onStatesChanged(
            {state(QStringLiteral("tasmota/plug"), QStringLiteral("power"), Availability::Online),
             state(QStringLiteral("tasmota/plug"), QStringLiteral("energy"), Availability::Online)});
        QCOMPARE(spy.count(), 0);
        // Both entities of the device go: one notification, naming it.
        notifier.onStatesChanged(
            {state(QStringLiteral("tasmota/plug"), QStringLiteral("power"), Availability::Offline),
             state(QStringLiteral("tasmota/plug"), QStringLiteral("energy"), Availability::Offline)});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("tasmota/plug is offline"));
        // Still offline: nothing more.
        notifier.onStatesChanged(
            {state(QStringLiteral("tasmota/plug"), QStringLiteral("power"), Availability::Offline)});
        QCOMPARE(spy.count(), 1);
    }

    void switchedOff()
    {
        ui::Notifier notifier(nullptr);
        QSignalSpy spy(&notifier, &ui::Notifier::notificationRequested);
        notifier.setDeviceOfflineEnabled(false);
        notifier.setBrokerFailedEnabled(false);
        QVERIFY(!ui::Notifier(nullptr).deviceOfflineEnabled()); // kept in the settings
        notifier.onStatesChanged({state(QStringLiteral("d"), QStringLiteral("e"), Availability::Online)});
        notifier.onStatesChanged({state(QStringLiteral("d"), QStringLiteral("e"), Availability::Offline)});
        notifier.onBrokerStartFinished(QStringLiteral("port 1883 is in use"));
        QCOMPARE(spy.count(), 0);
    }

    void brokerThatDidNotStart()
    {
        ui::Notifier notifier(nullptr);
        QSignalSpy spy(&notifier, &ui::Notifier::notificationRequested);
        notifier.onBrokerStartFinished(QString()); // started: nothing to say
        QCOMPARE(spy.count(), 0);
        notifier.onBrokerStartFinished(QStringLiteral("cannot listen on 127.0.0.1 port 1883: in use"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("cannot listen on 127.0.0.1 port 1883: in use"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
