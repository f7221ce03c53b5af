// Plot points and plot sources from a topic's messages.

#include "history/payload/plotseries.h"

#include <QTest>

using namespace homewire;
using namespace homewire::payload;

namespace {

mqtt::ApplicationMessage message(qint64 timeMs, const QByteArray &payload)
{
    mqtt::ApplicationMessage m;
    m.topic = "t";
    m.payload = payload;
    m.receivedMs = timeMs;
    return m;
}

} // namespace

class TestPlotSeries : public QObject
{
    Q_OBJECT

private slots:
    void points_data();
    void points();
    void sources_data();
    void sources();
};

void TestPlotSeries::points_data()
{
    QTest::addColumn<QList<QByteArray>>("payloads");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<PlotPoint>>("expected");

    QTest::newRow("plain numbers, non-numbers skipped")
        << QList<QByteArray>{"21.5", " 22 ", "unavailable", "23"} << QString()
        << QList<PlotPoint>{{1, 21.5}, {2, 22}, {4, 23}};
    QTest::newRow("switch states") << QList<QByteArray>{"ON", "OFF", "on"} << QString()
                                   << QList<PlotPoint>{{1, 1}, {2, 0}, {3, 1}};
    QTest::newRow("JSON field") << QList<QByteArray>{R"({"temperature": 20})", R"({"humidity": 40})",
                                                     R"({"temperature": "21.5"})"}
                                << QStringLiteral("temperature") << QList<PlotPoint>{{1, 20}, {3, 21.5}};
    QTest::newRow("nested and indexed fields")
        << QList<QByteArray>{R"({"sensor": {"values": [1, 2, 3]}})", R"({"sensor": {"values": [4, 5]}})"}
        << QStringLiteral("sensor.values[2]") << QList<PlotPoint>{{1, 3}};
    QTest::newRow("broken JSON skipped")
        << QList<QByteArray>{R"({"t": 1})", R"({"t": 2,)"} << QStringLiteral("t") << QList<PlotPoint>{{1, 1}};
    QTest::newRow("too large to plot skipped")
        << QList<QByteArray>{"1", QByteArray(MaxPlottedPayload + 1, ' ') + "2"} << QString()
        << QList<PlotPoint>{{1, 1}};
}

void TestPlotSeries::points()
{
    QFETCH(QList<QByteArray>, payloads);
    QFETCH(QString, path);
    QFETCH(QList<PlotPoint>, expected);
    QList<mqtt::ApplicationMessage> messages;
    for (qsizetype i = 0; i < payloads.size(); ++i)
        messages.append(message(i + 1, payloads[i]));
    QCOMPARE(plotPoints(messages, path), expected);
}

void TestPlotSeries::sources_data()
{
    QTest::addColumn<QList<QByteArray>>("payloads");
    QTest::addColumn<bool>("payloadIsNumeric");
    QTest::addColumn<QStringList>("jsonPaths");

    QTest::newRow("numbers") << QList<QByteArray>{"1", "2"} << true << QStringList();
    QTest::newRow("text only") << QList<QByteArray>{"hello", "world"} << false << QStringList();
    QTest::newRow("newest JSON decides")
        << QList<QByteArray>{R"({"old": 1})", R"({"temp": 1, "name": "x", "ok": true})", "offline"} << false
        << QStringList{QStringLiteral("temp"), QStringLiteral("ok")};
    QTest::newRow("JSON without numbers") << QList<QByteArray>{R"({"name": "x"})"} << false << QStringList();
    QTest::newRow("empty history") << QList<QByteArray>() << false << QStringList();
}

void TestPlotSeries::sources()
{
    QFETCH(QList<QByteArray>, payloads);
    QFETCH(bool, payloadIsNumeric);
    QFETCH(QStringList, jsonPaths);
    QList<mqtt::ApplicationMessage> messages;
    for (qsizetype i = 0; i < payloads.size(); ++i)
        messages.append(message(i + 1, payloads[i]));
    const PlotSources sources = plotSources(messages);
    QCOMPARE(sources.payloadIsNumeric, payloadIsNumeric);
    QCOMPARE(sources.jsonPaths, jsonPaths);
    QCOMPARE(sources.isEmpty(), !payloadIsNumeric && jsonPaths.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlotSeries)
#include "tst_plotseries.moc"
