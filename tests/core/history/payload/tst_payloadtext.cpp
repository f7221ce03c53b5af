// Payload text: format detection, human sizes, bounded excerpts, one-line
// previews and the order-preserving JSON pretty-printer.

#include "history/payload/jsontree.h"
#include "history/payload/payloadtext.h"

#include <QTest>

using namespace homewire::payload;

class TestPayloadText : public QObject
{
    Q_OBJECT

private slots:
    void detectFormat_data();
    void detectFormat();
    void humanSize_data();
    void humanSize();
    void textExcerpt_data();
    void textExcerpt();
    void excerptOfHugePayloadDecodesOnlyTheBound();
    void previewLine_data();
    void previewLine();
    void prettyJson_data();
    void prettyJson();
    void prettyJsonKeepsValidity();
};

void TestPayloadText::detectFormat_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("format");

    QTest::newRow("empty") << QByteArray() << PayloadFormat::Empty;
    QTest::newRow("object") << QByteArray(R"({"temperature": 21.5})") << PayloadFormat::JsonObject;
    QTest::newRow("object with spaces around") << QByteArray(" {\"a\":1}\n") << PayloadFormat::JsonObject;
    QTest::newRow("array") << QByteArray("[1,2,3]") << PayloadFormat::JsonArray;
    QTest::newRow("number") << QByteArray("21.5") << PayloadFormat::JsonScalar;
    QTest::newRow("quoted string") << QByteArray(R"("online")") << PayloadFormat::JsonScalar;
    QTest::newRow("true") << QByteArray("true") << PayloadFormat::JsonScalar;
    QTest::newRow("word") << QByteArray("online") << PayloadFormat::Text;
    QTest::newRow("number with unit") << QByteArray("21.5 C") << PayloadFormat::Text;
    QTest::newRow("broken JSON is text") << QByteArray(R"({"a": 1,})") << PayloadFormat::Text;
    QTest::newRow("multi-line text") << QByteArray("line 1\r\nline 2\n\tindented") << PayloadFormat::Text;
    QTest::newRow("UTF-8 text") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC") << PayloadFormat::Text;
    QTest::newRow("blank") << QByteArray("   ") << PayloadFormat::Text;
    QTest::newRow("NUL byte") << QByteArray("ab\0cd", 5) << PayloadFormat::Binary;
    QTest::newRow("control byte") << QByteArray("ab\x01") << PayloadFormat::Binary;
    QTest::newRow("invalid UTF-8") << QByteArray("\xC3\x28") << PayloadFormat::Binary;
    QTest::newRow("gzip header") << QByteArray::fromHex("1f8b0800000000000003") << PayloadFormat::Binary;
}

void TestPayloadText::detectFormat()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, format);
    QCOMPARE(homewire::payload::detectFormat(payload), format);
    QVERIFY(!formatName(format).isEmpty());
}

void TestPayloadText::humanSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 bytes");
    QTest::newRow("one") << qint64(1) << QStringLiteral("1 byte");
    QTest::newRow("below a KB") << qint64(1023) << QStringLiteral("1023 bytes");
    QTest::newRow("one KB") << qint64(1024) << QStringLiteral("1.0 KB");
    QTest::newRow("one and a half KB") << qint64(1536) << QStringLiteral("1.5 KB");
    QTest::newRow("rounds up into MB") << qint64(1024 * 1024 - 1) << QStringLiteral("1.0 MB");
    QTest::newRow("16 MB") << qint64(16 * 1024 * 1024) << QStringLiteral("16.0 MB");
    QTest::newRow("largest MQTT payload") << qint64(268'435'455) << QStringLiteral("256.0 MB");
    QTest::newRow("5 GB") << qint64(5) * 1024 * 1024 * 1024 << QStringLiteral("5.0 GB");
}

void TestPayloadText::humanSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(homewire::payload::humanSize(bytes, QLocale::c()), text);
}

void TestPayloadText::textExcerpt_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("bytesShown");
    QTest::addColumn<bool>("truncated");

    QTest::newRow("fits") << QByteArray("hello") << qsizetype(10) << QStringLiteral("hello") << qsizetype(5)
                          << false;
    QTest::newRow("exact bound") << QByteArray("hello") << qsizetype(5) << QStringLiteral("hello")
                                 << qsizetype(5) << false;
    QTest::newRow("cut") << QByteArray("hello world") << qsizetype(5) << QStringLiteral("hello")
                         << qsizetype(5) << true;
    QTest::newRow("never cuts inside a character")
        << QByteArray("ab\xC3\xA9") << qsizetype(3) << QStringLiteral("ab") << qsizetype(2) << true;
    QTest::newRow("four-byte character")
        << QByteArray("a\xF0\x9F\x98\x80z") << qsizetype(4) << QStringLiteral("a") << qsizetype(1) << true;
    QTest::newRow("control pictures") << QByteArray("a\0b\x1b\x7f", 5) << qsizetype(10)
                                      << QStringLiteral("a\u2400b\u241b\u2421") << qsizetype(5) << false;
    QTest::newRow("tabs and line breaks stay")
        << QByteArray("a\tb\r\nc") << qsizetype(10) << QStringLiteral("a\tb\r\nc") << qsizetype(6) << false;
    QTest::newRow("invalid UTF-8 as replacement")
        << QByteArray("a\xFFz") << qsizetype(10) << QStringLiteral("a\uFFFDz") << qsizetype(3) << false;
}

void TestPayloadText::textExcerpt()
{
    QFETCH(QByteArray, payload);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, text);
    QFETCH(qsizetype, bytesShown);
    QFETCH(bool, truncated);

    const TextExcerpt excerpt = homewire::payload::textExcerpt(payload, maxBytes);
    QCOMPARE(excerpt.text, text);
    QCOMPARE(excerpt.bytesShown, bytesShown);
    QCOMPARE(excerpt.truncated, truncated);
}

void TestPayloadText::excerptOfHugePayloadDecodesOnlyTheBound()
{
    const QByteArray huge(16 * 1024 * 1024, 'x');
    const TextExcerpt excerpt = homewire::payload::textExcerpt(huge, 256 * 1024);
    QCOMPARE(excerpt.text.size(), 256 * 1024);
    QVERIFY(excerpt.truncated);
    QVERIFY(looksLikeText(huge, 4096));
    QVERIFY(!looksLikeText(QByteArray(100, 'x') + QByteArray(1, '\0'), 4096));
    QVERIFY(looksLikeText(QByteArray(100, 'x') + QByteArray(1, '\0'), 50)); // the NUL is past the bound
}

void TestPayloadText::previewLine_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("line");

    QTest::newRow("short") << QByteArray("21.5") << 20 << QStringLiteral("21.5");
    QTest::newRow("whitespace collapsed")
        << QByteArray("{\n  \"a\": 1,\n\t\"b\": 2\n}") << 40 << QStringLiteral("{ \"a\": 1, \"b\": 2 }");
    QTest::newRow("cut with an ellipsis") << QByteArray("abcdefghij") << 5 << QStringLiteral("abcd\u2026");
    QTest::newRow("exactly the bound") << QByteArray("abcde") << 5 << QStringLiteral("abcde");
    QTest::newRow("binary as hex") << QByteArray::fromHex("1f8b08") << 30 << QStringLiteral("0x1f 8b 08");
    QTest::newRow("long binary cut") << QByteArray::fromHex("00010203040506") << 9
                                     << QStringLiteral("0x00 01 02\u2026");
    QTest::newRow("empty") << QByteArray() << 10 << QString();
}

void TestPayloadText::previewLine()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, maxChars);
    QFETCH(QString, line);
    QCOMPARE(homewire::payload::previewLine(payload, maxChars), line);
}

void TestPayloadText::prettyJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("pretty");

    QTest::newRow("object keeps key order")
        << QByteArray(R"({"z":1,"a":[1,2],"m":{}})")
        << QByteArray("{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2\n  ],\n  \"m\": {}\n}");
    QTest::newRow("already pretty is re-indented")
        << QByteArray("{\n    \"a\" :  1\n}") << QByteArray("{\n  \"a\": 1\n}");
    QTest::newRow("brackets and escapes inside strings")
        << QByteArray(R"({"s":"{[,:]} \"q\" \\"})") << QByteArray("{\n  \"s\": \"{[,:]} \\\"q\\\" \\\\\"\n}");
    QTest::newRow("spaces inside strings stay")
        << QByteArray(R"(["a  b"])") << QByteArray("[\n  \"a  b\"\n]");
    QTest::newRow("empty containers") << QByteArray("[ [ ], { } ]") << QByteArray("[\n  [],\n  {}\n]");
    QTest::newRow("numbers as written") << QByteArray("[1.50,1e10,12345678901234567890]")
                                        << QByteArray("[\n  1.50,\n  1e10,\n  12345678901234567890\n]");
    QTest::newRow("scalar") << QByteArray(" 42 ") << QByteArray("42");
}

void TestPayloadText::prettyJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, pretty);
    QCOMPARE(homewire::payload::prettyJson(json), pretty);
}

void TestPayloadText::prettyJsonKeepsValidity()
{
    const QByteArray json = R"({"a":[{"b":null,"c":[true,false]},"x\"y"],"d":{"e":{"f":-1.5e3}}})";
    const QByteArray pretty = homewire::payload::prettyJson(json);
    QVERIFY(JsonTree::validate(pretty));
    QCOMPARE(homewire::payload::prettyJson(pretty), pretty);
    // Garbage is reindented as well as it goes, never read past its end.
    QVERIFY(!homewire::payload::prettyJson("{\"unterminated").isEmpty());
    QCOMPARE(homewire::payload::prettyJson("]]]"), QByteArray("\n]\n]\n]"));
}

QTEST_GUILESS_MAIN(TestPayloadText)
#include "tst_payloadtext.moc"
