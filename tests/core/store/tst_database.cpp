// Database: migrations, schema versions, and what happens to a damaged file.
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire::store;

namespace {

const QList<Migration> twoVersions = {
    {1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
    {2, {QStringLiteral("CREATE TABLE b (y INTEGER)"), QStringLiteral("INSERT INTO b VALUES (42)")}},
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/t.db"));
        {
            auto db = Database::open(path, {twoVersions[0]});
            QVERIFY2(db.hasValue(), db ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), 1);
        }
        auto db = Database::open(path, twoVersions);
        QVERIFY(db.hasValue());
        QCOMPARE(db.value()->schemaVersion(), 2);
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT y FROM b")) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        QVERIFY(Database::open(path, twoVersions).hasValue());
        auto older = Database::open(path, {twoVersions[0]});
        QVERIFY(!older.hasValue());
        QCOMPARE(older.errorCode(), StoreError::NewerSchema);
        QVERIFY(QFile::exists(path)); // untouched
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        QVERIFY(Database::open(path, {twoVersions[0]}).hasValue());
        const QList<Migration> broken = {
            twoVersions[0], {2, {QStringLiteral("CREATE TABLE c (z)"), QStringLiteral("NOT SQL")}}};
        auto db = Database::open(path, broken);
        QVERIFY(!db.hasValue());
        QCOMPARE(db.errorCode(), StoreError::MigrationFailed);
        auto again = Database::open(path, {twoVersions[0]});
        QVERIFY(again.hasValue());
        QCOMPARE(again.value()->schemaVersion(), 1);
        QSqlQuery q(again.value()->sql());
        QVERIFY(!q.exec(QStringLiteral("SELECT z FROM c"))); // the half migration left nothing
    }

    void corruptFileIsBackedUpNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage =
            QByteArray("this is not a database, but the user's data: ") + QByteArray(5000, 'x');
        file.write(garbage);
        file.close();

        auto db = Database::open(path, twoVersions);
        QVERIFY(!db.hasValue());
        QCOMPARE(db.errorCode(), StoreError::Corrupt);
        QVERIFY(db.error().message.contains(QStringLiteral(".corrupt-")));
        QVERIFY(!QFile::exists(path));
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("t.db.corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QFile backup(dir.filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), garbage); // every byte kept

        // Opening again starts a fresh database beside the backup.
        auto fresh = Database::open(path, twoVersions);
        QVERIFY(fresh.hasValue());
        QCOMPARE(fresh.value()->schemaVersion(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
