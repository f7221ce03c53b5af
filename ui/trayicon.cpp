#include "trayicon.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace homewire::ui {

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(new QMenu)
{
    // Entries that explain why they are disabled (offline, not connected) say so in a tooltip.
    m_menu->setToolTipsVisible(true);
    m_status = m_menu->addAction(tr("Embedded broker stopped"));
    m_status->setObjectName(QStringLiteral("trayBrokerStatus"));
    m_status->setEnabled(false); // a line of information, not a command
    m_broker = m_menu->addAction(tr("Start broker"));
    m_broker->setObjectName(QStringLiteral("trayBrokerToggle"));
    connect(m_broker, &QAction::triggered, this,
            [this] { m_brokerRunning ? emit stopBrokerRequested() : emit startBrokerRequested(); });
    m_menu->addSeparator();
    m_windowAction = m_menu->addAction(QString());
    m_windowAction->setObjectName(QStringLiteral("trayWindowToggle"));
    connect(m_windowAction, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_quitSeparator = m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Homewire"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_window->installEventFilter(this);
    updateWindowAction();
}

TrayIcon::~TrayIcon()
{
    m_window->removeEventFilter(this);
    delete m_icon;
    delete m_menu;
}

bool TrayIcon::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon());
        m_icon->setContextMenu(m_menu);
        m_icon->setToolTip(QApplication::applicationDisplayName());
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleWindow();
        });
    }
    m_icon->show();
    return true;
}

void TrayIcon::setBrokerState(bool running, const QString &detail)
{
    m_brokerRunning = running;
    m_status->setText(detail);
    m_broker->setText(running ? tr("Stop broker") : tr("Start broker"));
    if (m_icon)
        m_icon->setToolTip(QApplication::applicationDisplayName() + QLatin1String(" — ") + detail);
}

bool TrayIcon::showNotification(const QString &title, const QString &text)
{
    if (!m_icon || !m_icon->isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_icon->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    return true;
}

void TrayIcon::showWindowAtStart(bool minimized)
{
    if (!minimized)
        m_window->show();
    else if (!m_icon || !m_icon->isVisible())
        m_window->showMinimized();
    updateWindowAction();
}

void TrayIcon::addOption(QAction *action)
{
    m_menu->insertAction(m_quitSeparator, action);
}

void TrayIcon::insertAboveBroker(QAction *action)
{
    m_menu->insertAction(m_status, action);
}

void TrayIcon::toggleWindow()
{
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    if (shown)
        m_window->hide();
    else
        showWindow();
    updateWindowAction();
}

void TrayIcon::showWindow()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::updateWindowAction()
{
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    m_windowAction->setText(shown ? tr("Hide window") : tr("Show window"));
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide ||
                                event->type() == QEvent::WindowStateChange))
        updateWindowAction();
    return QObject::eventFilter(watched, event);
}

} // namespace homewire::ui
