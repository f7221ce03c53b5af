#include "notifier.h"

#include "devices/deviceregistry.h"

#include <QSettings>
#include <QStringList>

namespace homewire::ui {

namespace {

const QString DeviceOfflineKey = QStringLiteral("notify/deviceOffline");
const QString BrokerFailedKey = QStringLiteral("notify/brokerFailed");

} // namespace

Notifier::Notifier(const devices::DeviceRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{}

bool Notifier::deviceOfflineEnabled() const
{
    return QSettings().value(DeviceOfflineKey, true).toBool();
}

void Notifier::setDeviceOfflineEnabled(bool enabled)
{
    QSettings().setValue(DeviceOfflineKey, enabled);
}

bool Notifier::brokerFailedEnabled() const
{
    return QSettings().value(BrokerFailedKey, true).toBool();
}

void Notifier::setBrokerFailedEnabled(bool enabled)
{
    QSettings().setValue(BrokerFailedKey, enabled);
}

void Notifier::onStatesChanged(const QList<devices::EntityState> &states)
{
    // Only a device seen online that then goes offline is news; the first
    // report after a start (Unknown -> Offline) is not.
    QStringList wentOffline; // device ids, in the order first seen
    for (const devices::EntityState &state : states) {
        const devices::Availability before = m_availability.value(state.ref, devices::Availability::Unknown);
        m_availability.insert(state.ref, state.availability);
        if (before == devices::Availability::Online && state.availability == devices::Availability::Offline &&
            !wentOffline.contains(state.ref.deviceId))
            wentOffline.append(state.ref.deviceId);
    }
    if (!deviceOfflineEnabled())
        return;
    for (const QString &id : std::as_const(wentOffline)) {
        const store::StoredDevice *stored = m_registry ? m_registry->device(id) : nullptr;
        const QString name = stored && !stored->device.name.isEmpty() ? stored->device.name : id;
        emit notificationRequested(
            tr("%1 is offline").arg(name),
            tr("%1 stopped answering; its tiles show the last state it reported.").arg(name));
    }
}

void Notifier::onBrokerStartFinished(const QString &error)
{
    if (error.isEmpty() || !brokerFailedEnabled())
        return;
    emit notificationRequested(tr("The embedded broker did not start"), error);
}

} // namespace homewire::ui
