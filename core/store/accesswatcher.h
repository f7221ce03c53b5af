// AccessWatcher: keeps a running broker's users and ACL rules in step with
// <dataDir>/access.db, which other processes change (`homewire-broker user
// ...`, the desktop application).
//
// It lives on a thread its owner gives it (moveToThread, then startAndWait)
// and opens its own connection there. start() loads the policy and returns
// it at once, so the broker never runs a moment without its users; after
// that it reads the store's revision every second and, when it changed,
// loads the policy again and emits policyChanged. A failed read is logged
// once and retried; the last good policy stays in force meanwhile.
//
// Not here: writing (AccessStore), deciding who may do what (broker/access).
#pragma once

#include "accessstore.h"
#include "broker/access/accesspolicy.h"
#include "common/result.h"
#include "database.h"

#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace homewire::store {

class AccessWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 1'000;

    // `path`: the access database (AccessStore::pathIn).
    explicit AccessWatcher(QString path, QObject *parent = nullptr);
    // On its thread, or once that thread has ended: the connection closes here.
    ~AccessWatcher() override;

    // How often the revision is read; call before start().
    void setInterval(int ms) { m_intervalMs = ms; }

    // On the watcher's thread: opens the store (a damaged file is moved aside
    // and reported as StoreError::Corrupt), loads the policy and starts polling.
    Result<broker::access::AccessPolicyPtr, StoreError> start();
    // On the watcher's thread: stops polling and closes the store.
    void stop();

    // From any thread: start() or stop() on the watcher's thread, waiting for it.
    Result<broker::access::AccessPolicyPtr, StoreError> startAndWait();
    void stopAndWait();

    const QString &path() const { return m_path; }

signals:
    // A new snapshot after another connection changed the store.
    void policyChanged(homewire::broker::access::AccessPolicyPtr policy);

private:
    void poll();
    // Loads and logs the policy; remembers its revision.
    Result<broker::access::AccessPolicyPtr, AccessStoreError> load();
    void readFailed(const QString &message);

    const QString m_path;
    int m_intervalMs = DefaultIntervalMs;
    std::unique_ptr<AccessStore> m_store;
    QTimer *m_timer = nullptr;
    quint64 m_revision = 0;
    bool m_failing = false; // a failure was logged and not yet followed by a success
};

} // namespace homewire::store
