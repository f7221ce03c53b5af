// Line diffs: edit scripts on small tables, minimality against an LCS table,
// the JSON and binary payload paths, context collapsing and the limits that
// turn a huge payload into "too large to compare" instead of a hang.

#include "history/payload/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace homewire;
using namespace homewire::payload;

namespace {

// "=a -b +c" : one token per line, '=' same, '-' removed, '+' added, '~N' skipped.
QString render(const QList<DiffLine> &lines)
{
    QStringList tokens;
    for (const DiffLine &line : lines) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            tokens.append(QLatin1Char('=') + line.text);
            break;
        case DiffLine::Kind::Added:
            tokens.append(QLatin1Char('+') + line.text);
            break;
        case DiffLine::Kind::Removed:
            tokens.append(QLatin1Char('-') + line.text);
            break;
        case DiffLine::Kind::Skipped:
            tokens.append(QStringLiteral("~%1").arg(line.skipped));
            break;
        }
    }
    return tokens.join(QLatin1Char(' '));
}

QStringList chars(const char *text)
{
    QStringList lines;
    for (const char *p = text; *p; ++p)
        lines.append(QString(QLatin1Char(*p)));
    return lines;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> table(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            table[i][j] =
                a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : qMax(table[i - 1][j], table[i][j - 1]);
    }
    return table[a.size()][b.size()];
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void diffLines_data();
    void diffLines();
    void lineNumbers();
    void scriptIsMinimalAndReproducesBothSides();
    void jsonPayloadsArePrettyPrintedFirst();
    void textPayloadsCompareByLine();
    void binaryPayloadsCompareAsHex();
    void limits_data();
    void limits();
    void hugePayloadIsTooLargeWithoutReadingIt();
    void collapseUnchanged_data();
    void collapseUnchanged();
};

void TestLineDiff::diffLines_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("diff");

    QTest::newRow("identical") << chars("abc") << chars("abc") << QStringLiteral("=a =b =c");
    QTest::newRow("both empty") << QStringList() << QStringList() << QString();
    QTest::newRow("all added") << QStringList() << chars("ab") << QStringLiteral("+a +b");
    QTest::newRow("all removed") << chars("ab") << QStringList() << QStringLiteral("-a -b");
    QTest::newRow("insert in the middle") << chars("ac") << chars("abc") << QStringLiteral("=a +b =c");
    QTest::newRow("remove in the middle") << chars("abc") << chars("ac") << QStringLiteral("=a -b =c");
    QTest::newRow("replace one line") << chars("abc") << chars("axc") << QStringLiteral("=a -b +x =c");
    QTest::newRow("append") << chars("ab") << chars("abc") << QStringLiteral("=a =b +c");
    QTest::newRow("prepend") << chars("bc") << chars("abc") << QStringLiteral("+a =b =c");
    QTest::newRow("Myers paper example")
        << chars("abcabba") << chars("cbabac") << QStringLiteral("-a -b =c +b =a =b -b =a +c");
}

void TestLineDiff::diffLines()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, diff);
    const DiffResult result = homewire::payload::diffLines(before, after);
    QVERIFY(result);
    QCOMPARE(render(*result), diff);
}

void TestLineDiff::lineNumbers()
{
    const DiffResult result = homewire::payload::diffLines(chars("abc"), chars("axcd"));
    QVERIFY(result);
    QList<QPair<int, int>> numbers;
    for (const DiffLine &line : *result)
        numbers.append({line.oldLine, line.newLine});
    QCOMPARE(numbers, (QList<QPair<int, int>>{{1, 1}, {2, 0}, {0, 2}, {3, 3}, {0, 4}}));
    const DiffCounts counts = countChanges(*result);
    QCOMPARE(counts.added, 2);
    QCOMPARE(counts.removed, 1);
}

void TestLineDiff::scriptIsMinimalAndReproducesBothSides()
{
    QRandomGenerator random(20240501); // fixed seed: the same cases every run
    for (int round = 0; round < 300; ++round) {
        QStringList a;
        QStringList b;
        const int n = int(random.bounded(12));
        const int m = int(random.bounded(12));
        for (int i = 0; i < n; ++i)
            a.append(QString(QLatin1Char(char('a' + random.bounded(3)))));
        for (int i = 0; i < m; ++i)
            b.append(QString(QLatin1Char(char('a' + random.bounded(3)))));
        const DiffResult result = homewire::payload::diffLines(a, b);
        QVERIFY(result);
        QStringList oldSide;
        QStringList newSide;
        int same = 0;
        for (const DiffLine &line : *result) {
            if (line.kind != DiffLine::Kind::Added)
                oldSide.append(line.text);
            if (line.kind != DiffLine::Kind::Removed)
                newSide.append(line.text);
            same += line.kind == DiffLine::Kind::Same;
        }
        QCOMPARE(oldSide, a);
        QCOMPARE(newSide, b);
        QCOMPARE(same, lcsLength(a, b)); // the fewest edits keep a longest common subsequence
    }
}

void TestLineDiff::jsonPayloadsArePrettyPrintedFirst()
{
    const DiffResult result = diffPayloads(R"({"a":1,"b":2,"c":3})", R"({"a":1,"b":5,"c":3})");
    QVERIFY(result);
    QCOMPARE(render(*result), QStringLiteral("={ =  \"a\": 1, -  \"b\": 2, +  \"b\": 5, =  \"c\": 3 =}"));
}

void TestLineDiff::textPayloadsCompareByLine()
{
    // One side JSON, the other not: both compare as text lines, CRLF or not.
    const DiffResult result = diffPayloads("on\r\nsince 10:00\r\n", "off\nsince 10:00");
    QVERIFY(result);
    QCOMPARE(render(*result), QStringLiteral("-on +off =since 10:00"));
}

void TestLineDiff::binaryPayloadsCompareAsHex()
{
    QByteArray before(40, '\0');
    QByteArray after = before;
    after[20] = '\x01';
    const DiffResult result = diffPayloads(before, after);
    QVERIFY(result);
    const DiffCounts counts = countChanges(*result);
    QCOMPARE(counts.added, 1);
    QCOMPARE(counts.removed, 1);
    QCOMPARE(result->size(), 4); // three dump lines, the second one changed
    QVERIFY(result->at(2).text.startsWith(QStringLiteral("00 00 00 00 01 00")));
}

void TestLineDiff::limits_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("maxEdits");
    QTest::addColumn<int>("error"); // -1: compared

    QTest::newRow("within limits") << 1000 << 10 << 10'000 << 100 << -1;
    QTest::newRow("too many lines") << 1000 << 10 << 1500 << 100 << int(DiffError::TooLarge);
    QTest::newRow("too many edits") << 1000 << 200 << 10'000 << 100 << int(DiffError::TooDifferent);
    QTest::newRow("edits exactly at the limit") << 1000 << 50 << 10'000 << 100 << -1;
}

void TestLineDiff::limits()
{
    QFETCH(int, lines);
    QFETCH(int, changed);
    QFETCH(int, maxLines);
    QFETCH(int, maxEdits);
    QFETCH(int, error);

    QStringList before;
    QStringList after;
    for (int i = 0; i < lines; ++i) {
        before.append(QString::number(i));
        // Every fifth line of the first `changed * 5` changes: 2 edits each.
        after.append(i % 5 == 0 && i / 5 < changed ? QStringLiteral("x%1").arg(i) : QString::number(i));
    }
    DiffLimits limits;
    limits.maxLines = maxLines;
    limits.maxEdits = maxEdits;
    const DiffResult result = homewire::payload::diffLines(before, after, limits);
    if (error < 0) {
        QVERIFY(result);
        QCOMPARE(countChanges(*result).added, changed);
    } else {
        QVERIFY(!result);
        QCOMPARE(int(result.errorCode()), error);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestLineDiff::hugePayloadIsTooLargeWithoutReadingIt()
{
    const QByteArray huge(16 * 1024 * 1024, 'x');
    const DiffResult result = diffPayloads(huge, huge + "y");
    QVERIFY(!result);
    QCOMPARE(result.errorCode(), DiffError::TooLarge);
    QCOMPARE(result.error().message, QStringLiteral("too large to compare"));
}

void TestLineDiff::collapseUnchanged_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("collapsed");

    QTest::newRow("change in the middle")
        << chars("abcdefghijklm") << chars("abcdefXhijklm") << 2 << QStringLiteral("~4 =e =f -g +X =h =i ~4");
    QTest::newRow("short runs stay") << chars("abcde") << chars("abXde") << 2
                                     << QStringLiteral("=a =b -c +X =d =e");
    QTest::newRow("trailing run keeps only leading context")
        << chars("abcdef") << chars("Xbcdef") << 2 << QStringLiteral("-a +X =b =c ~3");
    QTest::newRow("one hidden line is not worth it")
        << chars("abcd") << chars("Xbcd") << 2 << QStringLiteral("-a +X =b =c =d");
    QTest::newRow("between two changes")
        << chars("abcdefghij") << chars("Xbcdefghi") << 1 << QStringLiteral("-a +X =b ~6 =i -j");
    QTest::newRow("no change") << chars("abcdef") << chars("abcdef") << 2 << QStringLiteral("~6");
}

void TestLineDiff::collapseUnchanged()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, context);
    QFETCH(QString, collapsed);
    const DiffResult result = homewire::payload::diffLines(before, after);
    QVERIFY(result);
    QCOMPARE(render(homewire::payload::collapseUnchanged(*result, context)), collapsed);
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
