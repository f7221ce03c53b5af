#include "accessstore.h"

#include "broker/access/passwordhash.h"
#include "mqtt/topic.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

using broker::access::AccessPolicy;
using broker::access::AclAccess;
using broker::access::AclRule;
using broker::access::AclSubject;

namespace {

// The longest MQTT string (MQTT-1.5.3): a user name or client identifier
// longer than this could never arrive in a CONNECT.
constexpr qsizetype MaxNameBytes = 65'535;

// Forward only: a released version's statements never change.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        // Version 1: users, ACL rules in the order added, and the revision
        // every change bumps so other processes notice it.
        {1,
         {QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY NOT NULL, password_hash BLOB NOT NULL, "
                         "created_ms INTEGER NOT NULL)"),
          // Filters are BLOBs: a topic is compared byte for byte.
          QStringLiteral("CREATE TABLE acl (id INTEGER PRIMARY KEY AUTOINCREMENT, subject TEXT NOT NULL, "
                         "name TEXT NOT NULL, filter BLOB NOT NULL, access TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE meta (revision INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO meta (revision) VALUES (0)")}},
    };
    return list;
}

Error<AccessStoreError> queryError(const QString &what, const QSqlError &error)
{
    return makeError(AccessStoreError::QueryFailed, queryFailure(what, error));
}

// Reads say what failed without logging it: AccessWatcher polls every second
// and logs a failure once, and the command line prints its own errors.
Error<AccessStoreError> readError(const QString &what, const QSqlError &error)
{
    return makeError(AccessStoreError::QueryFailed, QStringLiteral("%1: %2").arg(what, error.text()));
}

Error<AccessStoreError> invalid(const QString &message)
{
    return makeError(AccessStoreError::InvalidValue, message);
}

// `what` is "user name" or "client identifier".
Result<void, AccessStoreError> validateName(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return invalid(QStringLiteral("the %1 is empty").arg(what));
    const QByteArray utf8 = name.toUtf8();
    if (QString::fromUtf8(utf8) != name)
        return invalid(QStringLiteral("the %1 is not valid Unicode").arg(what));
    if (utf8.size() > MaxNameBytes)
        return invalid(QStringLiteral("the %1 is %2 bytes long in UTF-8; at most %3 are allowed")
                           .arg(what)
                           .arg(utf8.size())
                           .arg(MaxNameBytes));
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).category() == QChar::Other_Control)
            return invalid(QStringLiteral("the %1 contains a control character (U+%2) at position %3")
                               .arg(what)
                               .arg(name.at(i).unicode(), 4, 16, QLatin1Char('0'))
                               .arg(i + 1));
    }
    return {};
}

Result<void, AccessStoreError> validateHash(const QString &user, const QByteArray &hash)
{
    if (!broker::access::isValidPasswordHash(hash))
        return invalid(QStringLiteral("the password hash for user %1 is not a valid "
                                      "$pbkdf2-sha512$ hash")
                           .arg(user));
    return {};
}

bool knownAccess(AclAccess access)
{
    switch (access) {
    case AclAccess::Read:
    case AclAccess::Write:
    case AclAccess::ReadWrite:
        return true;
    }
    return false;
}

Result<void, AccessStoreError> validateSubject(const AclRule &rule)
{
    switch (rule.subject) {
    case AclSubject::User:
        return validateName(rule.name, QStringLiteral("rule's user name"));
    case AclSubject::ClientId:
        return validateName(rule.name, QStringLiteral("rule's client identifier"));
    case AclSubject::Anonymous:
    case AclSubject::Everyone:
        if (!rule.name.isEmpty())
            return invalid(QStringLiteral("a rule for %1 takes no name (got '%2')")
                               .arg(broker::access::toString(rule.subject), rule.name));
        return {};
    }
    return invalid(QStringLiteral("the rule's subject %1 is unknown").arg(int(rule.subject)));
}

Result<void, AccessStoreError> validateRule(const AclRule &rule)
{
    if (auto ok = validateSubject(rule); !ok)
        return ok;
    if (!knownAccess(rule.access))
        return invalid(QStringLiteral("the rule's access %1 is unknown").arg(int(rule.access)));
    if (rule.filter.size() > MaxNameBytes)
        return invalid(QStringLiteral("the topic filter is %1 bytes long; at most %2 are allowed")
                           .arg(rule.filter.size())
                           .arg(MaxNameBytes));
    // %u and %c become the client's user name or identifier when it connects;
    // with a plain letter in their place the filter must be valid.
    QByteArray concrete = rule.filter;
    concrete.replace("%u", "u").replace("%c", "c");
    if (auto ok = mqtt::TopicFilter::validate(concrete); !ok)
        return invalid(QStringLiteral("'%1' is not a valid topic filter: %2")
                           .arg(QString::fromUtf8(rule.filter), ok.error().message));
    if (mqtt::TopicFilter(concrete).isShared())
        return invalid(QStringLiteral("'%1' is a shared subscription; a rule's filter is matched against "
                                      "topics, so write it without $share/<group>/")
                           .arg(QString::fromUtf8(rule.filter)));
    return {};
}

// Every change runs in one transaction that starts by bumping the revision:
// the first statement takes SQLite's write lock, so two writers in different
// processes wait for each other (busy_timeout) instead of failing.
class Change
{
public:
    explicit Change(QSqlDatabase &db)
        : m_db(db)
        , m_transaction(db)
    {}

    Result<void, AccessStoreError> begin()
    {
        if (!m_transaction.isOpen())
            return queryError(QStringLiteral("begin"), m_db.lastError());
        QSqlQuery bump(m_db);
        if (!bump.exec(QStringLiteral("UPDATE meta SET revision = revision + 1")))
            return queryError(QStringLiteral("bumping the access revision"), bump.lastError());
        return {};
    }
    Result<void, AccessStoreError> commit()
    {
        if (!m_transaction.commit())
            return queryError(QStringLiteral("commit"), m_db.lastError());
        return {};
    }

private:
    QSqlDatabase &m_db;
    Transaction m_transaction;
};

} // namespace

AccessStore::AccessStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

AccessStore::~AccessStore() = default;

Result<std::unique_ptr<AccessStore>, StoreError> AccessStore::open(const QString &path)
{
    // Password hashes are for the owner's eyes only: a new file starts empty
    // and readable by its owner alone, before SQLite writes anything, and
    // SQLite gives its -wal and -shm files the same permissions. (An existing
    // file keeps what its owner chose.) Elsewhere than on POSIX, Qt sets
    // only what the platform has.
    if (QDir().mkpath(QFileInfo(path).absolutePath()) && !QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto db = Database::open(path, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<AccessStore>(new AccessStore(std::move(db).value()));
}

QString AccessStore::pathIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("access.db"));
}

Result<void, AccessStoreError> AccessStore::checkUserName(const QString &name)
{
    return validateName(name, QStringLiteral("user name"));
}

Result<void, AccessStoreError> AccessStore::checkRule(const AclRule &rule)
{
    return validateRule(rule);
}

const QString &AccessStore::path() const
{
    return m_db->path();
}

Result<void, AccessStoreError> AccessStore::addUser(const QString &name, const QByteArray &passwordHash)
{
    if (auto ok = checkUserName(name); !ok)
        return ok;
    if (auto ok = validateHash(name, passwordHash); !ok)
        return ok;
    Change change(m_db->sql());
    if (auto ok = change.begin(); !ok)
        return ok;
    QSqlQuery q(m_db->sql());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO users (name, password_hash, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(passwordHash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return queryError(QStringLiteral("adding user %1").arg(name), q.lastError());
    if (q.numRowsAffected() == 0)
        return makeError(AccessStoreError::UserExists, QStringLiteral("user %1 already exists").arg(name));
    return change.commit();
}

Result<void, AccessStoreError> AccessStore::setPassword(const QString &name, const QByteArray &passwordHash)
{
    if (auto ok = validateHash(name, passwordHash); !ok)
        return ok;
    Change change(m_db->sql());
    if (auto ok = change.begin(); !ok)
        return ok;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(name);
    if (!q.exec())
        return queryError(QStringLiteral("changing the password of %1").arg(name), q.lastError());
    if (q.numRowsAffected() == 0)
        return makeError(AccessStoreError::NoSuchUser, QStringLiteral("there is no user %1").arg(name));
    return change.commit();
}

Result<void, AccessStoreError> AccessStore::removeUser(const QString &name)
{
    Change change(m_db->sql());
    if (auto ok = change.begin(); !ok)
        return ok;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(QStringLiteral("removing user %1").arg(name), q.lastError());
    if (q.numRowsAffected() == 0)
        return makeError(AccessStoreError::NoSuchUser, QStringLiteral("there is no user %1").arg(name));
    q.prepare(QStringLiteral("DELETE FROM acl WHERE subject = ? AND name = ?"));
    q.addBindValue(broker::access::toString(AclSubject::User));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(QStringLiteral("removing the rules of user %1").arg(name), q.lastError());
    return change.commit();
}

Result<QStringList, AccessStoreError> AccessStore::userNames() const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM users ORDER BY name")))
        return readError(QStringLiteral("reading users"), q.lastError());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<qint64, AccessStoreError> AccessStore::addRule(const AclRule &rule)
{
    if (auto ok = checkRule(rule); !ok)
        return ok.error();
    Change change(m_db->sql());
    if (auto ok = change.begin(); !ok)
        return ok.error();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO acl (subject, name, filter, access) VALUES (?, ?, ?, ?)"));
    q.addBindValue(broker::access::toString(rule.subject));
    q.addBindValue(notNull(rule.name));
    q.addBindValue(rule.filter);
    q.addBindValue(broker::access::toString(rule.access));
    if (!q.exec())
        return queryError(QStringLiteral("adding an ACL rule"), q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = change.commit(); !ok)
        return ok.error();
    return id;
}

Result<void, AccessStoreError> AccessStore::removeRule(qint64 id)
{
    Change change(m_db->sql());
    if (auto ok = change.begin(); !ok)
        return ok;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("DELETE FROM acl WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("removing ACL rule %1").arg(id), q.lastError());
    if (q.numRowsAffected() == 0)
        return makeError(AccessStoreError::NoSuchRule, QStringLiteral("there is no ACL rule %1").arg(id));
    return change.commit();
}

Result<QList<AclRule>, AccessStoreError> AccessStore::rules() const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, subject, name, filter, access FROM acl ORDER BY id")))
        return readError(QStringLiteral("reading ACL rules"), q.lastError());
    QList<AclRule> list;
    while (q.next()) {
        AclRule rule;
        rule.id = q.value(0).toLongLong();
        const QString subject = q.value(1).toString();
        const QString access = q.value(4).toString();
        const auto parsedSubject = broker::access::parseAclSubject(subject);
        const auto parsedAccess = broker::access::parseAclAccess(access);
        // Skipping a rule could leave no rule at all, which opens everything:
        // a rule this version cannot read makes the whole read fail.
        if (!parsedSubject || !parsedAccess)
            return invalid(QStringLiteral("ACL rule %1 in %2 has an unknown subject '%3' or access '%4'")
                               .arg(rule.id)
                               .arg(path(), subject, access));
        rule.subject = *parsedSubject;
        rule.name = q.value(2).toString();
        rule.filter = q.value(3).toByteArray();
        rule.access = *parsedAccess;
        list.append(std::move(rule));
    }
    return list;
}

Result<AccessPolicy, AccessStoreError> AccessStore::loadPolicy() const
{
    // One read transaction: users, rules and revision from the same snapshot,
    // even while another process writes.
    Transaction snapshot(m_db->sql());
    if (!snapshot.isOpen())
        return readError(QStringLiteral("begin"), m_db->sql().lastError());
    AccessPolicy policy;
    auto revisionNow = revision();
    if (!revisionNow)
        return revisionNow.error();
    policy.revision = *revisionNow;
    {
        QSqlQuery q(m_db->sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name, password_hash FROM users")))
            return readError(QStringLiteral("reading users"), q.lastError());
        while (q.next())
            policy.users.insert(q.value(0).toString(), q.value(1).toByteArray());
    }
    auto list = rules();
    if (!list)
        return list.error();
    policy.rules = std::move(list).value();
    return policy;
}

Result<quint64, AccessStoreError> AccessStore::revision() const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT revision FROM meta")))
        return readError(QStringLiteral("reading the access revision"), q.lastError());
    if (!q.next())
        return makeError(AccessStoreError::QueryFailed,
                         QStringLiteral("%1 holds no access revision").arg(path()));
    const quint64 value = q.value(0).toULongLong();
    // Finished at once: a statement left open would hold its read snapshot,
    // and the next poll would not see other processes' changes.
    q.finish();
    return value;
}

} // namespace homewire::store
