// KeychainSecretStore against a keychain that works: a private D-Bus session
// bus (dbus-daemon) with a stand-in for KWallet's D-Bus service, which is
// what QtKeychain talks to on a KDE desktop. The real QtKeychain code runs
// end to end; only the wallet behind the bus is ours, so the test can look
// into it and make it refuse.
//
// tst_secretstore covers the machine without any keychain.
#include "store/keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace homewire;
using namespace homewire::store;

namespace {

constexpr int KeychainTimeoutMs = 10000;

} // namespace

// The part of org.kde.KWallet that QtKeychain uses.
class FakeWallet : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.KWallet")

public:
    QHash<QString, QString> entries; // "folder/key" -> password
    bool refuse = false;             // as when the user declines to open the wallet

public slots:
    QString networkWallet() { return QStringLiteral("kdewallet"); }
    int open(const QString &, qlonglong, const QString &) { return refuse ? -1 : 7; }
    int entryType(int, const QString &folder, const QString &key, const QString &)
    {
        return entries.contains(folder + QLatin1Char('/') + key) ? 1 /* Password */ : 0 /* Unknown */;
    }
    QString readPassword(int, const QString &folder, const QString &key, const QString &)
    {
        return entries.value(folder + QLatin1Char('/') + key);
    }
    int writePassword(int, const QString &folder, const QString &key, const QString &value, const QString &)
    {
        entries.insert(folder + QLatin1Char('/') + key, value);
        return 0;
    }
    int removeEntry(int, const QString &folder, const QString &key, const QString &)
    {
        entries.remove(folder + QLatin1Char('/') + key);
        return 0;
    }
};

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    FakeWallet m_wallet;

    struct Outcome
    {
        int calls = 0;
        std::optional<Result<QString, SecretError>> read;
        std::optional<Result<void, SecretError>> written;
    };
    void write(KeychainSecretStore &store, const QString &key, const QString &password, Outcome &o)
    {
        store.writePassword(key, password, nullptr, [&o](const Result<void, SecretError> &r) {
            ++o.calls;
            o.written = r;
        });
    }
    void read(KeychainSecretStore &store, const QString &key, Outcome &o)
    {
        store.readPassword(key, nullptr, [&o](const Result<QString, SecretError> &r) {
            ++o.calls;
            o.read = r;
        });
    }

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        const QString address = QStringLiteral("unix:path=%1/bus").arg(m_dir.path());
#ifdef Q_OS_LINUX
        // The bus goes with the test, even when the test dies on an assertion.
        m_bus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_bus.start(daemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--address=") + address, QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), KeychainTimeoutMs); // listening

        // Before anything touches the session bus or QtKeychain picks its backend.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toLocal8Bit());
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "5");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerObject(QStringLiteral("/modules/kwalletd5"), &m_wallet,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.kde.kwalletd5")));
    }

    void cleanupTestCase()
    {
        if (m_bus.state() == QProcess::NotRunning)
            return;
        m_bus.terminate();
        QVERIFY(m_bus.waitForFinished(KeychainTimeoutMs));
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        const QString key = QStringLiteral("profile/round-trip");
        Outcome o;
        write(store, key, QStringLiteral("first"), o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, KeychainTimeoutMs);
        QVERIFY2(o.written->hasValue(), *o.written ? "" : qPrintable(o.written->error().message));
        QCOMPARE(m_wallet.entries.value(QStringLiteral("Homewire-test/profile/round-trip")),
                 QStringLiteral("first"));
        QVERIFY(!store.isKeptForSessionOnly(key));

        write(store, key, QStringLiteral("second"), o);
        read(store, key, o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 3, KeychainTimeoutMs);
        QVERIFY(o.read->hasValue());
        QCOMPARE(o.read->value(), QStringLiteral("second"));

        // An empty password removes the entry; so does removePassword().
        write(store, key, QString(), o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 4, KeychainTimeoutMs);
        QVERIFY(o.written->hasValue());
        QVERIFY(m_wallet.entries.isEmpty());
        store.removePassword(key, nullptr, [&o](const Result<void, SecretError> &r) {
            ++o.calls;
            o.written = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 5, KeychainTimeoutMs);
        QVERIFY(o.written->hasValue()); // nothing to remove is fine
    }

    void missingEntryReadsAsNoPassword()
    {
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        Outcome o;
        read(store, QStringLiteral("profile/never-written"), o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, KeychainTimeoutMs);
        QVERIFY(o.read->hasValue());
        QCOMPARE(o.read->value(), QString());
    }

    void refusedWalletKeepsThePasswordForTheSession()
    {
        KeychainSecretStore store(QStringLiteral("Homewire-test"));
        const QString key = QStringLiteral("profile/refused");
        Outcome o;
        m_wallet.refuse = true;
        write(store, key, QStringLiteral("session-only"), o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, KeychainTimeoutMs);
        m_wallet.refuse = false;
        QVERIFY(!o.written->hasValue());
        QCOMPARE(o.written->errorCode(), SecretError::AccessDenied);
        const QString message = o.written->error().message;
        QVERIFY2(message.startsWith(QStringLiteral("Access to the system keychain was denied (")),
                 qPrintable(message));
        QVERIFY2(
            message.endsWith(QStringLiteral("): the password is kept for this session only and not saved.")),
            qPrintable(message));
        QVERIFY(m_wallet.entries.isEmpty());
        QVERIFY(store.isKeptForSessionOnly(key));
        read(store, key, o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 2, KeychainTimeoutMs);
        QCOMPARE(o.read->value(), QStringLiteral("session-only"));

        // Once the wallet takes it, the session copy is gone and the wallet answers.
        write(store, key, QStringLiteral("saved"), o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 3, KeychainTimeoutMs);
        QVERIFY(o.written->hasValue());
        QVERIFY(!store.isKeptForSessionOnly(key));
        m_wallet.entries.insert(QStringLiteral("Homewire-test/profile/refused"),
                                QStringLiteral("changed in wallet"));
        read(store, key, o);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 4, KeychainTimeoutMs);
        QCOMPARE(o.read->value(), QStringLiteral("changed in wallet"));
        m_wallet.entries.clear();
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
