// Hex dump lines: layout, clipping to the data and lazy ranges of a 16 MB payload.

#include "history/payload/hexdump.h"

#include <QTest>

using namespace homewire::payload;

class TestHexDump : public QObject
{
    Q_OBJECT

private slots:
    void lineCount_data();
    void lineCount();
    void offsetDigits_data();
    void offsetDigits();
    void lines_data();
    void lines();
    void columnPositionsMatchTheHexText();
    void rangeOfHugePayload();
};

void TestHexDump::lineCount_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("lines");
    QTest::newRow("empty") << qsizetype(0) << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1) << qsizetype(1);
    QTest::newRow("one full line") << qsizetype(16) << qsizetype(1);
    QTest::newRow("just over") << qsizetype(17) << qsizetype(2);
    QTest::newRow("16 MB") << qsizetype(16 * 1024 * 1024) << qsizetype(1024 * 1024);
}

void TestHexDump::lineCount()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, lines);
    QCOMPARE(hexDumpLineCount(size), lines);
}

void TestHexDump::offsetDigits_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("digits");
    QTest::newRow("small") << qsizetype(10) << 8;
    QTest::newRow("4 GB fits in 8") << qsizetype(0x100000000LL) << 8;
    QTest::newRow("over 4 GB") << qsizetype(0x100000001LL) << 9;
}

void TestHexDump::offsetDigits()
{
    QFETCH(qsizetype, size);
    QFETCH(int, digits);
    QCOMPARE(hexOffsetDigits(size), digits);
}

void TestHexDump::lines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("first");
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<QStringList>("rendered"); // "offset|hex|ascii" per line

    const QByteArray hello("Hello, world!\n\x00\xff"
                           "abc",
                           19);
    QTest::newRow("two lines")
        << hello << qsizetype(0) << qsizetype(10)
        << QStringList{
               QStringLiteral("00000000|48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff|Hello, world!..."),
               QStringLiteral("00000010|61 62 63|abc")};
    QTest::newRow("second line only")
        << hello << qsizetype(1) << qsizetype(1) << QStringList{QStringLiteral("00000010|61 62 63|abc")};
    QTest::newRow("past the end") << hello << qsizetype(2) << qsizetype(5) << QStringList();
    QTest::newRow("negative first line") << hello << qsizetype(-1) << qsizetype(5) << QStringList();
    QTest::newRow("zero count") << hello << qsizetype(0) << qsizetype(0) << QStringList();
    QTest::newRow("empty data") << QByteArray() << qsizetype(0) << qsizetype(5) << QStringList();
    QTest::newRow("eight bytes: no gap yet")
        << QByteArray("01234567") << qsizetype(0) << qsizetype(1)
        << QStringList{QStringLiteral("00000000|30 31 32 33 34 35 36 37|01234567")};
}

void TestHexDump::lines()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, first);
    QFETCH(qsizetype, count);
    QFETCH(QStringList, rendered);

    QStringList actual;
    for (const HexDumpLine &line : hexDumpLines(data, first, count))
        actual.append(line.offsetText + QLatin1Char('|') + line.hex + QLatin1Char('|') + line.ascii);
    QCOMPARE(actual, rendered);
}

void TestHexDump::columnPositionsMatchTheHexText()
{
    QByteArray data;
    for (int i = 0; i < HexBytesPerLine; ++i)
        data.append(char(0xa0 + i));
    const HexDumpLine line = hexDumpLines(data, 0, 1).first();
    QCOMPARE(line.hex.size(), hexColumnWidth());
    for (int column = 0; column < HexBytesPerLine; ++column)
        QCOMPARE(line.hex.mid(hexColumnPosition(column), 2), QString::number(0xa0 + column, 16));
}

void TestHexDump::rangeOfHugePayload()
{
    QByteArray huge(16 * 1024 * 1024, 'A');
    huge[16 * 500'000 + 3] = '\x7f';
    const QList<HexDumpLine> lines = hexDumpLines(huge, 500'000, 40);
    QCOMPARE(lines.size(), 40);
    QCOMPARE(lines.first().offset, qsizetype(8'000'000));
    QCOMPARE(lines.first().offsetText, QStringLiteral("007a1200"));
    QCOMPARE(lines.first().ascii, QStringLiteral("AAA.AAAAAAAAAAAA"));
    QCOMPARE(hexDumpLines(huge, hexDumpLineCount(huge.size()) - 1, 40).size(), 1);
}

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"
