// TrayIcon: Homewire in the system tray (notification area): whether the
// embedded broker runs, Start/Stop for it, Show/Hide for the window and Quit,
// one click away while the window is hidden or minimized.
//
// The menu exists whether or not the platform has a tray, so it can be
// tested and reused; the icon is shown only where a tray is available.
//
// Other parts put their own entries in: options above Quit (addOption), a
// section above the broker's lines (insertAboveBroker, e.g. the favourite
// lamps of TrayFavouritesMenu).
//
// Not here: the broker (BrokerPage starts and stops it), the window.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace homewire::ui {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Shows the icon when the platform has a tray; false otherwise.
    bool showIfAvailable();
    QMenu *menu() const { return m_menu; }

    // What the broker is doing, for the status line and the Start/Stop entry.
    void setBrokerState(bool running, const QString &detail);
    // Un-minimizes, shows, raises and activates the window.
    void showWindow();
    // Shows the window as the program starts: normally, or with `minimized`
    // hidden in the tray when the tray is shown, minimized otherwise (so it
    // can always be found again).
    void showWindowAtStart(bool minimized);
    // A native notification, where the tray is shown and the platform has them.
    // Returns whether it was shown.
    bool showNotification(const QString &title, const QString &text);
    // Puts a (checkable) option in the menu, above Quit.
    void addOption(QAction *action);
    // Puts an entry above the broker's status line, after the entries put
    // there before. The caller owns it; QMenu::removeAction() takes it out.
    void insertAboveBroker(QAction *action);

signals:
    void startBrokerRequested();
    void stopBrokerRequested();
    void quitRequested();

private:
    void toggleWindow();
    void updateWindowAction();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_status;
    QAction *m_broker;
    QAction *m_windowAction;
    QAction *m_quitSeparator = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    bool m_brokerRunning = false;
};

} // namespace homewire::ui
