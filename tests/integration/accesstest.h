// Users of a running homewire-broker, added with its own command line as an
// administrator would while it runs, and the broker's word that it has
// loaded them. Free of Homewire's mqtt/ headers, so Paho can be used too.
#pragma once

#include "brokerprocess.h"
#include "toolprocess.h"

#include <QRegularExpression>
#include <QtTest>

// The latest revision of access.db a Homewire broker says it loaded: it logs
// each, from 0 when it made the file.
inline quint64 loadedAccessRevision(const BrokerProcess &broker)
{
    static const QRegularExpression loaded(QStringLiteral("access\\.db revision (\\d+) loaded"));
    quint64 latest = 0;
    auto matches = loaded.globalMatch(QString::fromUtf8(broker.log()));
    while (matches.hasNext())
        latest = qMax(latest, matches.next().captured(1).toULongLong());
    return latest;
}

// `homewire-broker user add` on `broker`'s data directory, with cheap hashes
// (the sanitizers make key derivation slow). True once the broker has loaded
// the user; false with the reason in the test's log.
inline bool addUserWhileRunning(const BrokerProcess &broker, const QByteArray &name,
                                const QByteArray &password)
{
    const quint64 revision = loadedAccessRevision(broker);
    const tooltest::Outcome added =
        tooltest::runTool(BrokerProcess::programPath(BrokerProcess::Kind::Homewire),
                          {QStringLiteral("user"), QStringLiteral("add"), QString::fromUtf8(name),
                           QStringLiteral("--password-stdin"), QStringLiteral("--iterations"),
                           QStringLiteral("1000"), QStringLiteral("--data-dir"), broker.dataDirectory()},
                          password + '\n');
    if (added.exitCode != 0) {
        qWarning().noquote() << "user add" << name << "failed:" << added.describe();
        return false;
    }
    if (QTest::qWaitFor([&] { return loadedAccessRevision(broker) > revision; }, 15'000))
        return true;
    qWarning().noquote() << "the broker did not load user" << name << '\n' << broker.logTail();
    return false;
}
