// homewire-broker as a user runs it: --version, --help, a bad configuration
// line, a port in use, and a clean stop on SIGTERM.
#include "brokerprocess.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

class tst_BrokerCli : public QObject
{
    Q_OBJECT

private:
    static QString program() { return BrokerProcess::programPath(BrokerProcess::Kind::Homewire); }

    // Runs the broker to completion; returns exit code, fills stdout+stderr.
    static int run(const QStringList &arguments, QByteArray *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program(), arguments);
        if (!process.waitForFinished(10'000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void versionAndHelp()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
        QVERIFY2(out.contains("homewire-broker"), out.constData());
        QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
        for (const char *option :
             {"--port", "--bind", "--config", "--data-dir", "--durability", "--log-level"})
            QVERIFY2(out.contains(option), option);
    }

    void badConfigLineIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broker.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\nport 0\nmax_inflight_messages lots\n");
        file.close();
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--config"), path, QStringLiteral("--memory")}, &out), 2);
        QVERIFY2(out.contains("line 3") && out.contains("max_inflight_messages"), out.constData());

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("prot 1883\n");
        file.close();
        QCOMPARE(run({QStringLiteral("--config"), path, QStringLiteral("--memory")}, &out), 2);
        QVERIFY2(out.contains("line 1") && out.contains("unknown option 'prot'"), out.constData());
    }

    void badOptionValueIsExplained()
    {
        QByteArray out;
        QCOMPARE(
            run({QStringLiteral("--durability"), QStringLiteral("sometimes"), QStringLiteral("--memory")},
                &out),
            2);
        QVERIFY2(out.contains("fast or durable"), out.constData());
    }

    void portInUseIsExplained()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QByteArray out;
        QCOMPARE(
            run({QStringLiteral("--port"), QString::number(blocker.serverPort()), QStringLiteral("--memory")},
                &out),
            1);
        QVERIFY2(out.contains("cannot listen") && out.contains(QByteArray::number(blocker.serverPort())),
                 out.constData());
    }

    void corruptDatabaseIsBackedUpAndReported()
    {
        QTemporaryDir dir;
        QFile db(dir.filePath(QStringLiteral("broker.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("not a database: ") + QByteArray(8192, 'z');
        db.write(garbage);
        db.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                  dir.path()});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAll()).contains("listening on"), 10'000);
        QVERIFY2(out.contains("damaged") && out.contains(".corrupt-"), out.constData());
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("broker.db.corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QFile backup(dir.filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), garbage); // the old file is kept byte for byte
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 0);
    }

    void sigtermStopsCleanly()
    {
        BrokerProcess broker(BrokerProcess::Kind::Homewire);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QVERIFY(broker.stop()); // SIGTERM by PID; exit code 0 within the timeout
        QVERIFY2(broker.log().contains("shutting down") && broker.log().contains("stopped"),
                 broker.log().constData());
        QVERIFY(!broker.logHasSanitizerReport());
    }
};

QTEST_GUILESS_MAIN(tst_BrokerCli)
#include "tst_brokercli.moc"
