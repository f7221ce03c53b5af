#include "profilestore.h"

#include "mqtt/topic.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

using client::ConnectionProfile;
using client::DefaultSubscription;
using client::Transport;

namespace {

const QString EmbeddedHost = QStringLiteral("127.0.0.1");

// Forward only: a released version's statements never change; a new schema
// is a new version appended here (tests/core/store/tst_profilestore.cpp
// keeps a copy of every older schema and opens it).
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        // Version 1: profiles and their default subscriptions, in order.
        {1,
         {QStringLiteral("CREATE TABLE profiles ("
                         "id INTEGER PRIMARY KEY AUTOINCREMENT, " // ids are never reused
                         "name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                         "secret_key TEXT NOT NULL UNIQUE, "
                         "built_in INTEGER NOT NULL DEFAULT 0, "
                         "host TEXT NOT NULL, port INTEGER NOT NULL, transport TEXT NOT NULL, "
                         "websocket_path TEXT NOT NULL, protocol_version INTEGER NOT NULL, "
                         "client_id TEXT NOT NULL, username TEXT NOT NULL, "
                         "clean_session INTEGER NOT NULL, keep_alive INTEGER NOT NULL, "
                         "ca_file TEXT NOT NULL, certificate_file TEXT NOT NULL, key_file TEXT NOT NULL, "
                         "skip_verify INTEGER NOT NULL)"),
          QStringLiteral(
              "CREATE UNIQUE INDEX profiles_one_built_in ON profiles (built_in) WHERE built_in = 1"),
          QStringLiteral("CREATE TABLE profile_subscriptions ("
                         "profile_id INTEGER NOT NULL, position INTEGER NOT NULL, "
                         "filter TEXT NOT NULL, qos INTEGER NOT NULL, "
                         "PRIMARY KEY (profile_id, position)) WITHOUT ROWID")}},
        // Version 2: the tabs open at quit, restored at the next start.
        {2, {QStringLiteral("ALTER TABLE profiles ADD COLUMN open_position INTEGER")}},
    };
    return list;
}

// Stored as the URL scheme: readable in the file and independent of the enum's order.
QString transportKey(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return QStringLiteral("mqtt");
    case Transport::Tls:
        return QStringLiteral("mqtts");
    case Transport::WebSocket:
        return QStringLiteral("ws");
    case Transport::SecureWebSocket:
        return QStringLiteral("wss");
    }
    return QStringLiteral("mqtt");
}

Transport transportFromKey(const QString &key)
{
    for (Transport t : {Transport::Tcp, Transport::Tls, Transport::WebSocket, Transport::SecureWebSocket}) {
        if (key == transportKey(t))
            return t;
    }
    qCWarning(lcStore).noquote() << "unknown transport" << key << "in a profile; using mqtt";
    return Transport::Tcp;
}

mqtt::ProtocolVersion protocolFromInt(int value)
{
    switch (value) {
    case int(mqtt::ProtocolVersion::V31):
        return mqtt::ProtocolVersion::V31;
    case int(mqtt::ProtocolVersion::V5):
        return mqtt::ProtocolVersion::V5;
    default:
        return mqtt::ProtocolVersion::V311;
    }
}

Error<ProfileStoreError> queryError(const QString &what, const QSqlError &error)
{
    return makeError(ProfileStoreError::QueryFailed, queryFailure(what, error));
}

} // namespace

ProfileStore::ProfileStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

ProfileStore::~ProfileStore() = default;

Result<std::unique_ptr<ProfileStore>, StoreError> ProfileStore::open(const QString &path)
{
    auto db = Database::open(path, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<ProfileStore>(new ProfileStore(std::move(db).value()));
}

QString ProfileStore::pathIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("homewire.db"));
}

const QString &ProfileStore::path() const
{
    return m_db->path();
}

int ProfileStore::schemaVersion() const
{
    return m_db->schemaVersion();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    return query(std::nullopt);
}

std::optional<ConnectionProfile> ProfileStore::profile(qint64 id) const
{
    const QList<ConnectionProfile> found = query(id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ConnectionProfile> ProfileStore::query(std::optional<qint64> id) const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    const QString where = id ? QStringLiteral(" WHERE id = ?") : QString();
    q.prepare(QStringLiteral("SELECT id, name, host, port, transport, websocket_path, protocol_version, "
                             "client_id, username, clean_session, keep_alive, ca_file, certificate_file, "
                             "key_file, skip_verify, built_in FROM profiles") +
              where + QStringLiteral(" ORDER BY built_in DESC, name COLLATE NOCASE, id"));
    if (id)
        q.addBindValue(*id);
    QList<ConnectionProfile> list;
    QHash<qint64, qsizetype> index;
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "reading profiles failed:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        ConnectionProfile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.host = q.value(2).toString();
        p.port = quint16(qBound(1, q.value(3).toInt(), 65535));
        p.transport = transportFromKey(q.value(4).toString());
        p.webSocketPath = q.value(5).toString();
        p.protocolVersion = protocolFromInt(q.value(6).toInt());
        p.clientId = q.value(7).toString();
        p.username = q.value(8).toString();
        p.cleanSession = q.value(9).toBool();
        p.keepAliveSeconds = q.value(10).toInt();
        p.caFile = q.value(11).toString();
        p.certificateFile = q.value(12).toString();
        p.keyFile = q.value(13).toString();
        p.skipVerify = q.value(14).toBool();
        p.builtIn = q.value(15).toBool();
        p.subscriptions.clear();
        index.insert(p.id, list.size());
        list.append(std::move(p));
    }
    q.prepare(QStringLiteral("SELECT profile_id, filter, qos FROM profile_subscriptions") +
              (id ? QStringLiteral(" WHERE profile_id = ?") : QString()) +
              QStringLiteral(" ORDER BY profile_id, position"));
    if (id)
        q.addBindValue(*id);
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "reading default subscriptions failed:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at == index.cend())
            continue;
        list[*at].subscriptions.append(
            DefaultSubscription{q.value(1).toString(), mqtt::QoS(qBound(0, q.value(2).toInt(), 2))});
    }
    return list;
}

QString ProfileStore::secretKey(qint64 id) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT secret_key FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QString();
    return QStringLiteral("profile/") + q.value(0).toString();
}

bool ProfileStore::isNameAvailable(const QString &name, qint64 exceptId) const
{
    const QString wanted = name.trimmed();
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM profiles")))
        return true; // save() reports the failure; the UNIQUE constraint still holds
    // Compared here rather than in SQL: NOCASE folds ASCII only, and "Küche"
    // and "KÜCHE" in one list are as confusing as "Home" and "HOME".
    while (q.next()) {
        if (q.value(0).toLongLong() != exceptId &&
            q.value(1).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

Result<void, ProfileStoreError> ProfileStore::validate(const ConnectionProfile &p) const
{
    auto invalid = [](const QString &message) {
        return makeError(ProfileStoreError::InvalidProfile, message);
    };
    if (p.name.trimmed().isEmpty())
        return invalid(tr("A connection needs a name."));
    if (p.host.trimmed().isEmpty())
        return invalid(tr("A connection needs a host."));
    if (p.port == 0)
        return invalid(tr("The port must be between 1 and 65535."));
    if (p.keepAliveSeconds < 0 || p.keepAliveSeconds > 65535)
        return invalid(tr("The keep-alive interval must be between 0 and 65535 seconds."));
    if (p.usesWebSocket() && !p.webSocketPath.startsWith(QLatin1Char('/')))
        return invalid(tr("The WebSocket path must start with “/”."));
    for (const DefaultSubscription &s : p.subscriptions) {
        if (auto ok = mqtt::TopicFilter::validate(s.filter.toUtf8()); !ok)
            return invalid(tr("“%1” is not a valid topic filter: %2.").arg(s.filter, ok.error().message));
    }
    if (!isNameAvailable(p.name, p.id))
        return makeError(ProfileStoreError::DuplicateName,
                         tr("A connection named “%1” already exists.").arg(p.name.trimmed()));
    return {};
}

Result<qint64, ProfileStoreError> ProfileStore::save(const ConnectionProfile &profile)
{
    if (auto ok = validate(profile); !ok)
        return ok.error();
    ConnectionProfile p = profile;
    p.builtIn = false;
    if (p.id != 0) {
        const std::optional<ConnectionProfile> existing = this->profile(p.id);
        if (!existing)
            return makeError(ProfileStoreError::NotFound,
                             tr("The connection “%1” no longer exists.").arg(p.name.trimmed()));
        if (existing->builtIn) {
            // The embedded broker decides where it listens.
            p.builtIn = true;
            p.host = existing->host;
            p.port = existing->port;
            p.transport = existing->transport;
        }
    }
    auto id = write(p);
    if (id)
        emit profilesChanged();
    return id;
}

Result<qint64, ProfileStoreError> ProfileStore::write(const ConnectionProfile &profile)
{
    Transaction transaction(m_db->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_db->sql().lastError());
    const bool isNew = profile.id == 0;
    QSqlQuery q(m_db->sql());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO profiles (name, host, port, transport, websocket_path, "
                                 "protocol_version, client_id, username, clean_session, keep_alive, ca_file, "
                                 "certificate_file, key_file, skip_verify, built_in, secret_key) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE profiles SET name = ?, host = ?, port = ?, transport = ?, "
                                 "websocket_path = ?, protocol_version = ?, client_id = ?, username = ?, "
                                 "clean_session = ?, keep_alive = ?, ca_file = ?, certificate_file = ?, "
                                 "key_file = ?, skip_verify = ?, built_in = ? WHERE id = ?"));
    }
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(profile.host.trimmed());
    q.addBindValue(int(profile.port));
    q.addBindValue(transportKey(profile.transport));
    q.addBindValue(notNull(profile.webSocketPath));
    q.addBindValue(int(profile.protocolVersion));
    q.addBindValue(notNull(profile.clientId));
    q.addBindValue(notNull(profile.username));
    q.addBindValue(profile.cleanSession);
    q.addBindValue(profile.keepAliveSeconds);
    q.addBindValue(notNull(profile.caFile));
    q.addBindValue(notNull(profile.certificateFile));
    q.addBindValue(notNull(profile.keyFile));
    q.addBindValue(profile.skipVerify);
    q.addBindValue(profile.builtIn);
    if (isNew)
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    else
        q.addBindValue(profile.id);
    if (!q.exec())
        return queryError(QStringLiteral("saving profile"), q.lastError());
    const qint64 id = isNew ? q.lastInsertId().toLongLong() : profile.id;
    if (auto ok = writeSubscriptions(id, profile.subscriptions); !ok)
        return ok.error();
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_db->sql().lastError());
    return id;
}

Result<void, ProfileStoreError> ProfileStore::writeSubscriptions(qint64 id,
                                                                 const QList<DefaultSubscription> &list)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("DELETE FROM profile_subscriptions WHERE profile_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("replacing default subscriptions"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO profile_subscriptions (profile_id, position, filter, qos) "
                             "VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(qint64(i));
        q.addBindValue(notNull(list[i].filter));
        q.addBindValue(int(list[i].qos));
        if (!q.exec())
            return queryError(QStringLiteral("saving default subscriptions"), q.lastError());
    }
    return {};
}

Result<void, ProfileStoreError> ProfileStore::remove(qint64 id)
{
    const std::optional<ConnectionProfile> existing = profile(id);
    if (!existing)
        return makeError(ProfileStoreError::NotFound, tr("There is no connection with id %1.").arg(id));
    if (existing->builtIn)
        return makeError(
            ProfileStoreError::BuiltInProfile,
            tr("“%1” is the embedded broker's connection and cannot be deleted.").arg(existing->name));
    Transaction transaction(m_db->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_db->sql().lastError());
    QSqlQuery q(m_db->sql());
    for (const QString &statement : {QStringLiteral("DELETE FROM profile_subscriptions WHERE profile_id = ?"),
                                     QStringLiteral("DELETE FROM profiles WHERE id = ?")}) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(QStringLiteral("removing profile"), q.lastError());
    }
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_db->sql().lastError());
    emit profilesChanged();
    return {};
}

Result<qint64, ProfileStoreError> ProfileStore::ensureBuiltIn(quint16 embeddedPort)
{
    if (embeddedPort == 0)
        return makeError(ProfileStoreError::InvalidProfile, tr("The port must be between 1 and 65535."));
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT id, host, port, transport FROM profiles WHERE built_in = 1")))
        return queryError(QStringLiteral("finding the built-in profile"), q.lastError());
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool current = q.value(1).toString() == EmbeddedHost && q.value(2).toInt() == embeddedPort &&
                             q.value(3).toString() == transportKey(Transport::Tcp);
        q.finish();
        if (current)
            return id;
        q.prepare(QStringLiteral("UPDATE profiles SET host = ?, port = ?, transport = ? WHERE id = ?"));
        q.addBindValue(EmbeddedHost);
        q.addBindValue(int(embeddedPort));
        q.addBindValue(transportKey(Transport::Tcp));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(QStringLiteral("updating the built-in profile"), q.lastError());
        emit profilesChanged();
        return id;
    }
    q.finish();

    ConnectionProfile p;
    p.name = tr("Embedded broker");
    // A profile of the user's may already carry the name.
    for (int n = 2; !isNameAvailable(p.name); ++n)
        p.name = tr("Embedded broker (%1)").arg(n);
    p.host = EmbeddedHost;
    p.port = embeddedPort;
    p.transport = Transport::Tcp;
    p.subscriptions = {{QStringLiteral("#"), mqtt::QoS::AtMostOnce},
                       {QStringLiteral("$SYS/#"), mqtt::QoS::AtMostOnce}};
    p.builtIn = true;
    auto id = write(p);
    if (id)
        emit profilesChanged();
    return id;
}

QList<qint64> ProfileStore::openProfiles() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id FROM profiles WHERE open_position IS NOT NULL ORDER BY open_position")))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void, ProfileStoreError> ProfileStore::setOpenProfiles(const QList<qint64> &ids)
{
    Transaction transaction(m_db->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_db->sql().lastError());
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("UPDATE profiles SET open_position = NULL")))
        return queryError(QStringLiteral("saving open profiles"), q.lastError());
    q.prepare(QStringLiteral("UPDATE profiles SET open_position = ? WHERE id = ?"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(qint64(i));
        q.addBindValue(ids[i]);
        if (!q.exec())
            return queryError(QStringLiteral("saving open profiles"), q.lastError());
    }
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_db->sql().lastError());
    return {};
}

} // namespace homewire::store
