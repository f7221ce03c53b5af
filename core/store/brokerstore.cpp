#include "brokerstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimer>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

using namespace broker;

namespace {

constexpr int FastCommitIntervalMs = 100;
constexpr int RetryIntervalMs = 1000;

// Version 1: retained messages and persistent sessions.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {QStringLiteral(
              "CREATE TABLE retained (topic BLOB PRIMARY KEY, payload BLOB NOT NULL, qos INTEGER NOT NULL, "
              "properties BLOB, stored_at INTEGER NOT NULL) WITHOUT ROWID"),
          QStringLiteral(
              "CREATE TABLE sessions (client_id BLOB PRIMARY KEY, stored_at INTEGER NOT NULL) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE subscriptions (client_id BLOB NOT NULL, filter BLOB NOT NULL, options "
                         "BLOB NOT NULL, "
                         "PRIMARY KEY (client_id, filter)) WITHOUT ROWID"),
          QStringLiteral(
              "CREATE TABLE messages (client_id BLOB NOT NULL, sequence INTEGER NOT NULL, topic BLOB NOT "
              "NULL, "
              "payload BLOB NOT NULL, qos INTEGER NOT NULL, retain INTEGER NOT NULL, properties BLOB, "
              "packet_id INTEGER NOT NULL, state INTEGER NOT NULL, PRIMARY KEY (client_id, sequence)) "
              "WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE incoming_qos2 (client_id BLOB NOT NULL, packet_id INTEGER NOT NULL, "
                         "PRIMARY KEY (client_id, packet_id)) WITHOUT ROWID")}},
    };
    return list;
}

QByteArray serializeProperties(const mqtt::Properties &properties)
{
    if (properties.isEmpty())
        return QByteArray("");
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(properties.size());
    for (const mqtt::Property &p : properties.items())
        out << quint8(p.id) << p.integer << p.string << p.pairValue;
    return bytes;
}

mqtt::Properties deserializeProperties(const QByteArray &bytes)
{
    mqtt::Properties properties;
    if (bytes.isEmpty())
        return properties;
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint8 id = 0;
        mqtt::Property p;
        in >> id >> p.integer >> p.string >> p.pairValue;
        p.id = mqtt::PropertyId(id);
        properties.append(std::move(p));
    }
    return properties;
}

QByteArray serializeOptions(const SubscriptionOptions &o)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint8(o.qos) << o.noLocal << o.retainAsPublished << quint8(o.retainHandling)
        << o.subscriptionIdentifier;
    return bytes;
}

SubscriptionOptions deserializeOptions(const QByteArray &bytes)
{
    SubscriptionOptions o;
    QDataStream in(bytes);
    quint8 qos = 0, handling = 0;
    in >> qos >> o.noLocal >> o.retainAsPublished >> handling >> o.subscriptionIdentifier;
    o.qos = mqtt::QoS(qMin<quint8>(qos, 2));
    o.retainHandling = mqtt::RetainHandling(qMin<quint8>(handling, 2));
    return o;
}

} // namespace

struct BrokerStore::Statements
{
    explicit Statements(QSqlDatabase &db)
        : upsertRetained(db)
        , deleteRetained(db)
        , upsertSession(db)
        , deleteSession{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)}
        , upsertSubscription(db)
        , deleteSubscription(db)
        , insertMessage(db)
        , updateMessage(db)
        , deleteMessage(db)
        , insertQos2(db)
        , deleteQos2(db)
    {}
    QSqlQuery upsertRetained, deleteRetained, upsertSession;
    QSqlQuery deleteSession[4];
    QSqlQuery upsertSubscription, deleteSubscription, insertMessage, updateMessage, deleteMessage, insertQos2,
        deleteQos2;
};

BrokerStore::BrokerStore(QString path, Durability durability)
    : m_path(std::move(path))
    , m_durability(durability)
{}

BrokerStore::~BrokerStore()
{
    m_onCommit = nullptr; // whoever waited for commits is gone by now
    if (m_db)
        flush();
    m_statements.reset();
}

Result<void, StoreError> BrokerStore::open()
{
    const auto sync = m_durability == Durability::Durable ? Synchronous::Full : Synchronous::Normal;
    auto db = Database::open(m_path, migrations(), sync);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    prepareStatements();
    m_commitTimer = new QTimer(this);
    m_commitTimer->setInterval(FastCommitIntervalMs);
    m_commitTimer->setSingleShot(true);
    connect(m_commitTimer, &QTimer::timeout, this, &BrokerStore::flush);
    return {};
}

void BrokerStore::prepareStatements()
{
    m_statements = std::make_unique<Statements>(m_db->sql());
    Statements &s = *m_statements;
    s.upsertRetained.prepare(
        QStringLiteral("INSERT OR REPLACE INTO retained (topic, payload, qos, properties, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    s.deleteRetained.prepare(QStringLiteral("DELETE FROM retained WHERE topic = ?"));
    s.upsertSession.prepare(
        QStringLiteral("INSERT OR IGNORE INTO sessions (client_id, stored_at) VALUES (?, ?)"));
    s.deleteSession[0].prepare(QStringLiteral("DELETE FROM sessions WHERE client_id = ?"));
    s.deleteSession[1].prepare(QStringLiteral("DELETE FROM subscriptions WHERE client_id = ?"));
    s.deleteSession[2].prepare(QStringLiteral("DELETE FROM messages WHERE client_id = ?"));
    s.deleteSession[3].prepare(QStringLiteral("DELETE FROM incoming_qos2 WHERE client_id = ?"));
    s.upsertSubscription.prepare(
        QStringLiteral("INSERT OR REPLACE INTO subscriptions (client_id, filter, options) "
                       "VALUES (?, ?, ?)"));
    s.deleteSubscription.prepare(
        QStringLiteral("DELETE FROM subscriptions WHERE client_id = ? AND filter = ?"));
    s.insertMessage.prepare(
        QStringLiteral("INSERT OR REPLACE INTO messages (client_id, sequence, topic, payload, qos, "
                       "retain, properties, packet_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.updateMessage.prepare(
        QStringLiteral("UPDATE messages SET packet_id = ?, state = ? WHERE client_id = ? AND sequence = ?"));
    s.deleteMessage.prepare(QStringLiteral("DELETE FROM messages WHERE client_id = ? AND sequence = ?"));
    s.insertQos2.prepare(
        QStringLiteral("INSERT OR IGNORE INTO incoming_qos2 (client_id, packet_id) VALUES (?, ?)"));
    s.deleteQos2.prepare(QStringLiteral("DELETE FROM incoming_qos2 WHERE client_id = ? AND packet_id = ?"));
}

Result<BrokerState, StoreError> BrokerStore::load()
{
    BrokerState state;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT topic, payload, qos, properties, stored_at FROM retained")))
        return makeError(StoreError::QueryFailed, q.lastError().text());
    while (q.next()) {
        RetainedMessage r;
        r.message.topic = q.value(0).toByteArray();
        r.message.payload = q.value(1).toByteArray();
        r.message.qos = mqtt::QoS(qBound(0, q.value(2).toInt(), 2));
        r.message.retain = true;
        r.message.properties = deserializeProperties(q.value(3).toByteArray());
        r.storedAtMs = q.value(4).toLongLong();
        state.retained.append(std::move(r));
    }
    QHash<QByteArray, qsizetype> index;
    if (!q.exec(QStringLiteral("SELECT client_id FROM sessions ORDER BY client_id")))
        return makeError(StoreError::QueryFailed, q.lastError().text());
    while (q.next()) {
        StoredSession s;
        s.clientId = q.value(0).toByteArray();
        index.insert(s.clientId, state.sessions.size());
        state.sessions.append(std::move(s));
    }
    auto sessionFor = [&](const QByteArray &id) -> StoredSession * {
        const qsizetype i = index.value(id, -1);
        return i < 0 ? nullptr : &state.sessions[i];
    };
    if (!q.exec(QStringLiteral("SELECT client_id, filter, options FROM subscriptions")))
        return makeError(StoreError::QueryFailed, q.lastError().text());
    while (q.next()) {
        if (StoredSession *s = sessionFor(q.value(0).toByteArray()))
            s->subscriptions.append({q.value(1).toByteArray(), deserializeOptions(q.value(2).toByteArray())});
    }
    if (!q.exec(QStringLiteral(
            "SELECT client_id, sequence, topic, payload, qos, retain, properties, packet_id, state "
            "FROM messages ORDER BY client_id, sequence")))
        return makeError(StoreError::QueryFailed, q.lastError().text());
    while (q.next()) {
        StoredSession *s = sessionFor(q.value(0).toByteArray());
        if (!s)
            continue;
        StoredSession::StoredMessage m;
        m.sequence = q.value(1).toULongLong();
        m.message.topic = q.value(2).toByteArray();
        m.message.payload = q.value(3).toByteArray();
        m.message.qos = mqtt::QoS(qBound(1, q.value(4).toInt(), 2));
        m.message.retain = q.value(5).toBool();
        m.message.properties = deserializeProperties(q.value(6).toByteArray());
        m.packetId = quint16(q.value(7).toUInt());
        m.state = InflightMessage::State(qBound(0, q.value(8).toInt(), 2));
        s->messages.append(std::move(m));
    }
    if (!q.exec(QStringLiteral("SELECT client_id, packet_id FROM incoming_qos2")))
        return makeError(StoreError::QueryFailed, q.lastError().text());
    while (q.next()) {
        if (StoredSession *s = sessionFor(q.value(0).toByteArray()))
            s->incomingQos2.append(quint16(q.value(1).toUInt()));
    }
    return state;
}

void BrokerStore::wake()
{
    if (!m_wakePending.exchange(true))
        QMetaObject::invokeMethod(this, &BrokerStore::drain, Qt::QueuedConnection);
}

void BrokerStore::drain()
{
    m_wakePending.store(false);
    m_inbox.takeAll(m_events);
    bool barrier = false;
    for (const StoreEvent &event : m_events) {
        if (event.kind == StoreEvent::Kind::Barrier) {
            m_lastTicket = std::max(m_lastTicket, event.sequence);
            barrier = true;
            continue;
        }
        // Every event of the open transaction is kept until it commits, so a
        // failed transaction can be written again in full.
        m_uncommitted.push_back(event);
        if (!begin() || !apply(event))
            m_transactionFailed = true;
        ++m_eventsApplied;
    }
    m_events.clear();
    if (barrier && m_durability == Durability::Durable)
        flush(); // group commit: one transaction for the whole batch
    else if (!m_uncommitted.empty() && !m_commitTimer->isActive())
        m_commitTimer->start();
}

bool BrokerStore::begin()
{
    if (m_inTransaction)
        return true;
    m_inTransaction = m_db->sql().transaction();
    if (!m_inTransaction)
        qCCritical(lcStore).noquote()
            << "cannot begin a transaction on" << m_path << ":" << m_db->sql().lastError().text();
    return m_inTransaction;
}

void BrokerStore::flush()
{
    if (!m_uncommitted.empty()) {
        bool ok = !m_transactionFailed && m_inTransaction && m_db->sql().commit();
        if (!ok) {
            // A statement or the commit failed (disk full, I/O error, busy):
            // SQLite may have rolled back part or all of it. Start again
            // from the events themselves, in one transaction.
            m_db->sql().rollback();
            m_inTransaction = false;
            ok = rewriteUncommitted();
        }
        m_inTransaction = false;
        if (!ok) {
            // Nothing is reported as committed, so durable mode keeps holding
            // the acknowledgements; try again shortly.
            ++m_failures;
            m_transactionFailed = true;
            qCCritical(lcStore).noquote() << "cannot write" << m_uncommitted.size() << "changes to" << m_path
                                          << ":" << m_db->sql().lastError().text() << "; retrying";
            QTimer::singleShot(RetryIntervalMs, this, &BrokerStore::flush);
            return;
        }
        m_uncommitted.clear();
        m_transactionFailed = false;
    }
    if (m_onCommit && m_lastTicket > m_reportedTicket) {
        m_reportedTicket = m_lastTicket;
        m_onCommit(m_lastTicket);
    }
}

bool BrokerStore::rewriteUncommitted()
{
    if (!m_db->sql().transaction())
        return false;
    for (const StoreEvent &event : m_uncommitted) {
        if (!apply(event)) {
            m_db->sql().rollback();
            return false;
        }
    }
    if (m_db->sql().commit())
        return true;
    m_db->sql().rollback();
    return false;
}

void BrokerStore::reportFailure(const QString &what, const QSqlQuery &query)
{
    qCCritical(lcStore).noquote() << what << "failed:" << query.lastError().text();
}

bool BrokerStore::apply(const StoreEvent &e)
{
    Statements &s = *m_statements;
    auto run = [this](QSqlQuery &q, const QVariantList &values, const char *what) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            reportFailure(QLatin1String(what), q);
            return false;
        }
        return true;
    };
    switch (e.kind) {
    case StoreEvent::Kind::RetainedChanged:
        if (e.message.payload.isEmpty())
            return run(s.deleteRetained, {e.message.topic}, "deleting a retained message");
        return run(s.upsertRetained,
                   {e.message.topic, e.message.payload, int(e.message.qos),
                    serializeProperties(e.message.properties), e.timeMs},
                   "storing a retained message");
    case StoreEvent::Kind::SessionStored:
        return run(s.upsertSession, {e.clientId, e.timeMs}, "storing a session");
    case StoreEvent::Kind::SessionDeleted: {
        bool ok = true;
        for (QSqlQuery &q : s.deleteSession)
            ok = run(q, {e.clientId}, "deleting a session") && ok;
        return ok;
    }
    case StoreEvent::Kind::SubscriptionStored:
        return run(s.upsertSubscription, {e.clientId, e.key, serializeOptions(e.options)},
                   "storing a subscription");
    case StoreEvent::Kind::SubscriptionDeleted:
        return run(s.deleteSubscription, {e.clientId, e.key}, "deleting a subscription");
    case StoreEvent::Kind::MessageStored:
        return run(s.insertMessage,
                   {e.clientId, qint64(e.sequence), e.message.topic, e.message.payload, int(e.message.qos),
                    e.message.retain, serializeProperties(e.message.properties), int(e.packetId),
                    int(e.state)},
                   "storing a message");
    case StoreEvent::Kind::MessageStateChanged:
        return run(s.updateMessage, {int(e.packetId), int(e.state), e.clientId, qint64(e.sequence)},
                   "updating a message");
    case StoreEvent::Kind::MessageDeleted:
        return run(s.deleteMessage, {e.clientId, qint64(e.sequence)}, "deleting a message");
    case StoreEvent::Kind::IncomingQos2Stored:
        return run(s.insertQos2, {e.clientId, int(e.packetId)}, "storing a QoS 2 identifier");
    case StoreEvent::Kind::IncomingQos2Deleted:
        return run(s.deleteQos2, {e.clientId, int(e.packetId)}, "deleting a QoS 2 identifier");
    case StoreEvent::Kind::Barrier:
        break;
    }
    return true;
}

} // namespace homewire::store
