// AccessStore and AccessWatcher on a real SQLite file: users and ACL rules
// round-trip, every change bumps the revision (and nothing else does), bad
// values are refused with a reason, a damaged file is moved aside and
// reported, two connections to one file (as two processes have) see each
// other's changes, and the watcher follows changes made elsewhere.
#include "broker/access/passwordhash.h"
#include "store/accessstore.h"
#include "store/accesswatcher.h"
#include "storetest.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace homewire;
using namespace homewire::store;
using homewire::broker::access::AccessPolicyPtr;
using homewire::broker::access::AclAccess;
using homewire::broker::access::AclRule;
using homewire::broker::access::AclSubject;

namespace {

// Few iterations: the tests are about storing hashes, not about their cost.
QByteArray hashOf(const char *password)
{
    return broker::access::hashPassword(password, 1'000);
}

constexpr auto openStore = &storetest::openStore<AccessStore>;

AclRule rule(AclSubject subject, const QString &name, const QByteArray &filter, AclAccess access)
{
    AclRule r;
    r.subject = subject;
    r.name = name;
    r.filter = filter;
    r.access = access;
    return r;
}

quint64 revisionOf(const AccessStore &store)
{
    auto revision = store.revision();
    return revision ? *revision : ~quint64(0);
}

// Statements on the file through a connection of its own, as another program would.
bool execRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// Counts the watcher's "cannot read" warnings (and lets every message through).
QtMessageHandler g_previousHandler = nullptr;
QAtomicInt g_readFailures;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("cannot read the users and ACL rules")))
        g_readFailures.fetchAndAddRelaxed(1);
    g_previousHandler(type, context, message);
}

} // namespace

class TestAccessStore : public QObject
{
    Q_OBJECT

private slots:
    void usersAddListPasswdRemove()
    {
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        QCOMPARE(path, QDir(dir.path()).filePath(QStringLiteral("access.db")));
        const QByteArray aliceHash = hashOf("alice-secret");
        const QByteArray newHash = hashOf("alice-new");
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->addUser(QStringLiteral("zoe"), hashOf("z")));
            QVERIFY(store->addUser(QStringLiteral("alice"), aliceHash));
            QVERIFY(store->addUser(QStringLiteral("Jürgen 🐝"), hashOf("j")));
            QCOMPARE(*store->userNames(), (QStringList{QStringLiteral("Jürgen 🐝"), QStringLiteral("alice"),
                                                       QStringLiteral("zoe")}));
            auto again = store->addUser(QStringLiteral("alice"), hashOf("other"));
            QVERIFY(!again);
            QCOMPARE(again.errorCode(), AccessStoreError::UserExists);
        }
        // A fresh connection reads back exactly what was written.
        auto store = openStore(path);
        QVERIFY(store);
        auto policy = store->loadPolicy();
        QVERIFY(policy);
        QCOMPARE(policy->users.size(), 3);
        QCOMPARE(policy->users.value(QStringLiteral("alice")), aliceHash); // not replaced by the second add
        QVERIFY(broker::access::verifyPassword("alice-secret", policy->users.value(QStringLiteral("alice"))));

        QVERIFY(store->setPassword(QStringLiteral("alice"), newHash));
        QCOMPARE(store->loadPolicy()->users.value(QStringLiteral("alice")), newHash);
        auto nobody = store->setPassword(QStringLiteral("nobody"), newHash);
        QVERIFY(!nobody);
        QCOMPARE(nobody.errorCode(), AccessStoreError::NoSuchUser);

        QVERIFY(store->removeUser(QStringLiteral("zoe")));
        QCOMPARE(*store->userNames(), (QStringList{QStringLiteral("Jürgen 🐝"), QStringLiteral("alice")}));
        auto gone = store->removeUser(QStringLiteral("zoe"));
        QVERIFY(!gone);
        QCOMPARE(gone.errorCode(), AccessStoreError::NoSuchUser);
    }

    void newFileIsForItsOwnerOnly()
    {
        // The password hashes are not for other accounts of the machine to
        // read and attack offline, whatever the umask would give a new file.
#ifndef Q_OS_UNIX
        QSKIP("permissions for the group and others are POSIX's");
#else
        const mode_t previous = ::umask(022);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->addUser(QStringLiteral("alice"), hashOf("alice-secret")));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // the hash is there first
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::permissions(file) & QFileDevice::ReadOwner, qPrintable(file));
            QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
        }
#endif
    }

    void rulesRoundTripInOrder()
    {
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        const QList<AclRule> written = {
            rule(AclSubject::User, QStringLiteral("alice"), "home/alice/#", AclAccess::ReadWrite),
            rule(AclSubject::Everyone, QString(), "home/%u/#", AclAccess::Read),
            rule(AclSubject::ClientId, QStringLiteral("lamp-01"), "devices/%c/+/set", AclAccess::Write),
            rule(AclSubject::Anonymous, QString(), "public/#", AclAccess::Read),
            rule(AclSubject::User, QStringLiteral("ügen"), "küche/温度", AclAccess::Write),
            rule(AclSubject::Everyone, QString(), "#", AclAccess::Read),
        };
        QList<qint64> ids;
        {
            auto store = openStore(path);
            QVERIFY(store);
            for (const AclRule &r : written) {
                auto id = store->addRule(r);
                QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
                QVERIFY(ids.isEmpty() || *id > ids.last());
                ids.append(*id);
            }
        }
        auto store = openStore(path);
        QVERIFY(store);
        auto read = store->rules();
        QVERIFY(read);
        QCOMPARE(read->size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            AclRule expected = written[i];
            expected.id = ids[i];
            QCOMPARE(read->at(i), expected);
        }
        QCOMPARE(store->loadPolicy()->rules, *read);

        // Removing one keeps the others' order; an unknown id is reported.
        QVERIFY(store->removeRule(ids[1]));
        read = store->rules();
        QCOMPARE(read->size(), written.size() - 1);
        QCOMPARE(read->at(1).id, ids[2]);
        auto unknown = store->removeRule(ids[1]);
        QVERIFY(!unknown);
        QCOMPARE(unknown.errorCode(), AccessStoreError::NoSuchRule);
    }

    void revisionBumpsOnEveryChangeAndNotOnReads()
    {
        QTemporaryDir dir;
        auto store = openStore(AccessStore::pathIn(dir.path()));
        QVERIFY(store);
        quint64 expected = revisionOf(*store);
        const auto changed = [&] {
            return revisionOf(*store) == ++expected;
        };
        QVERIFY(store->addUser(QStringLiteral("alice"), hashOf("a")));
        QVERIFY(changed());
        QVERIFY(store->setPassword(QStringLiteral("alice"), hashOf("b")));
        QVERIFY(changed());
        auto id = store->addRule(rule(AclSubject::User, QStringLiteral("alice"), "a/#", AclAccess::Read));
        QVERIFY(id);
        QVERIFY(changed());
        QVERIFY(store->removeRule(*id));
        QVERIFY(changed());
        QVERIFY(store->removeUser(QStringLiteral("alice")));
        QVERIFY(changed());

        // Reads and refused changes leave it alone: a watcher would reload for nothing.
        QVERIFY(store->userNames());
        QVERIFY(store->rules());
        QCOMPARE(store->loadPolicy()->revision, expected);
        QVERIFY(!store->removeUser(QStringLiteral("alice")));
        QVERIFY(!store->setPassword(QStringLiteral("alice"), hashOf("c")));
        QVERIFY(!store->removeRule(*id));
        QVERIFY(!store->addUser(QString(), hashOf("d")));
        QVERIFY(!store->addRule(rule(AclSubject::Everyone, QString(), "a/#/b", AclAccess::Read)));
        QVERIFY(store->addUser(QStringLiteral("bob"), hashOf("e")));
        QVERIFY(!store->addUser(QStringLiteral("bob"), hashOf("e")));
        QCOMPARE(revisionOf(*store), expected + 1);
    }

    void invalidUsersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("hash");
        QTest::addColumn<QString>("reason");

        const QByteArray good = hashOf("x");
        QTest::newRow("empty name") << QString() << good << "empty";
        QTest::newRow("newline in name") << QStringLiteral("al\nice") << good << "control character";
        QTest::newRow("NUL in name") << QString(QChar(0)) + QStringLiteral("a") << good
                                     << "control character";
        QTest::newRow("DEL in name") << QStringLiteral("a\x7f") << good << "control character";
        QTest::newRow("C1 control in name")
            << QStringLiteral("a") + QChar(0x85) << good << "control character";
        QTest::newRow("lone surrogate in name") << QStringLiteral("a") + QChar(0xd800) << good << "Unicode";
        // 32,768 two-byte characters: 65,536 bytes, one more than an MQTT string holds (MQTT-1.5.3).
        QTest::newRow("name longer than 65535 bytes")
            << QString(32'768, QChar(0xe9)) << good << "65536 bytes";
        QTest::newRow("plain text as hash") << QStringLiteral("alice") << QByteArray("secret") << "hash";
        QTest::newRow("hash with another scheme")
            << QStringLiteral("alice") << QByteArray("$pbkdf2-sha256$1000$c2FsdA==$a2V5") << "hash";
        QTest::newRow("empty hash") << QStringLiteral("alice") << QByteArray() << "hash";
    }

    void invalidUsersAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, hash);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto store = openStore(AccessStore::pathIn(dir.path()));
        QVERIFY(store);
        auto added = store->addUser(name, hash);
        QVERIFY(!added);
        QCOMPARE(added.errorCode(), AccessStoreError::InvalidValue);
        QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
        QCOMPARE(store->userNames()->size(), 0);
        if (!hash.isEmpty() && !broker::access::isValidPasswordHash(hash)) {
            QVERIFY(store->addUser(QStringLiteral("bob"), hashOf("b")));
            QCOMPARE(store->setPassword(QStringLiteral("bob"), hash).errorCode(),
                     AccessStoreError::InvalidValue);
        }
    }

    void longestNameIsAccepted()
    {
        QTemporaryDir dir;
        auto store = openStore(AccessStore::pathIn(dir.path()));
        QVERIFY(store);
        const QString longest = QString(32'767, QChar(0xe9)) + QLatin1Char('a'); // 65,535 bytes
        QVERIFY(store->addUser(longest, hashOf("x")));
        QCOMPARE(store->userNames()->value(0), longest);
    }

    void invalidRulesAreRefused_data()
    {
        QTest::addColumn<AclRule>("bad");
        QTest::addColumn<QString>("reason");

        QTest::newRow("user rule without a name")
            << rule(AclSubject::User, QString(), "a/#", AclAccess::Read) << "empty";
        QTest::newRow("client identifier rule without a name")
            << rule(AclSubject::ClientId, QString(), "a/#", AclAccess::Read) << "empty";
        QTest::newRow("anonymous rule with a name")
            << rule(AclSubject::Anonymous, QStringLiteral("alice"), "a/#", AclAccess::Read) << "no name";
        QTest::newRow("everyone rule with a name")
            << rule(AclSubject::Everyone, QStringLiteral("alice"), "a/#", AclAccess::Read) << "no name";
        QTest::newRow("control character in the user name")
            << rule(AclSubject::User, QStringLiteral("a\tb"), "a/#", AclAccess::Read) << "control character";
        QTest::newRow("empty filter")
            << rule(AclSubject::Everyone, QString(), "", AclAccess::Read) << "not a valid topic filter";
        QTest::newRow("'#' not last (MQTT-4.7.1-2)")
            << rule(AclSubject::Everyone, QString(), "a/#/b", AclAccess::Read) << "MQTT-4.7.1-2";
        QTest::newRow("'+' not a whole level (MQTT-4.7.1-3)")
            << rule(AclSubject::Everyone, QString(), "a/b+", AclAccess::Read) << "MQTT-4.7.1-3";
        QTest::newRow("%u next to '+' (invalid with a name in its place)")
            << rule(AclSubject::Everyone, QString(), "home/%u+", AclAccess::Read) << "MQTT-4.7.1-3";
        QTest::newRow("%c next to '#'")
            << rule(AclSubject::Everyone, QString(), "home/%c#", AclAccess::Read) << "MQTT-4.7.1-2";
        QTest::newRow("NUL in the filter (MQTT-4.7.3-2)")
            << rule(AclSubject::Everyone, QString(), QByteArray("a\0b", 3), AclAccess::Read)
            << "not a valid topic filter";
        QTest::newRow("not UTF-8") << rule(AclSubject::Everyone, QString(), "a/\xc3\x28", AclAccess::Read)
                                   << "not a valid topic filter";
        QTest::newRow("shared subscription form")
            << rule(AclSubject::Everyone, QString(), "$share/g/a/#", AclAccess::Read) << "$share";
        QTest::newRow("filter longer than 65535 bytes")
            << rule(AclSubject::Everyone, QString(), QByteArray(65'536, 'a'), AclAccess::Read) << "65536";
        QTest::newRow("unknown access")
            << rule(AclSubject::Everyone, QString(), "a", AclAccess(7)) << "access";
        QTest::newRow("unknown subject")
            << rule(AclSubject(9), QStringLiteral("x"), "a", AclAccess::Read) << "subject";
    }

    void invalidRulesAreRefused()
    {
        QFETCH(AclRule, bad);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto store = openStore(AccessStore::pathIn(dir.path()));
        QVERIFY(store);
        auto added = store->addRule(bad);
        QVERIFY(!added);
        QCOMPARE(added.errorCode(), AccessStoreError::InvalidValue);
        QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
        QCOMPARE(store->rules()->size(), 0);
    }

    void removeUserRemovesItsRules()
    {
        QTemporaryDir dir;
        auto store = openStore(AccessStore::pathIn(dir.path()));
        QVERIFY(store);
        QVERIFY(store->addUser(QStringLiteral("alice"), hashOf("a")));
        QVERIFY(store->addUser(QStringLiteral("bob"), hashOf("b")));
        const QList<AclRule> rules = {
            rule(AclSubject::User, QStringLiteral("alice"), "alice/#", AclAccess::ReadWrite),
            rule(AclSubject::User, QStringLiteral("bob"), "bob/#", AclAccess::ReadWrite),
            rule(AclSubject::ClientId, QStringLiteral("alice"), "clients/alice", AclAccess::Write),
            rule(AclSubject::User, QStringLiteral("alice"), "shared/#", AclAccess::Read),
            rule(AclSubject::Everyone, QString(), "home/%u/#", AclAccess::Read),
        };
        for (const AclRule &r : rules)
            QVERIFY(store->addRule(r));
        QVERIFY(store->removeUser(QStringLiteral("alice")));
        QStringList left;
        const auto remaining = store->rules();
        QVERIFY(remaining);
        for (const AclRule &r : *remaining)
            left.append(QString::fromUtf8(r.filter));
        // A client identifier that happens to equal the name is another subject: kept.
        QCOMPARE(left, (QStringList{QStringLiteral("bob/#"), QStringLiteral("clients/alice"),
                                    QStringLiteral("home/%u/#")}));
        QCOMPARE(*store->userNames(), QStringList{QStringLiteral("bob")});
    }

    void unreadableRuleFailsTheWholeRead()
    {
        // Skipping a rule could leave none, which allows everything.
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->addRule(rule(AclSubject::Everyone, QString(), "a/#", AclAccess::Read)));
        QVERIFY(execRaw(path, {QStringLiteral("UPDATE acl SET access = 'everything'")}));
        auto policy = store->loadPolicy();
        QVERIFY(!policy);
        QVERIFY2(policy.error().message.contains(QLatin1String("everything")),
                 qPrintable(policy.error().message));
    }

    void corruptFileIsMovedAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        storetest::verifyCorruptFileIsMovedAside(path, &AccessStore::open);
        if (QTest::currentTestFailed())
            return;

        // The watcher reports the same, and the broker can refuse to start on it.
        QVERIFY(storetest::writeFile(path, storetest::garbage()));
        AccessWatcher watcher(path);
        auto started = watcher.startAndWait();
        QVERIFY(!started);
        QCOMPARE(started.errorCode(), StoreError::Corrupt);
        QVERIFY2(started.error().message.contains(QLatin1String("moved to")),
                 qPrintable(started.error().message));
    }

    void twoConnectionsSeeEachOthersChanges()
    {
        // Two stores on one file: what the command line and a running broker are.
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        auto writer = openStore(path);
        auto reader = openStore(path);
        QVERIFY(writer && reader);
        // The reader reads first, so a snapshot it wrongly held would show below.
        const quint64 before = revisionOf(*reader);
        QCOMPARE(reader->userNames()->size(), 0);

        QVERIFY(writer->addUser(QStringLiteral("alice"), hashOf("a")));
        QCOMPARE(revisionOf(*reader), before + 1);
        QCOMPARE(*reader->userNames(), QStringList{QStringLiteral("alice")});

        auto id = reader->addRule(rule(AclSubject::User, QStringLiteral("alice"), "a/#", AclAccess::Write));
        QVERIFY(id);
        QCOMPARE(revisionOf(*writer), before + 2);
        QCOMPARE(writer->rules()->size(), 1);
        QCOMPARE(writer->rules()->first().id, *id);

        QVERIFY(writer->removeUser(QStringLiteral("alice")));
        auto policy = reader->loadPolicy();
        QVERIFY(policy);
        QCOMPARE(policy->revision, before + 3);
        QVERIFY(policy->users.isEmpty());
        QVERIFY(policy->rules.isEmpty());
        // Both write in turn without "database is locked".
        QVERIFY(reader->addUser(QStringLiteral("bob"), hashOf("b")));
        QVERIFY(writer->addUser(QStringLiteral("carol"), hashOf("c")));
        QCOMPARE(*reader->userNames(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
    }

    void watcherFollowsChangesFromAnotherConnection()
    {
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        auto writer = openStore(path);
        QVERIFY(writer);
        const QByteArray aliceHash = hashOf("a");
        QVERIFY(writer->addUser(QStringLiteral("alice"), aliceHash));

        // On a thread of its own, as in the broker; deliveries queue to this thread.
        QThread thread;
        auto *watcher = new AccessWatcher(path);
        watcher->setInterval(20);
        watcher->moveToThread(&thread);
        thread.start();
        // Deleted on its thread, also when a check below fails and returns.
        const auto cleanup = qScopeGuard([&] {
            if (!thread.isRunning())
                return;
            QMetaObject::invokeMethod(
                watcher, [watcher] { delete watcher; }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        QList<AccessPolicyPtr> received;
        connect(watcher, &AccessWatcher::policyChanged, this,
                [&received](const AccessPolicyPtr &policy) { received.append(policy); });
        auto initial = watcher->startAndWait();
        QVERIFY(initial);
        // The policy as it is at start, synchronously.
        QCOMPARE((*initial)->users.value(QStringLiteral("alice")), aliceHash);
        QCOMPARE((*initial)->revision, revisionOf(*writer));

        QVERIFY(writer->addUser(QStringLiteral("bob"), hashOf("b")));
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(received[0]->users.contains(QStringLiteral("bob")));
        QCOMPARE(received[0]->revision, revisionOf(*writer));

        auto id = writer->addRule(rule(AclSubject::Everyone, QString(), "home/%u/#", AclAccess::ReadWrite));
        QVERIFY(id);
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received[1]->rules.size(), 1);
        QCOMPARE(received[1]->rules[0].id, *id);

        QMetaObject::invokeMethod(
            watcher, [watcher] { delete watcher; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5'000));
        QCoreApplication::processEvents(); // whatever was still queued
        QCOMPARE(received.size(), 2);      // nothing emitted without a change
    }

    void watcherLogsReadFailureOnceAndRecovers()
    {
        QTemporaryDir dir;
        const QString path = AccessStore::pathIn(dir.path());
        auto writer = openStore(path);
        QVERIFY(writer);
        QVERIFY(writer->addUser(QStringLiteral("alice"), hashOf("a")));

        // On this thread: QSignalSpy and the timer's ticks are read where they happen.
        AccessWatcher watcher(path);
        watcher.setInterval(10);
        QSignalSpy changes(&watcher, &AccessWatcher::policyChanged);
        QVERIFY(watcher.startAndWait());
        auto *timer = watcher.findChild<QTimer *>();
        QVERIFY(timer);
        QSignalSpy ticks(timer, &QTimer::timeout);

        g_readFailures = 0;
        g_previousHandler = qInstallMessageHandler(countingHandler);
        const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        // Another program breaks the file's revision: every read fails now.
        QVERIFY(execRaw(path, {QStringLiteral("DROP TABLE meta")}));
        QTRY_COMPARE(g_readFailures.loadRelaxed(), 1);
        const qsizetype failedAt = ticks.size();
        QTRY_VERIFY(ticks.size() >= failedAt + 5); // retried, and not logged again
        QCOMPARE(g_readFailures.loadRelaxed(), 1);
        QCOMPARE(changes.size(), 0); // the last good policy stays

        QVERIFY(execRaw(path, {QStringLiteral("CREATE TABLE meta (revision INTEGER NOT NULL)"),
                               QStringLiteral("INSERT INTO meta (revision) VALUES (100)"),
                               QStringLiteral("DELETE FROM users")}));
        QTRY_COMPARE(changes.size(), 1);
        const auto policy = changes.first().first().value<AccessPolicyPtr>();
        QVERIFY(policy);
        QCOMPARE(policy->revision, 100u);
        QVERIFY(policy->users.isEmpty());
        QCOMPARE(g_readFailures.loadRelaxed(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessStore)
#include "tst_accessstore.moc"
