// The desktop application's command line, for users and for tests: a
// self-contained profile in --data-dir, --connect to a broker started by the
// test, --no-broker, and clear errors for bad arguments. The application runs
// offscreen as a child process and is stopped by its PID.
#include "brokertest.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

constexpr int Timeout = 20'000;

class App
{
public:
    explicit App(const QStringList &arguments, const QStringList &extraEnvironment = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : extraEnvironment)
            environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
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

    void secondLaunchBringsTheFirstToTheFront()
    {
        QTemporaryDir data;
        const QStringList arguments{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--no-broker")};
        App first(arguments);
        QVERIFY(first.process().waitForStarted(Timeout));
        QByteArray firstOutput;
        QTRY_VERIFY2_WITH_TIMEOUT((firstOutput += first.process().readAll()).contains("brings this window"),
                                  firstOutput.constData(), Timeout);

        // The same profile: the second launch hands over and ends at once.
        App second(arguments);
        QVERIFY(second.process().waitForFinished(Timeout));
        QCOMPARE(second.process().exitCode(), 0);
        QVERIFY(second.process().readAll().contains("already running with this profile"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            (firstOutput += first.process().readAll()).contains("asked for this window"),
            firstOutput.constData(), Timeout);
        QCOMPARE(first.process().state(), QProcess::Running);

        // Another profile is another instance: it keeps running.
        QTemporaryDir otherData;
        App other({QStringLiteral("--data-dir"), otherData.path(), QStringLiteral("--no-broker")});
        QVERIFY(other.process().waitForStarted(Timeout));
        QByteArray otherOutput;
        QTRY_VERIFY2_WITH_TIMEOUT((otherOutput += other.process().readAll()).contains("brings this window"),
                                  otherOutput.constData(), Timeout);
        QCOMPARE(other.process().state(), QProcess::Running);
    }

    void crashedInstanceDoesNotBlockTheNext()
    {
        // A killed instance leaves its socket file behind; the next launch
        // finds nobody there and starts normally.
        QTemporaryDir data;
        const QStringList arguments{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--no-broker")};
        {
            App first(arguments);
            QVERIFY(first.process().waitForStarted(Timeout));
            QByteArray output;
            QTRY_VERIFY_WITH_TIMEOUT((output += first.process().readAll()).contains("brings this window"),
                                     Timeout);
            first.process().kill(); // SIGKILL by its PID: no clean-up
            QVERIFY(first.process().waitForFinished(Timeout));
        }
        App next(arguments);
        QVERIFY(next.process().waitForStarted(Timeout));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += next.process().readAll()).contains("brings this window"),
                                  output.constData(), Timeout);
        QCOMPARE(next.process().state(), QProcess::Running);
    }

    // The language: --language, else the profile's Preferences choice, else
    // the system locale; the help text shows which one the program speaks.
    void speaksTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("savedLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German")
            << QStringList{} << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("de");
        QTest::newRow("system Spanish")
            << QStringList{} << QStringLiteral("es_ES.UTF-8") << QString() << QStringLiteral("es");
        QTest::newRow("system without a translation")
            << QStringList{} << QStringLiteral("ja_JP.UTF-8") << QString() << QStringLiteral("en");
        QTest::newRow("Preferences choose French")
            << QStringList{} << QStringLiteral("de_DE.UTF-8") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("--language beats Preferences")
            << QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN")} << QStringLiteral("C.UTF-8")
            << QStringLiteral("fr") << QStringLiteral("zh_CN");
        QTest::newRow("--language en on a German system")
            << QStringList{QStringLiteral("--language"), QStringLiteral("en")}
            << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("en");
    }
    void speaksTheChosenLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, systemLocale);
        QFETCH(QString, savedLanguage);
        QFETCH(QString, expected);
        const QString source = QStringLiteral("MQTT home automation controller");
        QString description = source;
        if (expected != QLatin1String("en")) {
            QTranslator translator;
            QVERIFY(translator.load(
                QStringLiteral(HOMEWIRE_BUILD_DIR "/translations/homewire_%1.qm").arg(expected)));
            description = translator.translate("main", "MQTT home automation controller");
            QVERIFY2(!description.isEmpty() && description != source, qPrintable(expected));
        }
        QTemporaryDir data;
        if (!savedLanguage.isEmpty()) {
            QVERIFY(QDir(data.path()).mkpath(QStringLiteral("Homewire")));
            QFile ini(data.filePath(QStringLiteral("Homewire/homewire.ini")));
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[ui]\nlanguage=" + savedLanguage.toUtf8() + "\n");
        }
        App app(QStringList{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--help")} + arguments,
                {QStringLiteral("LANG=") + systemLocale, QStringLiteral("LC_ALL="),
                 QStringLiteral("LANGUAGE="), QStringLiteral("LC_MESSAGES=")});
        QVERIFY(app.process().waitForFinished(Timeout));
        const QString help = QString::fromUtf8(app.process().readAll());
        QVERIFY2(help.contains(description), qPrintable(help.left(400)));
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
