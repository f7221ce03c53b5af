// DeviceRuntime: the live side of devices, on one broker connection.
//
// It subscribes to what every convention needs to see and to the state and
// availability topics of the accepted devices, feeds messages to the
// conventions' recognizers (devicesRecognized), reads each entity's state out
// of its payloads, and publishes commands. A command to an entity with a state
// topic stays Pending until the state topic reports the target, or becomes
// TimedOut after confirmTimeoutMs(); without a state topic it is Optimistic.
// State changes are collected and emitted in batches (statesChanged) at most
// every 100 ms.
//
// The last message on each topic a convention sees is kept (within a byte
// budget, the least recently updated topics going first), so an entity
// watched or redefined later starts from it rather than waiting for the next
// change. A retained message, or one read only for availability, does not
// count as the device being seen (EntityState::lastSeenMs).
//
// A DeviceRuntime and its MqttClient live on one thread (DeviceService runs
// it on a worker thread so parsing never happens on the GUI thread). A
// recognizer that throws is logged (homewire.devices) and reported through
// recognitionFailed, and the message skipped for it; an error it reports is
// logged and reported the same way, and the devices that came with it are
// still used. Neither stops the runtime. The command lifecycle (Pending,
// Confirmed, TimedOut, Optimistic, Failed) is described in entitytracker.h.
//
// Not here: which devices are accepted and where their tiles are
// (DeviceRegistry), drawing (ui/dashboard).
#pragma once

#include "client/connectionprofile.h"
#include "common/clock.h"
#include "devices/entitystate.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <homewire/deviceconvention.h>
#include <memory>

namespace homewire::client {
class MqttClient;
}

namespace homewire::devices {

class DeviceRuntime : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the runtime; nullptr: the system clock.
    explicit DeviceRuntime(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~DeviceRuntime() override;

    static constexpr qsizetype DefaultRecentBudgetBytes = 16 * 1024 * 1024;

    // One recognizer per convention is made from each plugin. Call before start().
    void setConventions(const QList<DeviceConventionPlugin *> &conventions);
    // Connects (and keeps reconnecting) to the broker. On a broker other than
    // the last start()'s (sameBroker()), every watched entity starts afresh
    // (its definition kept) and the fresh states are emitted.
    void start(const client::ConnectionProfile &profile);
    // Disconnects; the states stay as they were.
    void stop();
    bool isConnected() const;
    // Same host (case-insensitively), port and transport (and path, for a
    // WebSocket): the same retained messages and devices.
    static bool sameBroker(const client::ConnectionProfile &a, const client::ConnectionProfile &b);

    // The devices whose entities are tracked and commanded (the accepted
    // ones). Subscribes to their state and availability topics.
    void watch(const QList<Device> &devices);
    // Emits devicesRecognized again for a device recognized on this
    // connection (the last 2,000 are kept): one the user removed comes back
    // as new without waiting for it to change. Unknown ids are ignored.
    void reannounce(const QString &deviceId);

    // Commands. Unknown entities and entities that cannot take the command
    // are ignored (with a log line).
    void setSwitch(const EntityRef &entity, bool on);
    void setBrightness(const EntityRef &entity, int level);

    int confirmTimeoutMs() const { return m_confirmTimeoutMs; }
    void setConfirmTimeoutMs(int ms) { m_confirmTimeoutMs = ms; }
    // How long a sensor's history reaches back (default one hour).
    void setHistorySpanMs(qint64 ms) { m_historySpanMs = ms; }
    // The bytes (topics and payloads) of the recent messages kept.
    void setRecentBudgetBytes(qsizetype bytes);

    std::optional<EntityState> state(const EntityRef &entity) const;

signals:
    void connectionChanged(bool connected, const QString &error);
    void devicesRecognized(const QList<homewire::devices::Device> &devices);
    void devicesWithdrawn(const QStringList &deviceIds);
    // The entities whose state changed since the last batch (whole states).
    void statesChanged(const QList<homewire::devices::EntityState> &states);
    // A convention could not read a message ("tasmota", topic, why).
    void recognitionFailed(const QString &convention, const QString &topic, const QString &error);

private:
    class Private;
    std::unique_ptr<Private> d;
    int m_confirmTimeoutMs = 5000;
    qint64 m_historySpanMs = 3'600'000;
};

} // namespace homewire::devices
