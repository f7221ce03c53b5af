// SecretStore: the in-memory store's semantics, and the real QtKeychain store
// on a machine without a keychain (the D-Bus session address points nowhere):
// the failure must surface as a sentence, within a bounded time, and the
// password must stay in memory only.
#include "store/keychainsecretstore.h"
#include "store/secretstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::store;

namespace {

constexpr int KeychainTimeoutMs = 10000;

// Collects what the callbacks report.
struct Outcome
{
    int calls = 0;
    std::optional<Result<QString, SecretError>> read;
    std::optional<Result<void, SecretError>> written;

    SecretStore::ReadCallback onRead()
    {
        return [this](const Result<QString, SecretError> &r) {
            ++calls;
            read = r;
        };
    }
    SecretStore::WriteCallback onWrite()
    {
        return [this](const Result<void, SecretError> &r) {
            ++calls;
            written = r;
        };
    }
};

// Every file under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before the first keychain job: QtKeychain picks its backend once per
        // process. No session bus: what CI and a bare SSH login look like.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QStringLiteral("unix:path=%1/no-such-bus").arg(m_home.path()).toLocal8Bit());
        // Anything written to QSettings or a config file lands here, where
        // the tests look for the password.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("HomewireTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
    }

    void memoryRoundTrip()
    {
        MemorySecretStore store;
        Outcome o;
        store.readPassword(QStringLiteral("profile/a"), nullptr, o.onRead());
        QTRY_COMPARE(o.calls, 1);
        QVERIFY(o.read->hasValue());
        QCOMPARE(o.read->value(), QString()); // nothing stored: no password

        store.writePassword(QStringLiteral("profile/a"), QStringLiteral("first"), nullptr, o.onWrite());
        store.writePassword(QStringLiteral("profile/b"), QStringLiteral("other"), nullptr, {});
        store.writePassword(QStringLiteral("profile/a"), QStringLiteral("second"), nullptr, o.onWrite());
        store.readPassword(QStringLiteral("profile/a"), nullptr, o.onRead());
        QTRY_COMPARE(o.calls, 4);
        QVERIFY(o.written->hasValue());
        QCOMPARE(o.read->value(), QStringLiteral("second"));
        QCOMPARE(store.size(), 2);

        store.removePassword(QStringLiteral("profile/a"), nullptr, o.onWrite());
        store.removePassword(QStringLiteral("profile/never"), nullptr, o.onWrite());
        store.readPassword(QStringLiteral("profile/a"), nullptr, o.onRead());
        QTRY_COMPARE(o.calls, 7);
        QVERIFY(o.written->hasValue()); // removing nothing is fine
        QCOMPARE(o.read->value(), QString());
        QCOMPARE(store.size(), 1);
    }

    void memoryAnswersFromTheEventLoop()
    {
        MemorySecretStore store;
        Outcome o;
        store.writePassword(QStringLiteral("k"), QStringLiteral("v"), nullptr, o.onWrite());
        store.readPassword(QStringLiteral("k"), nullptr, o.onRead());
        QCOMPARE(o.calls, 0); // as a keychain: never inside the call
        QTRY_COMPARE(o.calls, 2);
        QCOMPARE(o.read->value(), QStringLiteral("v"));
    }

    void memoryEmptyPasswordRemovesTheEntry()
    {
        MemorySecretStore store;
        Outcome o;
        store.writePassword(QStringLiteral("k"), QStringLiteral("v"), nullptr, o.onWrite());
        store.writePassword(QStringLiteral("k"), QString(), nullptr, o.onWrite());
        QTRY_COMPARE(o.calls, 2);
        QVERIFY(o.written->hasValue());
        QCOMPARE(store.size(), 0);
    }

    void memoryFailureChangesNothing()
    {
        MemorySecretStore store;
        Outcome o;
        store.writePassword(QStringLiteral("k"), QStringLiteral("kept"), nullptr, o.onWrite());
        store.setFailure(makeError(SecretError::AccessDenied, QStringLiteral("refused")));
        store.writePassword(QStringLiteral("k"), QStringLiteral("new"), nullptr, o.onWrite());
        QTRY_COMPARE(o.calls, 2);
        QVERIFY(!o.written->hasValue());
        QCOMPARE(o.written->errorCode(), SecretError::AccessDenied);
        QCOMPARE(o.written->error().message, QStringLiteral("refused"));
        store.removePassword(QStringLiteral("k"), nullptr, o.onWrite());
        store.readPassword(QStringLiteral("k"), nullptr, o.onRead());
        QTRY_COMPARE(o.calls, 4);
        QVERIFY(!o.written->hasValue());
        QCOMPARE(o.read->errorCode(), SecretError::AccessDenied);

        store.setFailure(std::nullopt);
        store.readPassword(QStringLiteral("k"), nullptr, o.onRead());
        QTRY_COMPARE(o.calls, 5);
        QCOMPARE(o.read->value(), QStringLiteral("kept"));
    }

    // A profile that cannot carry a password (no user name before MQTT 5.0,
    // MQTT-3.1.2-22) does not ask the keychain, so a missing keychain is no
    // error for it; one with a user name, or an MQTT 5.0 one, asks.
    void profilePasswordIsReadOnlyWhenThereCanBeOne_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<mqtt::ProtocolVersion>("version");
        QTest::addColumn<bool>("asks");
        QTest::newRow("no user, 3.1.1") << QString() << mqtt::ProtocolVersion::V311 << false;
        QTest::newRow("no user, 3.1") << QString() << mqtt::ProtocolVersion::V31 << false;
        QTest::newRow("user, 3.1.1") << QStringLiteral("alice") << mqtt::ProtocolVersion::V311 << true;
        QTest::newRow("no user, 5.0") << QString() << mqtt::ProtocolVersion::V5 << true;
    }
    void profilePasswordIsReadOnlyWhenThereCanBeOne()
    {
        QFETCH(QString, username);
        QFETCH(mqtt::ProtocolVersion, version);
        QFETCH(bool, asks);
        MemorySecretStore store;
        store.setFailure(makeError(SecretError::Unavailable, QStringLiteral("no keychain")));
        client::ConnectionProfile profile;
        profile.username = username;
        profile.protocolVersion = version;
        QObject context;
        int calls = 0;
        QString error;
        readProfilePassword(store, QStringLiteral("k"), profile, &context,
                            [&](const client::ConnectionProfile &back, const QString &message) {
                                ++calls;
                                error = message;
                                QCOMPARE(back.username, username);
                            });
        QCOMPARE(calls, 0); // never before it returns
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error, asks ? QStringLiteral("no keychain") : QString());
    }

    void memoryCallbackDroppedWithItsContext()
    {
        MemorySecretStore store;
        Outcome gone, after;
        auto *context = new QObject;
        store.writePassword(QStringLiteral("k"), QStringLiteral("v"), context, gone.onWrite());
        delete context;
        store.readPassword(QStringLiteral("k"), nullptr, after.onRead());
        QTRY_COMPARE(after.calls, 1); // answers come in order: the first one's turn has passed
        QCOMPARE(gone.calls, 0);
        QCOMPARE(after.read->value(), QStringLiteral("v")); // the write itself happened
    }

    void keychainUnavailableKeepsThePasswordForTheSession()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only on Linux does the keychain go through the D-Bus session bus this test takes away");
#endif
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        QCOMPARE(KeychainSecretStore().service(), QStringLiteral("Homewire"));
        const QString key = QStringLiteral("profile/unavailable");
        const QString password = QStringLiteral("pw-kept-in-memory-3141");
        Outcome o;
        store.writePassword(key, password, nullptr, o.onWrite());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, KeychainTimeoutMs);
        QVERIFY(!o.written->hasValue());
        QCOMPARE(o.written->errorCode(), SecretError::Unavailable);
        const QString message = o.written->error().message;
        QVERIFY2(message.startsWith(QStringLiteral("The system keychain is not available (")),
                 qPrintable(message));
        QVERIFY2(
            message.endsWith(QStringLiteral("): the password is kept for this session only and not saved.")),
            qPrintable(message));
        QVERIFY(message.size() > 100); // the reason in brackets is not empty
        QVERIFY(store.isKeptForSessionOnly(key));

        // The session copy answers reads; a newer password replaces it.
        store.readPassword(key, nullptr, o.onRead());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 2, KeychainTimeoutMs);
        QVERIFY(o.read->hasValue());
        QCOMPARE(o.read->value(), password);
        store.writePassword(key, QStringLiteral("newer"), nullptr, o.onWrite());
        store.readPassword(key, nullptr, o.onRead());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 4, KeychainTimeoutMs);
        QCOMPARE(o.read->value(), QStringLiteral("newer"));

        // Nothing reached a settings or data file.
        QSettings().sync();
        QSettings(QStringLiteral("Homewire-test")).sync();
        QCOMPARE(filesContaining(m_home.path(), password.toUtf8()), QStringList());
        QCOMPARE(filesContaining(m_home.path(), QByteArray("newer")), QStringList());

        // Removing forgets the session copy, and says what it could not do.
        store.removePassword(key, nullptr, o.onWrite());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 5, KeychainTimeoutMs);
        QVERIFY(!o.written->hasValue());
        QVERIFY(
            o.written->error().message.endsWith(QStringLiteral("the saved password could not be removed.")));
        QVERIFY(!store.isKeptForSessionOnly(key));
        store.readPassword(key, nullptr, o.onRead());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 6, KeychainTimeoutMs);
        QVERIFY(!o.read->hasValue());
    }

    void keychainUnavailableRead()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only on Linux does the keychain go through the D-Bus session bus this test takes away");
#endif
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        Outcome o;
        store.readPassword(QStringLiteral("profile/never-written"), nullptr, o.onRead());
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, KeychainTimeoutMs);
        QVERIFY(!o.read->hasValue());
        QCOMPARE(o.read->errorCode(), SecretError::Unavailable);
        const QString message = o.read->error().message;
        QVERIFY2(message.startsWith(QStringLiteral("The system keychain is not available (")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("): the saved password cannot be read.")),
                 qPrintable(message));
    }

    void keychainCallbackDroppedWithItsContext()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only on Linux does the keychain go through the D-Bus session bus this test takes away");
#endif
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        Outcome gone, after;
        auto *context = new QObject;
        store.writePassword(QStringLiteral("k"), QStringLiteral("v"), context, gone.onWrite());
        delete context;
        store.readPassword(QStringLiteral("k"), nullptr, after.onRead());
        QTRY_COMPARE_WITH_TIMEOUT(after.calls, 1, KeychainTimeoutMs);
        QCOMPARE(gone.calls, 0);
        // The write finished without anyone listening, and still kept the password.
        QVERIFY(store.isKeptForSessionOnly(QStringLiteral("k")));
        QCOMPARE(after.read->value(), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
