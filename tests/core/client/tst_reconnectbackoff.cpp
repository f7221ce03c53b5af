// ReconnectBackoff: 1 s after the first failure, doubling up to 30 s, and
// back to 1 s after a successful connect.

#include "client/reconnectbackoff.h"

#include <QTest>

using homewire::client::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCap();
    void resetStartsOver();
};

void TestReconnectBackoff::doublesUpToTheCap()
{
    ReconnectBackoff backoff;
    QList<int> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.nextDelayMs());
    QCOMPARE(delays, (QList<int>{1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000, 30'000}));
}

void TestReconnectBackoff::resetStartsOver()
{
    ReconnectBackoff backoff;
    for (int i = 0; i < 10; ++i)
        (void)backoff.nextDelayMs();
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 1'000);
    QCOMPARE(backoff.nextDelayMs(), 2'000);
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
