#include "brokerprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#ifndef HOMEWIRE_BROKER_PATH
#error "HOMEWIRE_BROKER_PATH must name the homewire-broker executable"
#endif

namespace {

// How often a waiting loop looks at the log file or retries a connect.
constexpr int PollMs = 25;

} // namespace

BrokerProcess::Kind BrokerProcess::kindFromEnvironment()
{
    const QByteArray name = qgetenv("HOMEWIRE_TEST_BROKER").trimmed().toLower();
    return name == "mosquitto" ? Kind::Mosquitto : Kind::Homewire;
}

QString BrokerProcess::kindName(Kind kind)
{
    return kind == Kind::Mosquitto ? QStringLiteral("mosquitto") : QStringLiteral("homewire");
}

QString BrokerProcess::programPath(Kind kind)
{
    const QString path = kind == Kind::Mosquitto ? QStringLiteral("/usr/sbin/mosquitto")
                                                 : QStringLiteral(HOMEWIRE_BROKER_PATH);
    return QFileInfo(path).isExecutable() ? path : QString();
}

BrokerProcess::BrokerProcess(Kind kind)
    : m_kind(kind)
{}

BrokerProcess::~BrokerProcess()
{
    stop();
}

quint16 BrokerProcess::pickFreePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool BrokerProcess::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool BrokerProcess::writeConfig(const QByteArray &text)
{
    m_configPath = m_dir->filePath(QStringLiteral("broker.conf"));
    QFile file(m_configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(m_configPath, file.errorString()));
    return true;
}

bool BrokerProcess::provisionUsers()
{
    for (const auto &[name, password] : std::as_const(m_users)) {
        QProcess tool;
        if (isHomewire()) {
            tool.start(programPath(m_kind),
                       {QStringLiteral("user"), QStringLiteral("add"), QString::fromUtf8(name),
                        QStringLiteral("--password-stdin"), QStringLiteral("--iterations"),
                        QStringLiteral("1000"), QStringLiteral("--data-dir"),
                        m_dir->filePath(QStringLiteral("data"))});
            tool.write(password + '\n');
            tool.closeWriteChannel();
        } else {
            const QString file = m_dir->filePath(QStringLiteral("passwd"));
            QStringList arguments = {QStringLiteral("-b")};
            if (!QFileInfo::exists(file))
                arguments.prepend(QStringLiteral("-c"));
            tool.start(QStringLiteral("mosquitto_passwd"),
                       arguments + QStringList{file, QString::fromUtf8(name), QString::fromUtf8(password)});
            if (!m_extraConfig.contains("password_file"))
                m_extraConfig += "password_file " + file.toUtf8() + '\n';
        }
        if (!tool.waitForFinished(30'000) || tool.exitStatus() != QProcess::NormalExit ||
            tool.exitCode() != 0)
            return fail(QStringLiteral("cannot add user %1: %2")
                            .arg(QString::fromUtf8(name), QString::fromUtf8(tool.readAllStandardError())));
    }
    if (isMosquitto() && !m_users.isEmpty()) {
        // Started as root, Mosquitto reads the password file after it has
        // dropped to its own user: that user must reach the file.
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                              QFileDevice::ReadOther;
        QFile::setPermissions(m_dir->path(), readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                 QFileDevice::ExeOther);
        QFile::setPermissions(m_dir->filePath(QStringLiteral("passwd")), readable);
    }
    return true;
}

bool BrokerProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_port = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    if (!provisionUsers())
        return false;
    return launch(timeoutMs);
}

bool BrokerProcess::restart(int timeoutMs)
{
    stop();
    m_error.clear();
    m_port = 0;
    if (!m_dir)
        return start(timeoutMs);
    return launch(timeoutMs);
}

void BrokerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
}

bool BrokerProcess::launch(int timeoutMs)
{
    m_logPath = m_dir->filePath(QStringLiteral("broker-%1.log").arg(++m_launches));
    if (programPath(m_kind).isEmpty())
        return fail(QStringLiteral("%1 is not installed").arg(kindName(m_kind)));

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(m_dir->filePath(QStringLiteral("broker.out")));
    m_process.setStandardErrorFile(m_logPath);
    return m_kind == Kind::Homewire ? startHomewire(timeoutMs) : startMosquitto(timeoutMs);
}

bool BrokerProcess::startHomewire(int timeoutMs)
{
    // Limits matching the Mosquitto configuration below, so both brokers see
    // the same load the same way.
    // The extra configuration comes last, so a test may override any of these.
    QByteArray config = "max_queued_messages 100000\nmax_inflight_messages 64\nlog_level info\n";
    config += m_extraConfig;
    if (!writeConfig(config))
        return false;
    QStringList arguments = {QStringLiteral("--port"),     QStringLiteral("0"),
                             QStringLiteral("--bind"),     QStringLiteral("127.0.0.1"),
                             QStringLiteral("--config"),   m_configPath,
                             QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data"))};
    arguments += m_extraArguments;
    m_process.start(programPath(m_kind), arguments);
    if (!m_process.waitForStarted(timeoutMs))
        return fail(QStringLiteral("homewire-broker did not start: %1").arg(m_process.errorString()));

    // The broker logs "listening on 127.0.0.1:PORT" once its socket is bound.
    static const QRegularExpression listening(QStringLiteral("listening on \\S*:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(log()));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return waitForTcp(int(qMax<qint64>(deadline.remainingTime(), PollMs)));
        }
        if (m_process.state() != QProcess::Running || m_process.waitForFinished(PollMs))
            return fail(QStringLiteral("homewire-broker exited with code %1").arg(m_process.exitCode()));
    }
    return fail(QStringLiteral("homewire-broker did not report its port within %1 ms").arg(timeoutMs));
}

bool BrokerProcess::startMosquitto(int timeoutMs)
{
    m_port = pickFreePort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    QByteArray config = "listener " + QByteArray::number(m_port) +
                        " 127.0.0.1\n"
                        "allow_anonymous true\n"
                        "max_queued_messages 100000\n"
                        "max_inflight_messages 64\n"
                        "persistence false\n"
                        "log_dest stderr\n"
                        "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n";
    config += m_extraConfig;
    if (!writeConfig(config))
        return false;
    m_process.start(programPath(m_kind), {QStringLiteral("-c"), m_configPath});
    if (!m_process.waitForStarted(timeoutMs))
        return fail(QStringLiteral("mosquitto did not start: %1").arg(m_process.errorString()));
    return waitForTcp(timeoutMs);
}

bool BrokerProcess::waitForTcp(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return fail(
                QStringLiteral("%1 exited with code %2").arg(kindName(m_kind)).arg(m_process.exitCode()));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(PollMs * 4)) {
            probe.abort();
            return true;
        }
        probe.abort();
        m_process.waitForFinished(PollMs);
    }
    return fail(QStringLiteral("%1 did not accept connections on port %2 within %3 ms")
                    .arg(kindName(m_kind))
                    .arg(m_port)
                    .arg(timeoutMs));
}

bool BrokerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate(); // SIGTERM to the broker's PID
    bool clean = m_process.waitForFinished(timeoutMs);
    if (!clean) {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(timeoutMs);
    }
    return clean && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QByteArray BrokerProcess::log() const
{
    if (m_logPath.isEmpty())
        return {};
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray BrokerProcess::logTail(int lines) const
{
    const QList<QByteArray> all = log().split('\n');
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join('\n');
}

bool BrokerProcess::logHasSanitizerReport() const
{
    const QByteArray text = log();
    return text.contains("ERROR: AddressSanitizer") || text.contains("ERROR: LeakSanitizer") ||
           text.contains("runtime error:");
}
