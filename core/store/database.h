// Database: one SQLite connection with Homewire's house rules.
//
// WAL journal, a schema_version table and forward-only migrations applied in
// a transaction, and corruption handling that never loses the user's data:
// a database that fails its integrity check is reported and copied aside
// (name.corrupt-<time>), never silently replaced. One Database per thread:
// QtSql connections must not cross threads.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSqlError;

namespace homewire::store {

enum class StoreError : quint8
{
    OpenFailed,
    Corrupt,     // the file is not a healthy SQLite database; it was backed up
    NewerSchema, // written by a newer Homewire; left untouched
    MigrationFailed,
    QueryFailed,
};

struct Migration
{
    int version;
    QStringList statements;
};

enum class Synchronous : quint8
{
    Normal, // WAL + NORMAL: durable across application crashes, not power loss
    Full,   // WAL + FULL: every commit reaches the disk
};

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the database at `path`.
    static Result<std::unique_ptr<Database>, StoreError> open(const QString &path,
                                                              const QList<Migration> &migrations,
                                                              Synchronous synchronous = Synchronous::Normal);

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Copies a corrupt database (and its WAL files) aside and removes it;
    // returns the backup path.
    static QString moveAside(const QString &path);

private:
    Database(QString path, QString connectionName);
    Result<void, StoreError> configure(Synchronous synchronous);
    Result<void, StoreError> checkIntegrity();
    Result<void, StoreError> migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

// Rolls back unless committed: every early return leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not begin (the reason: db.lastError()).
    bool isOpen() const { return m_open; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_open;
};

// "<what>: <the driver's reason>", logged as a warning: the stores' callers
// often show no more than that something failed.
QString queryFailure(const QString &what, const QSqlError &error);

// For the NOT NULL columns where an empty value means unset: a null QString
// or QByteArray would bind as SQL NULL.
QVariant notNull(const QString &value);
QVariant notNull(const QByteArray &value);

} // namespace homewire::store
