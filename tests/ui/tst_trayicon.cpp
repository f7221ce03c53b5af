// The tray menu: the broker's state and its Start/Stop entry, Show/Hide for
// the window, Quit. Offscreen there is no tray, so the icon stays hidden and
// the menu is driven directly.
#include "ui/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QWidget>
#include <QtTest>

using namespace homewire;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    static QAction *action(ui::TrayIcon &tray, const char *name)
    {
        return tray.menu()->findChild<QAction *>(QLatin1String(name));
    }

private slots:
    void iconOnlyWhereThereIsATray()
    {
        QWidget window;
        ui::TrayIcon tray(&window);
        QCOMPARE(tray.showIfAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    }

    void brokerEntryFollowsTheState()
    {
        QWidget window;
        ui::TrayIcon tray(&window);
        QSignalSpy start(&tray, &ui::TrayIcon::startBrokerRequested);
        QSignalSpy stop(&tray, &ui::TrayIcon::stopBrokerRequested);
        QAction *toggle = action(tray, "trayBrokerToggle");
        QAction *status = action(tray, "trayBrokerStatus");
        QVERIFY(toggle && status);
        QVERIFY(!status->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("Start broker"));
        toggle->trigger();
        QCOMPARE(start.count(), 1);
        QCOMPARE(stop.count(), 0);

        tray.setBrokerState(true, QStringLiteral("Embedded broker running on port 1883"));
        QCOMPARE(status->text(), QStringLiteral("Embedded broker running on port 1883"));
        QCOMPARE(toggle->text(), QStringLiteral("Stop broker"));
        toggle->trigger();
        QCOMPARE(stop.count(), 1);
        QCOMPARE(start.count(), 1);
    }

    void windowEntryShowsAndHides()
    {
        QWidget window;
        ui::TrayIcon tray(&window);
        QAction *toggle = action(tray, "trayWindowToggle");
        QVERIFY(toggle);
        QCOMPARE(toggle->text(), QStringLiteral("Show window"));
        toggle->trigger();
        QVERIFY(window.isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Hide window"));
        toggle->trigger();
        QVERIFY(!window.isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Show window"));
        // Shown some other way (a second launch, the taskbar): the entry follows.
        window.show();
        QTRY_COMPARE(toggle->text(), QStringLiteral("Hide window"));
    }

    void entriesAboveTheBroker()
    {
        QWidget window;
        ui::TrayIcon tray(&window);
        QAction first(QStringLiteral("First"));
        QAction second(QStringLiteral("Second"));
        tray.insertAboveBroker(&first);
        tray.insertAboveBroker(&second);
        const QList<QAction *> actions = tray.menu()->actions();
        QCOMPARE(actions.indexOf(&first), 0);
        QCOMPARE(actions.indexOf(&second), 1);
        QCOMPARE(actions.at(2), action(tray, "trayBrokerStatus"));
        tray.menu()->removeAction(&first);
        QCOMPARE(tray.menu()->actions().constFirst(), &second);
    }

    void quitAsks()
    {
        QWidget window;
        ui::TrayIcon tray(&window);
        QSignalSpy quit(&tray, &ui::TrayIcon::quitRequested);
        action(tray, "trayQuit")->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
