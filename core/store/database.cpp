#include "database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace homewire::store {

Q_LOGGING_CATEGORY(lcStore, "homewire.store")

namespace {

QAtomicInt g_connectionCounter;

Error<StoreError> sqlError(StoreError code, const QString &what, const QSqlError &error)
{
    return makeError(code, QStringLiteral("%1: %2").arg(what, error.text()));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>, StoreError>
Database::open(const QString &path, const QList<Migration> &migrations, Synchronous synchronous)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("homewire-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(path, name));
    if (!db->m_db.open())
        return sqlError(StoreError::OpenFailed, QStringLiteral("cannot open %1").arg(path),
                        db->m_db.lastError());
    if (auto ok = db->configure(synchronous); !ok) {
        // A file that is not a database fails its first statement here.
        if (auto intact = db->checkIntegrity(); !intact)
            return intact.error();
        return ok.error();
    }
    if (auto ok = db->checkIntegrity(); !ok)
        return ok.error();
    if (auto ok = db->migrate(migrations); !ok)
        return ok.error();
    return db;
}

Result<void, StoreError> Database::checkIntegrity()
{
    QSqlQuery query(m_db);
    // quick_check reads every page: it catches torn or foreign files at start-up.
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next();
    const QString result = ran ? query.value(0).toString() : QString();
    const QSqlError error = query.lastError();
    query.finish();
    if (ran && result == QLatin1String("ok"))
        return {};
    // Only a verdict about the file itself counts as damage; a busy or
    // unreadable database is an error to report, not a reason to move it.
    const QString code = error.nativeErrorCode();
    const bool damaged = ran || code == QLatin1String("11") /* SQLITE_CORRUPT */
                         || code == QLatin1String("26") /* SQLITE_NOTADB */;
    if (!damaged)
        return makeError(StoreError::OpenFailed,
                         QStringLiteral("cannot read %1: %2").arg(m_path, error.text()));
    const QString detail = ran ? result : error.text();
    m_db.close();
    const QString backup = moveAside(m_path);
    if (backup.isEmpty())
        return makeError(StoreError::Corrupt, QStringLiteral("%1 is damaged (%2) and could not be backed up; "
                                                             "it was left in place")
                                                  .arg(m_path, detail));
    return makeError(StoreError::Corrupt,
                     QStringLiteral("%1 is damaged (%2); it was moved to %3").arg(m_path, detail, backup));
}

Result<void, StoreError> Database::configure(Synchronous synchronous)
{
    QSqlQuery query(m_db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout=5000"), // first: another process may hold the file for a moment
        QStringLiteral("PRAGMA journal_mode=WAL"),
        synchronous == Synchronous::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                         : QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(StoreError::OpenFailed, pragma, query.lastError());
    }
    return {};
}

Result<void, StoreError> Database::migrate(const QList<Migration> &migrations)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return sqlError(StoreError::MigrationFailed, QStringLiteral("schema_version"), query.lastError());
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        m_schemaVersion = query.value(0).toInt();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion > latest)
        return makeError(StoreError::NewerSchema,
                         QStringLiteral("%1 has schema version %2; this Homewire understands up to %3")
                             .arg(m_path)
                             .arg(m_schemaVersion)
                             .arg(latest));
    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        Transaction transaction(m_db);
        if (!transaction.isOpen())
            return sqlError(StoreError::MigrationFailed, QStringLiteral("begin"), m_db.lastError());
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return sqlError(StoreError::MigrationFailed,
                                QStringLiteral("migration to version %1").arg(migration.version),
                                query.lastError());
        }
        query.exec(QStringLiteral("DELETE FROM schema_version"));
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(migration.version);
        if (!query.exec())
            return sqlError(StoreError::MigrationFailed, QStringLiteral("schema version"), query.lastError());
        if (!transaction.commit())
            return sqlError(StoreError::MigrationFailed, QStringLiteral("schema version"), m_db.lastError());
        m_schemaVersion = migration.version;
        qCInfo(lcStore).noquote() << "database" << m_path << "migrated to schema version" << m_schemaVersion;
    }
    return {};
}

QString Database::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString backup = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 1; QFile::exists(backup); ++n)
        backup = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    // Every file is copied before anything is removed; if one copy fails,
    // everything stays where it was.
    const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    QStringList copied;
    for (const QString &suffix : suffixes) {
        if (!QFile::exists(path + suffix))
            continue;
        if (!QFile::copy(path + suffix, backup + suffix)) {
            for (const QString &done : std::as_const(copied))
                QFile::remove(backup + done);
            return QString();
        }
        copied.append(suffix);
    }
    for (const QString &suffix : std::as_const(copied))
        QFile::remove(path + suffix);
    return backup;
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_open(db.transaction())
{}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit()
{
    m_open = !m_db.commit();
    return !m_open;
}

QString queryFailure(const QString &what, const QSqlError &error)
{
    qCWarning(lcStore).noquote() << what << "failed:" << error.text();
    return QStringLiteral("%1: %2").arg(what, error.text());
}

QVariant notNull(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant notNull(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

} // namespace homewire::store
