// BrokerStore: the embedded broker's durable state in SQLite.
//
// Retained messages and persistent sessions (subscriptions, queued and
// inflight QoS 1/2 messages, incoming QoS 2 identifiers) survive a restart.
// The store lives on its own thread with its own connection. The broker
// thread hands it batches of events (StoreEvent); it applies them with
// statements prepared once, inside one transaction that is committed on a
// timer (Durability::Fast) or at every batch barrier (Durability::Durable,
// group commit: one fsync covers every message of the batch, and the broker
// holds the batch's acknowledgements until commitDone(ticket) arrives).
#pragma once

#include "broker/brokerconfig.h"
#include "broker/brokerobserver.h"
#include "broker/retainedstore.h"
#include "common/mailbox.h"
#include "database.h"
#include "storeevent.h"

#include <QObject>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace homewire::store {

struct BrokerState
{
    QList<broker::RetainedMessage> retained;
    QList<broker::StoredSession> sessions;
};

class BrokerStore : public QObject
{
    Q_OBJECT

public:
    BrokerStore(QString path, broker::Durability durability);
    ~BrokerStore() override;

    // On the store's thread.
    Result<void, StoreError> open();
    Result<BrokerState, StoreError> load();
    void drain();
    void flush(); // commits what is pending

    Mailbox<StoreEvent> &inbox() { return m_inbox; }
    void wake(); // thread-safe
    // Called on the store's thread after each commit with the last barrier ticket seen.
    void setCommitCallback(std::function<void(quint64)> callback) { m_onCommit = std::move(callback); }

    qint64 eventsApplied() const { return m_eventsApplied; }
    qint64 failures() const { return m_failures; }

private:
    bool apply(const StoreEvent &event);
    bool begin();
    bool rewriteUncommitted();
    void prepareStatements();
    void reportFailure(const QString &what, const QSqlQuery &query);

    QString m_path;
    broker::Durability m_durability;
    std::unique_ptr<Database> m_db;
    Mailbox<StoreEvent> m_inbox;
    std::atomic<bool> m_wakePending{false};
    std::vector<StoreEvent> m_events;
    std::function<void(quint64)> m_onCommit;
    QTimer *m_commitTimer = nullptr;
    bool m_inTransaction = false;
    bool m_transactionFailed = false;
    std::vector<StoreEvent> m_uncommitted; // applied in the open transaction, kept until it commits
    quint64 m_lastTicket = 0;
    quint64 m_reportedTicket = 0;
    qint64 m_eventsApplied = 0;
    qint64 m_failures = 0;

    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace homewire::store
