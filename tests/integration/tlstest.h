// Helpers of the TLS integration tests: a small PKI made with the openssl
// tool (client tools are run with toolprocess.h).
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

#include "toolprocess.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace tlstest {

using tooltest::arg;
using tooltest::Outcome;
using tooltest::runTool;

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

    // `openssl req` with a new P-256 key, <name>.key, for /CN=<commonName>.
    static QStringList newKey(const char *name, const char *commonName)
    {
        return {arg("req"),
                arg("-newkey"),
                arg("ec"),
                arg("-pkeyopt"),
                arg("ec_paramgen_curve:P-256"),
                arg("-nodes"),
                arg("-subj"),
                QStringLiteral("/CN=%1").arg(arg(commonName)),
                arg("-keyout"),
                QStringLiteral("%1.key").arg(arg(name))};
    }

    // A request, <name>.csr, for a CA to sign.
    static QStringList request(const char *name, const char *commonName)
    {
        return newKey(name, commonName) +
               QStringList{arg("-new"), arg("-out"), QStringLiteral("%1.csr").arg(arg(name))};
    }

    // <name>.crt signed by its own key, with `extensions` (-addext).
    static QStringList selfSigned(const char *name, const char *commonName, const QStringList &extensions)
    {
        QStringList step =
            newKey(name, commonName) + QStringList{arg("-x509"), arg("-days"), arg("2"), arg("-out"),
                                                   QStringLiteral("%1.crt").arg(arg(name))};
        for (const QString &extension : extensions)
            step << arg("-addext") << extension;
        return step;
    }

    static QStringList authority(const char *name, const char *commonName)
    {
        return selfSigned(
            name, commonName,
            {arg("basicConstraints=critical,CA:TRUE"), arg("keyUsage=critical,keyCertSign,cRLSign")});
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
            selfSigned("selfsigned", "eve", {arg("basicConstraints=CA:FALSE")}), // a leaf trusted by nobody
            {arg("ca"), arg("-config"), arg("ca.cnf"), arg("-revoke"), arg("revoked.crt")},
            {arg("ca"), arg("-config"), arg("ca.cnf"), arg("-gencrl"), arg("-out"), arg("ca.crl")},
        };
    }

    QTemporaryDir m_dir;
};

} // namespace tlstest
