// The desktop application's command line, for users and for tests: a
// self-contained profile in --data-dir, --connect to a broker started by the
// test, --no-broker, and clear errors for bad arguments. The application runs
// offscreen as a child process and is stopped by its PID.
#include "brokertest.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int Timeout = 20'000;

class App
{
public:
    explicit App(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No D-Bus session: the keychain is reported unavailable, as on CI.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent"));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(HOMEWIRE_APP_PATH), arguments);
    }
    ~App()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class tst_AppCli : public QObject
{
    Q_OBJECT

private slots:
    void connectsToTheGivenBrokerWithItsOwnProfile()
    {
        BrokerProcess broker(BrokerProcess::Kind::Homewire);
        HW_START_BROKER(broker);
        QTemporaryDir data;
        App app({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--no-broker"),
                 QStringLiteral("--connect"), QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port())});
        QVERIFY(app.process().waitForStarted(Timeout));
        // The explorer's connection shows up at the broker.
        QTRY_VERIFY2_WITH_TIMEOUT(broker.log().contains("client homewire-"), broker.logTail().constData(),
                                  Timeout);
        // The database lives in the data directory.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(data.path()).filePath(QStringLiteral("homewire.db"))),
                                 Timeout);
        app.process().terminate();
        QVERIFY(app.process().waitForFinished(Timeout));
        QVERIFY(
            !QDir(data.path()).entryList({QStringLiteral("*.ini")}, QDir::Files).isEmpty() ||
            !QDir(data.path()).entryList({QStringLiteral("*.ini")}, QDir::Files | QDir::AllDirs).isEmpty());
        HW_STOP_BROKER(broker);
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scheme")
            << QStringList{QStringLiteral("--connect"), QStringLiteral("http://x")}
            << QStringLiteral("--connect");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--broker-port"), QStringLiteral("70000")}
                                  << QStringLiteral("--broker-port");
        QTest::newRow("bad demo rate") << QStringList{QStringLiteral("--demo-rate"), QStringLiteral("many")}
                                       << QStringLiteral("--demo-rate");
    }
    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir data;
        App app(QStringList{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--no-broker")} +
                arguments);
        QVERIFY(app.process().waitForFinished(Timeout));
        QCOMPARE(app.process().exitCode(), 2);
        QVERIFY2(app.process().readAll().contains(message.toUtf8()), "the error does not name the option");
    }
};

QTEST_GUILESS_MAIN(tst_AppCli)
#include "tst_appcli.moc"
