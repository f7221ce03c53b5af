// ProfileStore: connection profiles in a real SQLite file, read back by a
// fresh store; the password never reaches the file; schema migrations from a
// frozen copy of every older schema.
#include "store/profilestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::client;
using namespace homewire::store;

namespace {

std::unique_ptr<ProfileStore> openStore(const QString &path)
{
    auto store = ProfileStore::open(path);
    if (!store) {
        qWarning().noquote() << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

// Every field away from its default, so a field that is not stored shows.
ConnectionProfile fullProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Garage (TLS)");
    p.host = QStringLiteral("broker.example.net");
    p.port = 8884;
    p.transport = Transport::SecureWebSocket;
    p.webSocketPath = QStringLiteral("/ws/mqtt");
    p.protocolVersion = mqtt::ProtocolVersion::V5;
    p.clientId = QStringLiteral("garage-panel");
    p.username = QStringLiteral("garage-user-7Q");
    p.password = QStringLiteral("pw-Xq9!must-not-be-stored");
    p.cleanSession = false;
    p.keepAliveSeconds = 17;
    p.caFile = QStringLiteral("/etc/homewire/ca.pem");
    p.certificateFile = QStringLiteral("/etc/homewire/client.pem");
    p.keyFile = QStringLiteral("/etc/homewire/client.key");
    p.skipVerify = true;
    p.subscriptions = {{QStringLiteral("zeta/#"), mqtt::QoS::ExactlyOnce},
                       {QStringLiteral("alpha/+/state"), mqtt::QoS::AtMostOnce},
                       {QStringLiteral("$share/g/middle"), mqtt::QoS::AtLeastOnce}};
    return p;
}

ConnectionProfile named(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("192.0.2.1");
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// A second connection to the file, to look at what ProfileStore wrote.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    bool exec(const QString &statement)
    {
        QSqlQuery q(m_db);
        if (q.exec(statement))
            return true;
        qWarning().noquote() << statement << q.lastError().text();
        return false;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery q(m_db);
        if (!q.exec(statement) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QSqlDatabase m_db;
};

// Schema version 1 exactly as it was released; never edit, add the next one.
const QStringList SchemaVersion1 = {
    QStringLiteral(
        "CREATE TABLE profiles (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE COLLATE "
        "NOCASE, secret_key TEXT NOT NULL UNIQUE, built_in INTEGER NOT NULL DEFAULT 0, host TEXT NOT NULL, "
        "port INTEGER NOT NULL, transport TEXT NOT NULL, websocket_path TEXT NOT NULL, protocol_version "
        "INTEGER NOT NULL, client_id TEXT NOT NULL, username TEXT NOT NULL, clean_session INTEGER NOT NULL, "
        "keep_alive INTEGER NOT NULL, ca_file TEXT NOT NULL, certificate_file TEXT NOT NULL, key_file TEXT "
        "NOT NULL, skip_verify INTEGER NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX profiles_one_built_in ON profiles (built_in) WHERE built_in = 1"),
    QStringLiteral("CREATE TABLE profile_subscriptions (profile_id INTEGER NOT NULL, position INTEGER NOT "
                   "NULL, filter TEXT NOT NULL, qos INTEGER NOT NULL, PRIMARY KEY (profile_id, position)) "
                   "WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO schema_version VALUES (1)"),
};

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryFieldButThePassword()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        QCOMPARE(path, dir.filePath(QStringLiteral("homewire.db")));
        ConnectionProfile expected = fullProfile();
        {
            auto store = openStore(path);
            QVERIFY(store);
            auto id = store->save(expected);
            QVERIFY2(id.hasValue(), id ? "" : qPrintable(id.error().message));
            QVERIFY(*id > 0);
            expected.id = *id;
        }
        auto store = openStore(path);
        QVERIFY(store);
        expected.password.clear();
        const std::optional<ConnectionProfile> read = store->profile(expected.id);
        QVERIFY(read);
        QCOMPARE(read->subscriptions, expected.subscriptions); // order kept
        QVERIFY(*read == expected);
        QCOMPARE(store->profiles().size(), 1);
        QVERIFY(store->profiles().first() == expected);
    }

    void updateReplacesFieldsAndSubscriptions()
    {
        QTemporaryDir dir;
        auto store = openStore(ProfileStore::pathIn(dir.path()));
        QVERIFY(store);
        ConnectionProfile p = fullProfile();
        auto id = store->save(p);
        QVERIFY(id);
        p.id = *id;
        p.name = QStringLiteral("  Garage, renamed  ");
        p.host = QStringLiteral("10.0.0.2");
        p.transport = Transport::Tcp;
        p.subscriptions = {{QStringLiteral("only/this"), mqtt::QoS::AtLeastOnce}};
        auto again = store->save(p);
        QVERIFY(again);
        QCOMPARE(*again, *id);
        const auto read = store->profile(*id);
        QVERIFY(read);
        QCOMPARE(read->name, QStringLiteral("Garage, renamed")); // trimmed
        QCOMPARE(read->host, QStringLiteral("10.0.0.2"));
        QCOMPARE(read->transport, Transport::Tcp);
        QCOMPARE(read->subscriptions, p.subscriptions);
        QCOMPARE(store->profiles().size(), 1);

        ConnectionProfile none = named(QStringLiteral("No subscriptions"));
        none.subscriptions.clear();
        auto noneId = store->save(none);
        QVERIFY(noneId);
        QVERIFY(store->profile(*noneId)->subscriptions.isEmpty());
    }

    void passwordNeverReachesTheFile()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        ConnectionProfile p = fullProfile();
        const QByteArray password = p.password.toUtf8();
        {
            auto store = openStore(path);
            QVERIFY(store);
            auto id = store->save(p);
            QVERIFY(id);
            p.id = *id;
            p.password = QStringLiteral("second-pw-also-secret");
            QVERIFY(store->save(p));
            // While the store is open the rows may sit in the WAL: look there too.
            const QByteArray open = fileBytes(path);
            QVERIFY(open.contains(p.username.toUtf8())); // the search does find stored fields
            QVERIFY(!open.contains(password));
            QVERIFY(!open.contains(p.password.toUtf8()));
        }
        const QByteArray closed = fileBytes(path);
        QVERIFY(closed.contains(p.username.toUtf8()));
        QVERIFY(!closed.contains(password));
        QVERIFY(!closed.contains(p.password.toUtf8()));
        auto store = openStore(path);
        QVERIFY(store->profile(p.id)->password.isEmpty());
    }

    void duplicateNamesAreRefused_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("same") << QStringLiteral("Home") << QStringLiteral("Home");
        QTest::newRow("other case") << QStringLiteral("Home") << QStringLiteral("hOME");
        QTest::newRow("surrounding spaces") << QStringLiteral("Home") << QStringLiteral("  Home ");
        QTest::newRow("non-ASCII case") << QStringLiteral("Küche") << QStringLiteral("KÜCHE");
    }

    void duplicateNamesAreRefused()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QTemporaryDir dir;
        auto store = openStore(ProfileStore::pathIn(dir.path()));
        QVERIFY(store);
        QVERIFY(store->save(named(first)));
        QVERIFY(!store->isNameAvailable(second));
        auto duplicate = store->save(named(second));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.errorCode(), ProfileStoreError::DuplicateName);
        QCOMPARE(duplicate.error().message,
                 QStringLiteral("A connection named “%1” already exists.").arg(second.trimmed()));
        QCOMPARE(store->profiles().size(), 1);

        // Renaming another profile onto the name is refused too...
        auto other = store->save(named(QStringLiteral("Other")));
        QVERIFY(other);
        ConnectionProfile renamed = *store->profile(*other);
        renamed.name = second;
        QCOMPARE(store->save(renamed).errorCode(), ProfileStoreError::DuplicateName);
        QCOMPARE(store->profile(*other)->name, QStringLiteral("Other"));
        // ...but a profile keeps its own name, or changes its case.
        ConnectionProfile original = store->profiles().first();
        QVERIFY(store->isNameAvailable(second, original.id));
        original.name = second;
        QVERIFY(store->save(original));
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<QString>("reason");
        ConnectionProfile p = named(QStringLiteral("x"));
        p.name = QStringLiteral("   ");
        QTest::newRow("blank name") << p << QStringLiteral("A connection needs a name.");
        p = named(QStringLiteral("x"));
        p.host.clear();
        QTest::newRow("empty host") << p << QStringLiteral("A connection needs a host.");
        p = named(QStringLiteral("x"));
        p.port = 0;
        QTest::newRow("port 0") << p << QStringLiteral("The port must be between 1 and 65535.");
        p = named(QStringLiteral("x"));
        p.keepAliveSeconds = 65536;
        QTest::newRow("keep-alive too long (MQTT-3.1.2-24: two bytes)")
            << p << QStringLiteral("The keep-alive interval must be between 0 and 65535 seconds.");
        p = named(QStringLiteral("x"));
        p.transport = Transport::WebSocket;
        p.webSocketPath = QStringLiteral("mqtt");
        QTest::newRow("relative WebSocket path")
            << p << QStringLiteral("The WebSocket path must start with “/”.");
        p = named(QStringLiteral("x"));
        p.subscriptions = {{QStringLiteral("ok/#"), mqtt::QoS::AtMostOnce},
                           {QStringLiteral("sport/tennis#"), mqtt::QoS::AtMostOnce}};
        QTest::newRow("misplaced # (MQTT-4.7.1-2)")
            << p
            << QStringLiteral("“sport/tennis#” is not a valid topic filter: '#' at byte 12 must be the "
                              "last level on its own (MQTT-4.7.1-2).");
        p = named(QStringLiteral("x"));
        p.subscriptions = {{QString(), mqtt::QoS::AtMostOnce}};
        QTest::newRow("empty filter (MQTT-4.7.3-1)")
            << p << QStringLiteral("“” is not a valid topic filter: topic filter is empty (MQTT-4.7.3-1).");
    }

    void invalidProfilesAreRefused()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto store = openStore(ProfileStore::pathIn(dir.path()));
        QVERIFY(store);
        QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
        auto saved = store->save(profile);
        QVERIFY(!saved);
        QCOMPARE(saved.errorCode(), ProfileStoreError::InvalidProfile);
        QCOMPARE(saved.error().message, reason);
        QVERIFY(store->profiles().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void removeDeletesProfileAndSubscriptions()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        auto store = openStore(path);
        QVERIFY(store);
        QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
        auto keep = store->save(named(QStringLiteral("Keep")));
        auto gone = store->save(fullProfile());
        QVERIFY(keep && gone);
        QCOMPARE(changed.count(), 2);
        QVERIFY(store->remove(*gone));
        QCOMPARE(changed.count(), 3);
        QVERIFY(!store->profile(*gone));
        QCOMPARE(store->profiles().size(), 1);
        QCOMPARE(store->profiles().first().id, *keep);
        {
            RawDatabase raw(path);
            QCOMPARE(
                raw.value(QStringLiteral("SELECT count(*) FROM profile_subscriptions WHERE profile_id = %1")
                              .arg(*gone))
                    .toInt(),
                0);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM profile_subscriptions")).toInt(), 1);
        }
        auto again = store->remove(*gone);
        QVERIFY(!again);
        QCOMPARE(again.errorCode(), ProfileStoreError::NotFound);
        QCOMPARE(changed.count(), 3);

        // Saving the removed profile again is an error, not a silent insert.
        ConnectionProfile stale = fullProfile();
        stale.id = *gone;
        QCOMPARE(store->save(stale).errorCode(), ProfileStoreError::NotFound);
    }

    void idsAndSecretKeysAreNeverReused()
    {
        QTemporaryDir dir;
        auto store = openStore(ProfileStore::pathIn(dir.path()));
        QVERIFY(store);
        auto first = store->save(named(QStringLiteral("A")));
        QVERIFY(first);
        const QString firstKey = store->secretKey(*first);
        QVERIFY(firstKey.startsWith(QStringLiteral("profile/")));
        QVERIFY(firstKey.size() > 20);
        ConnectionProfile renamed = *store->profile(*first);
        renamed.name = QStringLiteral("A, renamed");
        QVERIFY(store->save(renamed));
        QCOMPARE(store->secretKey(*first), firstKey); // the password follows a rename
        QVERIFY(store->remove(*first));
        QVERIFY(store->secretKey(*first).isEmpty());
        auto second = store->save(named(QStringLiteral("A")));
        QVERIFY(second);
        QVERIFY(*second != *first);
        QVERIFY(store->secretKey(*second) != firstKey);
    }

    void builtInProfile()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->save(named(QStringLiteral("Aardvark"))));
        QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
        auto id = store->ensureBuiltIn(1883);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(changed.count(), 1);
        ConnectionProfile builtIn = store->profiles().first(); // listed before "Aardvark"
        QCOMPARE(builtIn.id, *id);
        QVERIFY(builtIn.builtIn);
        QCOMPARE(builtIn.name, QStringLiteral("Embedded broker"));
        QCOMPARE(builtIn.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(builtIn.port, quint16(1883));
        QCOMPARE(builtIn.transport, Transport::Tcp);
        // Everything, including the broker's statistics ('#' alone does not match $SYS, MQTT-4.7.2-1).
        const QList<DefaultSubscription> everything = {{QStringLiteral("#"), mqtt::QoS::AtMostOnce},
                                                       {QStringLiteral("$SYS/#"), mqtt::QoS::AtMostOnce}};
        QCOMPARE(builtIn.subscriptions, everything);

        // Unchanged port: nothing to write, nothing to announce.
        QCOMPARE(*store->ensureBuiltIn(1883), *id);
        QCOMPARE(changed.count(), 1);

        // The user edits it; the address stays the embedded broker's.
        builtIn.clientId = QStringLiteral("my-desk");
        builtIn.subscriptions = {{QStringLiteral("home/#"), mqtt::QoS::AtLeastOnce}};
        builtIn.host = QStringLiteral("example.com");
        builtIn.port = 1;
        QVERIFY(store->save(builtIn));
        ConnectionProfile edited = *store->profile(*id);
        QCOMPARE(edited.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(edited.port, quint16(1883));
        QCOMPARE(edited.clientId, QStringLiteral("my-desk"));
        QVERIFY(edited.builtIn);

        // The broker moves to another port: only the port follows.
        QCOMPARE(*store->ensureBuiltIn(1884), *id);
        edited = *store->profile(*id);
        QCOMPARE(edited.port, quint16(1884));
        QCOMPARE(edited.clientId, QStringLiteral("my-desk"));
        QCOMPARE(edited.subscriptions.first().filter, QStringLiteral("home/#"));
        QCOMPARE(store->profiles().size(), 2);

        auto removed = store->remove(*id);
        QVERIFY(!removed);
        QCOMPARE(removed.errorCode(), ProfileStoreError::BuiltInProfile);
        QVERIFY(store->profile(*id));

        // A copy ("Duplicate") is an ordinary profile, and there is still one built-in.
        ConnectionProfile copy = edited;
        copy.id = 0;
        copy.name = QStringLiteral("Copy of the embedded broker");
        auto copyId = store->save(copy);
        QVERIFY(copyId);
        QVERIFY(!store->profile(*copyId)->builtIn);
        QVERIFY(store->remove(*copyId));

        store.reset();
        store = openStore(path);
        QCOMPARE(*store->ensureBuiltIn(1884), *id); // found again after a restart
    }

    void builtInNameAlreadyTaken()
    {
        QTemporaryDir dir;
        auto store = openStore(ProfileStore::pathIn(dir.path()));
        QVERIFY(store);
        auto mine = store->save(named(QStringLiteral("embedded broker")));
        QVERIFY(mine);
        auto id = store->ensureBuiltIn(1883);
        QVERIFY(id);
        QCOMPARE(store->profile(*id)->name, QStringLiteral("Embedded broker (2)"));
        QCOMPARE(store->profile(*mine)->name, QStringLiteral("embedded broker"));
    }

    void openProfilesAreRemembered()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        qint64 a = 0, b = 0, c = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->openProfiles().isEmpty());
            a = *store->save(named(QStringLiteral("A")));
            b = *store->save(named(QStringLiteral("B")));
            c = *store->save(named(QStringLiteral("C")));
            QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
            QVERIFY(store->setOpenProfiles({c, 9999, a}));
            QCOMPARE(changed.count(), 0); // tabs are not a change of profiles
            QCOMPARE(store->openProfiles(), (QList<qint64>{c, a}));
        }
        auto store = openStore(path);
        QCOMPARE(store->openProfiles(), (QList<qint64>{c, a}));
        QVERIFY(store->remove(c));
        QCOMPARE(store->openProfiles(), (QList<qint64>{a}));
        QVERIFY(store->setOpenProfiles({b}));
        QCOMPARE(store->openProfiles(), (QList<qint64>{b}));
        QVERIFY(store->setOpenProfiles({}));
        QVERIFY(store->openProfiles().isEmpty());
    }

    void migratesFromSchemaVersion1()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        {
            RawDatabase raw(path);
            for (const QString &statement : SchemaVersion1)
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO profiles (id, name, secret_key, built_in, host, "
                                            "port, transport, websocket_path, "
                                            "protocol_version, client_id, username, clean_session, "
                                            "keep_alive, ca_file, certificate_file, "
                                            "key_file, skip_verify) VALUES (7, 'Old', 'old-key', 0, "
                                            "'old.example', 1884, 'ws', '/old', 5, "
                                            "'old-client', 'old-user', 0, 30, '', '', '', 0)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO profile_subscriptions VALUES (7, 0, 'b/#', 1), "
                                            "(7, 1, 'a', 2)")));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), 2);
        const auto old = store->profile(7);
        QVERIFY(old);
        QCOMPARE(old->name, QStringLiteral("Old"));
        QCOMPARE(old->host, QStringLiteral("old.example"));
        QCOMPARE(old->port, quint16(1884));
        QCOMPARE(old->transport, Transport::WebSocket);
        QCOMPARE(old->webSocketPath, QStringLiteral("/old"));
        QCOMPARE(old->protocolVersion, mqtt::ProtocolVersion::V5);
        QCOMPARE(old->username, QStringLiteral("old-user"));
        QVERIFY(!old->cleanSession);
        QCOMPARE(old->keepAliveSeconds, 30);
        const QList<DefaultSubscription> subscriptions = {{QStringLiteral("b/#"), mqtt::QoS::AtLeastOnce},
                                                          {QStringLiteral("a"), mqtt::QoS::ExactlyOnce}};
        QCOMPARE(old->subscriptions, subscriptions);
        QCOMPARE(store->secretKey(7), QStringLiteral("profile/old-key")); // its password is still found
        QVERIFY(store->openProfiles().isEmpty());
        QVERIFY(store->setOpenProfiles({7}));
        QCOMPARE(store->openProfiles(), QList<qint64>{7});
        auto added = store->save(named(QStringLiteral("New")));
        QVERIFY(added);
        QVERIFY(*added > 7);
    }

    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
        }
        auto store = ProfileStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.errorCode(), StoreError::NewerSchema);
        QVERIFY(QFile::exists(path));
    }

    void corruptFileIsReportedAndBackedUp()
    {
        QTemporaryDir dir;
        const QString path = ProfileStore::pathIn(dir.path());
        QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(1, '\0');
        garbage += QByteArray(4096, '\xee'); // a header, then nothing a database could be
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto store = ProfileStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.errorCode(), StoreError::Corrupt);
        QVERIFY2(store.error().message.contains(QStringLiteral(".corrupt-")),
                 qPrintable(store.error().message));
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("homewire.db.corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QFile backup(dir.filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), garbage);

        auto fresh = openStore(path);
        QVERIFY(fresh);
        QVERIFY(fresh->profiles().isEmpty());
        QVERIFY(fresh->ensureBuiltIn(1883));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
