// Export of messages to JSON and CSV: text and binary payloads, quoting, and
// that what is written reads back to the same messages.
#include "history/topicexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace homewire;
using history::ExportFormat;
using mqtt::ApplicationMessage;

namespace {

const qint64 When = 1'764'000'000'123; // 2025-11-24T16:00:00.123Z

QList<ApplicationMessage> sample()
{
    return {
        ApplicationMessage{"home/kitchen/temp", "21.5", mqtt::QoS::AtLeastOnce, true, When},
        ApplicationMessage{"home/a,b", "say \"hi\",\nbye", mqtt::QoS::AtMostOnce, false, When + 1},
        ApplicationMessage{"bin/blob", QByteArray("\x00\x01\xff", 3), mqtt::QoS::ExactlyOnce, true, When + 2},
        ApplicationMessage{"empty", QByteArray(), mqtt::QoS::AtMostOnce, true, When + 3}};
}

// A minimal RFC 4180 reader for the round trip.
QList<QList<QByteArray>> readCsv(const QByteArray &text)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(std::exchange(field, {}));
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_TopicExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const QByteArray json = history::exportMessages(sample(), ExportFormat::Json);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 4);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first.value(QStringLiteral("topic")).toString(), QStringLiteral("home/kitchen/temp"));
        QCOMPARE(first.value(QStringLiteral("payload")).toString(), QStringLiteral("21.5"));
        QCOMPARE(first.value(QStringLiteral("qos")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("retained")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("received")).toString(),
                 QStringLiteral("2025-11-24T16:00:00.123Z"));
        QVERIFY(!first.contains(QStringLiteral("payloadEncoding")));
        QCOMPARE(array[1].toObject().value(QStringLiteral("payload")).toString(),
                 QStringLiteral("say \"hi\",\nbye"));
        const QJsonObject binary = array[2].toObject();
        QCOMPARE(binary.value(QStringLiteral("payloadEncoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(binary.value(QStringLiteral("payload")).toString().toLatin1()),
                 QByteArray("\x00\x01\xff", 3));
        QCOMPARE(array[3].toObject().value(QStringLiteral("payload")).toString(), QString());
    }

    void csvRoundTrip()
    {
        const QByteArray csv = history::exportMessages(sample(), ExportFormat::Csv);
        const auto rows = readCsv(csv);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0],
                 (QList<QByteArray>{"topic", "payload", "payload_encoding", "qos", "retained", "received"}));
        QCOMPARE(rows[1], (QList<QByteArray>{"home/kitchen/temp", "21.5", "utf-8", "1", "true",
                                             "2025-11-24T16:00:00.123Z"}));
        // Commas, quotes and newlines survive quoting (RFC 4180).
        QCOMPARE(rows[2][0], QByteArray("home/a,b"));
        QCOMPARE(rows[2][1], QByteArray("say \"hi\",\nbye"));
        QCOMPARE(rows[3][2], QByteArray("base64"));
        QCOMPARE(QByteArray::fromBase64(rows[3][1]), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(rows[4][1], QByteArray());
    }

    void invalidUtf8IsBinary()
    {
        const QList<ApplicationMessage> messages{
            ApplicationMessage{"t", QByteArray("\xc3\x28"), mqtt::QoS::AtMostOnce, false, When}};
        const QByteArray json = history::exportMessages(messages, ExportFormat::Json);
        QVERIFY(json.contains("\"payloadEncoding\": \"base64\""));
    }
};

QTEST_GUILESS_MAIN(tst_TopicExport)
#include "tst_topicexport.moc"
