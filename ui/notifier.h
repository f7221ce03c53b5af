// Notifier: decides which events deserve a desktop notification and words
// them: a device that was online going offline, and the embedded broker
// failing to start (a port in use, a damaged database). Each kind can be
// turned off (QSettings "notify/deviceOffline", "notify/brokerFailed"; both
// on by default).
//
// It only emits notificationRequested; TrayIcon shows it as the platform's
// native notification. Offline transitions that arrive in one batch become
// one notification per device, not one per entity.
#pragma once

#include "devices/entitystate.h"

#include <QHash>
#include <QObject>

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::ui {

class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(const devices::DeviceRegistry *registry, QObject *parent = nullptr);

    bool deviceOfflineEnabled() const;
    void setDeviceOfflineEnabled(bool enabled);
    bool brokerFailedEnabled() const;
    void setBrokerFailedEnabled(bool enabled);

    // From DeviceService::statesChanged.
    void onStatesChanged(const QList<homewire::devices::EntityState> &states);
    // From BrokerServer::startFinished (empty: started).
    void onBrokerStartFinished(const QString &error);

signals:
    void notificationRequested(const QString &title, const QString &text);

private:
    const devices::DeviceRegistry *m_registry;
    QHash<devices::EntityRef, devices::Availability> m_availability;
};

} // namespace homewire::ui
