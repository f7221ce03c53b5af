// Helpers of the TLS integration tests: a small PKI made with the openssl
// tool, and client tools (mosquitto_pub/sub, openssl s_client) run to
// completion or left running and stopped by their PID.
//
// The PKI, in a temporary directory:
//     ca.crt/.key        the listeners' CA (EC P-256)
//     other.crt/.key     an unrelated CA
//     server.crt/.key    127.0.0.1 and localhost, signed by ca
//     alice.crt/.key     a good client certificate (CN=alice)
//     expired.crt/.key   valid in January 2020 only (CN=old-device)
//     stranger.crt/.key  signed by other (CN=mallory)
//     selfsigned.crt/.key  signed by itself (CN=eve)
//     revoked.crt/.key   signed by ca, then revoked (CN=bob)
//     ca.crl             ca's revocation list naming revoked.crt
// Certificates signed by ca go through `openssl ca`, which can backdate
// (OpenSSL 3.0's `x509 -req` cannot) and keeps the database -gencrl needs.
// Header-only and free of Homewire's mqtt/ headers, so Paho can be used too.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace tlstest {

constexpr int ToolTimeoutMs = 20'000;

inline QString arg(const char *text)
{
    return QString::fromLatin1(text);
}

struct Outcome
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

// Runs a program to completion in `directory` (empty: here), with `input`
// on its standard input.
inline Outcome runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                       const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    Outcome outcome;
    if (!process.waitForStarted(ToolTimeoutMs))
        return outcome;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(ToolTimeoutMs);
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        outcome.exitCode = process.exitCode();
    return outcome;
}

// mosquitto_sub left running (-d, line-buffered); stopped by its PID.
class Subscriber
{
public:
    explicit Subscriber(const QStringList &arguments)
    {
        m_process.start(arg("/usr/bin/stdbuf"),
                        QStringList{arg("-oL"), arg("/usr/bin/mosquitto_sub"), arg("-d"), arg("-v")} +
                            arguments);
        m_process.waitForStarted(ToolTimeoutMs);
    }
    ~Subscriber()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(2'000)) {
            m_process.kill();
            m_process.waitForFinished(2'000);
        }
    }
    Subscriber(const Subscriber &) = delete;
    Subscriber &operator=(const Subscriber &) = delete;

    // Waits until its output contains `text`; false on timeout or exit.
    bool waitFor(const QByteArray &text, int timeoutMs = ToolTimeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!(m_output += m_process.readAllStandardOutput()).contains(text)) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running)
                return false;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return true;
    }
    QByteArray output() const { return m_output; }
    // Output, errors and state, for a failure message.
    QByteArray diagnostics()
    {
        return "stdout:\n" + m_output + "\nstderr:\n" + m_process.readAllStandardError() + "\nstate " +
               QByteArray::number(m_process.state()) + ", exit " + QByteArray::number(m_process.exitCode());
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

class TestPki
{
public:
    // Makes every file; false with the failing step in `diagnostics`.
    bool make(QByteArray *diagnostics)
    {
        const QString openssl = QStandardPaths::findExecutable(arg("openssl"));
        if (openssl.isEmpty() || !m_dir.isValid()) {
            *diagnostics = "the openssl tool is not installed";
            return false;
        }
        // Mosquitto may read its files after dropping privileges.
        QFile::setPermissions(m_dir.path(),
                              QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther);
        if (!write("ca.cnf", caConfig()) || !write("index.txt", "") || !write("serial", "1000\n") ||
            !write("crlnumber", "1000\n") || !QDir(m_dir.path()).mkpath(arg("issued")) ||
            !write("server.ext", "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n")) {
            *diagnostics = "cannot write to " + m_dir.path().toUtf8();
            return false;
        }
        for (const QStringList &step : steps()) {
            const Outcome outcome = runTool(openssl, step, {}, m_dir.path());
            if (outcome.exitCode != 0) {
                *diagnostics = "openssl " + step.join(QLatin1Char(' ')).toUtf8() + ": " + outcome.describe();
                return false;
            }
        }
        // Keys too: Mosquitto started as root reads them as its own user.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            const QString file = m_dir.filePath(name);
            QFile::setPermissions(file, QFile::permissions(file) | QFile::ReadOther | QFile::ReadGroup);
        }
        return true;
    }

    QString path(const char *name) const { return m_dir.filePath(arg(name)); }

private:
    bool write(const char *name, const QByteArray &text)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }

    static QByteArray caConfig()
    {
        return "[ ca ]\ndefault_ca = test\n"
               "[ test ]\ndir = .\ndatabase = index.txt\nnew_certs_dir = issued\ncertificate = ca.crt\n"
               "private_key = ca.key\nserial = serial\ncrlnumber = crlnumber\ndefault_md = sha256\n"
               "default_days = 2\ndefault_crl_days = 2\npolicy = anything\nunique_subject = no\n"
               "[ anything ]\ncommonName = supplied\n"
               "[ client ]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = clientAuth\n";
    }

    static QStringList request(const char *name, const char *commonName)
    {
        return {arg("req"),
                arg("-new"),
                arg("-newkey"),
                arg("ec"),
                arg("-pkeyopt"),
                arg("ec_paramgen_curve:P-256"),
                arg("-nodes"),
                arg("-subj"),
                QStringLiteral("/CN=%1").arg(arg(commonName)),
                arg("-keyout"),
                QStringLiteral("%1.key").arg(arg(name)),
                arg("-out"),
                QStringLiteral("%1.csr").arg(arg(name))};
    }

    static QStringList authority(const char *name, const char *commonName)
    {
        return {arg("req"),
                arg("-x509"),
                arg("-newkey"),
                arg("ec"),
                arg("-pkeyopt"),
                arg("ec_paramgen_curve:P-256"),
                arg("-nodes"),
                arg("-days"),
                arg("2"),
                arg("-subj"),
                QStringLiteral("/CN=%1").arg(arg(commonName)),
                arg("-addext"),
                arg("basicConstraints=critical,CA:TRUE"),
                arg("-addext"),
                arg("keyUsage=critical,keyCertSign,cRLSign"),
                arg("-keyout"),
                QStringLiteral("%1.key").arg(arg(name)),
                arg("-out"),
                QStringLiteral("%1.crt").arg(arg(name))};
    }

    // A leaf signed by its own key: trusted by nobody.
    static QStringList selfSigned(const char *name, const char *commonName)
    {
        return {arg("req"),
                arg("-x509"),
                arg("-newkey"),
                arg("ec"),
                arg("-pkeyopt"),
                arg("ec_paramgen_curve:P-256"),
                arg("-nodes"),
                arg("-days"),
                arg("2"),
                arg("-subj"),
                QStringLiteral("/CN=%1").arg(arg(commonName)),
                arg("-addext"),
                arg("basicConstraints=CA:FALSE"),
                arg("-keyout"),
                QStringLiteral("%1.key").arg(arg(name)),
                arg("-out"),
                QStringLiteral("%1.crt").arg(arg(name))};
    }

    // Signed by ca with `openssl ca`.
    static QStringList issue(const char *name, const QStringList &extra = {})
    {
        return QStringList{arg("ca"),
                           arg("-batch"),
                           arg("-notext"),
                           arg("-config"),
                           arg("ca.cnf"),
                           arg("-extensions"),
                           arg("client"),
                           arg("-in"),
                           QStringLiteral("%1.csr").arg(arg(name)),
                           arg("-out"),
                           QStringLiteral("%1.crt").arg(arg(name))} +
               extra;
    }

    static QStringList signedBy(const char *name, const char *ca, const char *extensions)
    {
        QStringList step = {arg("x509"),
                            arg("-req"),
                            arg("-in"),
                            QStringLiteral("%1.csr").arg(arg(name)),
                            arg("-CA"),
                            QStringLiteral("%1.crt").arg(arg(ca)),
                            arg("-CAkey"),
                            QStringLiteral("%1.key").arg(arg(ca)),
                            arg("-CAcreateserial"),
                            arg("-days"),
                            arg("2"),
                            arg("-out"),
                            QStringLiteral("%1.crt").arg(arg(name))};
        if (extensions)
            step << arg("-extfile") << arg(extensions);
        return step;
    }

    static QList<QStringList> steps()
    {
        return {
            authority("ca", "Homewire Test CA"),
            authority("other", "Some Other CA"),
            request("server", "127.0.0.1"),
            signedBy("server", "ca", "server.ext"),
            request("alice", "alice"),
            issue("alice"),
            request("expired", "old-device"),
            issue("expired",
                  {arg("-startdate"), arg("20200101000000Z"), arg("-enddate"), arg("20200102000000Z")}),
            request("revoked", "bob"),
            issue("revoked"),
            request("stranger", "mallory"),
            signedBy("stranger", "other", nullptr),
            selfSigned("selfsigned", "eve"),
            {arg("ca"), arg("-config"), arg("ca.cnf"), arg("-revoke"), arg("revoked.crt")},
            {arg("ca"), arg("-config"), arg("ca.cnf"), arg("-gencrl"), arg("-out"), arg("ca.crl")},
        };
    }

    QTemporaryDir m_dir;
};

} // namespace tlstest
