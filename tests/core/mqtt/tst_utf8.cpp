// validateUtf8: MQTT UTF-8 encoded strings (3.1.1 section 1.5.3, 5.0 section 1.5.4).
//
// Well-formed means RFC 3629: shortest form only, no surrogates, nothing above
// U+10FFFF (MQTT-1.5.3-1); U+0000 is refused on its own ground (MQTT-1.5.3-2);
// a BOM is an ordinary character (MQTT-1.5.3-3). Control characters and
// non-characters are only "SHOULD NOT" in 1.5.3, so they are valid here.
// The long rows put one bad byte at every position a word-at-a-time fast path
// could skip over: first byte, either side of 8- and 16-byte boundaries, last.

#include "mqtt/utf8.h"

#include <QTest>

using namespace homewire;
using namespace homewire::mqtt;

namespace {

const int valid = -1;
const int invalid = int(CodecError::InvalidUtf8);
const int nullChar = int(CodecError::NullCharacter);

void addRow(const char *name, const QByteArray &bytes, int expectedError)
{
    QTest::newRow(name) << bytes << expectedError;
}

void addValidRows()
{
    addRow("empty", QByteArray(), valid);
    addRow("ASCII", QByteArray("sport/tennis/player1"), valid);
    addRow("U+0080 lowest two-byte", QByteArray::fromHex("c280"), valid);
    addRow("U+00E9 e-acute", QByteArray::fromHex("c3a9"), valid);
    addRow("U+07FF highest two-byte", QByteArray::fromHex("dfbf"), valid);
    addRow("U+0800 lowest three-byte", QByteArray::fromHex("e0a080"), valid);
    addRow("U+20AC euro sign", QByteArray::fromHex("e282ac"), valid);
    addRow("U+D7FF just below the surrogates", QByteArray::fromHex("ed9fbf"), valid);
    addRow("U+E000 just above the surrogates", QByteArray::fromHex("ee8080"), valid);
    addRow("U+FFFF non-character is only SHOULD NOT [1.5.3]", QByteArray::fromHex("efbfbf"), valid);
    addRow("U+10000 lowest four-byte", QByteArray::fromHex("f0908080"), valid);
    addRow("U+1F600 emoji", QByteArray::fromHex("f09f9880"), valid);
    addRow("U+10FFFF highest code point", QByteArray::fromHex("f48fbfbf"), valid);
    addRow("BOM alone is kept [MQTT-1.5.3-3]", QByteArray::fromHex("efbbbf"), valid);
    addRow("BOM inside a string [MQTT-1.5.3-3]", QByteArray::fromHex("61 efbbbf 62"), valid);
    addRow("U+0001 control is only SHOULD NOT [1.5.3]", QByteArray::fromHex("01"), valid);
    addRow("U+001F control is only SHOULD NOT [1.5.3]", QByteArray::fromHex("61 1f 62"), valid);
    addRow("U+007F control is only SHOULD NOT [1.5.3]", QByteArray::fromHex("7f"), valid);
    addRow("U+009F control is only SHOULD NOT [1.5.3]", QByteArray::fromHex("c29f"), valid);
    addRow("mixed widths", QByteArray::fromHex("61 c3a9 e282ac f09f9880 7a"), valid);
    addRow("1000 ASCII bytes", QByteArray(1000, 'x'), valid);
    // A four-byte character straddling 8- and 16-byte word boundaries.
    for (int offset : {5, 6, 7, 13, 14, 15}) {
        QByteArray bytes(32, 'a');
        bytes.replace(offset, 4, QByteArray::fromHex("f09f9880"));
        QTest::addRow("four-byte character at offset %d", offset) << bytes << valid;
    }
}

void addInvalidRows()
{
    addRow("U+0000 alone [MQTT-1.5.3-2]", QByteArray(1, '\0'), nullChar);
    addRow("U+0000 first [MQTT-1.5.3-2]", QByteArray::fromHex("00 61"), nullChar);
    addRow("U+0000 inside [MQTT-1.5.3-2]", QByteArray::fromHex("61 00 62"), nullChar);
    addRow("U+0000 last [MQTT-1.5.3-2]", QByteArray::fromHex("61 00"), nullChar);
    // Overlong forms (RFC 3629 section 3)
    addRow("overlong U+0000 C0 80 [MQTT-1.5.3-1]", QByteArray::fromHex("c080"), invalid);
    addRow("overlong / C0 AF [MQTT-1.5.3-1]", QByteArray::fromHex("c0af"), invalid);
    addRow("overlong U+007F C1 BF [MQTT-1.5.3-1]", QByteArray::fromHex("c1bf"), invalid);
    addRow("overlong / E0 80 AF [MQTT-1.5.3-1]", QByteArray::fromHex("e080af"), invalid);
    addRow("overlong U+07FF E0 9F BF [MQTT-1.5.3-1]", QByteArray::fromHex("e09fbf"), invalid);
    addRow("overlong / F0 80 80 AF [MQTT-1.5.3-1]", QByteArray::fromHex("f08080af"), invalid);
    addRow("overlong U+FFFF F0 8F BF BF [MQTT-1.5.3-1]", QByteArray::fromHex("f08fbfbf"), invalid);
    // Surrogates
    addRow("surrogate U+D800 ED A0 80 [MQTT-1.5.3-1]", QByteArray::fromHex("eda080"), invalid);
    addRow("surrogate U+DFFF ED BF BF [MQTT-1.5.3-1]", QByteArray::fromHex("edbfbf"), invalid);
    addRow("CESU-8 surrogate pair [MQTT-1.5.3-1]", QByteArray::fromHex("eda0bd edb880"), invalid);
    // Beyond U+10FFFF and bytes that never occur
    addRow("U+110000 F4 90 80 80 [MQTT-1.5.3-1]", QByteArray::fromHex("f4908080"), invalid);
    addRow("lead byte F5 [MQTT-1.5.3-1]", QByteArray::fromHex("f5808080"), invalid);
    addRow("lead byte F7 [MQTT-1.5.3-1]", QByteArray::fromHex("f7bfbfbf"), invalid);
    addRow("five-byte form F8 [MQTT-1.5.3-1]", QByteArray::fromHex("f888808080"), invalid);
    addRow("six-byte form FC [MQTT-1.5.3-1]", QByteArray::fromHex("fc8480808080"), invalid);
    addRow("byte FE [MQTT-1.5.3-1]", QByteArray::fromHex("fe"), invalid);
    addRow("byte FF [MQTT-1.5.3-1]", QByteArray::fromHex("ff"), invalid);
    // Truncated sequences
    addRow("truncated E2 82 [MQTT-1.5.3-1]", QByteArray::fromHex("e282"), invalid);
    addRow("truncated C3 [MQTT-1.5.3-1]", QByteArray::fromHex("c3"), invalid);
    addRow("truncated F0 9F 98 [MQTT-1.5.3-1]", QByteArray::fromHex("f09f98"), invalid);
    addRow("truncated E2 82 at the end [MQTT-1.5.3-1]", QByteArray::fromHex("61 e282"), invalid);
    addRow("truncated E2 82 before ASCII [MQTT-1.5.3-1]", QByteArray::fromHex("e282 61"), invalid);
    addRow("truncated F0 9F 98 before ASCII [MQTT-1.5.3-1]", QByteArray::fromHex("f09f98 61"), invalid);
    // Continuation bytes where none belong, and lead bytes without them
    addRow("stray continuation 80 [MQTT-1.5.3-1]", QByteArray::fromHex("80"), invalid);
    addRow("stray continuation BF [MQTT-1.5.3-1]", QByteArray::fromHex("bf"), invalid);
    addRow("stray continuation inside ASCII [MQTT-1.5.3-1]", QByteArray::fromHex("61 80 62"), invalid);
    addRow("extra continuation after C3 A9 [MQTT-1.5.3-1]", QByteArray::fromHex("c3a9 a9"), invalid);
    addRow("C3 28 [MQTT-1.5.3-1]", QByteArray::fromHex("c328"), invalid);
    addRow("E2 28 A1 [MQTT-1.5.3-1]", QByteArray::fromHex("e228a1"), invalid);
    addRow("E2 82 28 [MQTT-1.5.3-1]", QByteArray::fromHex("e28228"), invalid);
    addRow("F0 28 8C BC [MQTT-1.5.3-1]", QByteArray::fromHex("f0288cbc"), invalid);
    addRow("F0 90 28 BC [MQTT-1.5.3-1]", QByteArray::fromHex("f09028bc"), invalid);
}

void addLongRows()
{
    const int length = 100;
    for (int position : {0, 1, 7, 8, 15, 16, 31, 32, 63, 64, length - 1}) {
        QByteArray bytes(length, 'a');
        bytes[position] = char(0x80);
        QTest::addRow("ASCII x%d, 80 at %d [MQTT-1.5.3-1]", length, position) << bytes << invalid;
        bytes[position] = char(0xff);
        QTest::addRow("ASCII x%d, FF at %d [MQTT-1.5.3-1]", length, position) << bytes << invalid;
        bytes[position] = '\0';
        QTest::addRow("ASCII x%d, 00 at %d [MQTT-1.5.3-2]", length, position) << bytes << nullChar;
    }
    // A multi-byte defect straddling the 16-byte boundary and the end.
    QByteArray surrogate(32, 'a');
    surrogate.replace(14, 3, QByteArray::fromHex("eda080"));
    addRow("ASCII x32, surrogate at 14 [MQTT-1.5.3-1]", surrogate, invalid);
    QByteArray overlong(64, 'a');
    overlong.replace(62, 2, QByteArray::fromHex("c0af"));
    addRow("ASCII x64, overlong at 62 [MQTT-1.5.3-1]", overlong, invalid);
    addRow("ASCII x99, truncated E2 82 at the end [MQTT-1.5.3-1]",
           QByteArray(99, 'a') + QByteArray::fromHex("e282"), invalid);
    addRow("ASCII x99, valid euro sign at the end", QByteArray(99, 'a') + QByteArray::fromHex("e282ac"),
           valid);
}

} // namespace

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void respectsViewBounds();
};

void TestUtf8::validate_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedError");

    addValidRows();
    addInvalidRows();
    addLongRows();
}

void TestUtf8::validate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedError);

    const auto result = validateUtf8(bytes);
    if (expectedError == valid) {
        QVERIFY(result.hasValue());
        return;
    }
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.errorCode()), expectedError);
    QVERIFY(!result.error().message.isEmpty());
}

void TestUtf8::respectsViewBounds()
{
    // The bytes after the view must not be read: a complete character outside
    // does not finish a truncated one inside, and a bad byte outside is ignored.
    const QByteArray split = QByteArray::fromHex("61 c3 a9");
    QVERIFY(!validateUtf8(QByteArrayView(split.constData(), 2)).hasValue());
    QVERIFY(validateUtf8(QByteArrayView(split.constData(), 1)).hasValue());

    const QByteArray trailing = QByteArray::fromHex("616263 80 00");
    QVERIFY(validateUtf8(QByteArrayView(trailing.constData(), 3)).hasValue());
    QVERIFY(validateUtf8(QByteArrayView(trailing.constData() + 1, 2)).hasValue());

    QByteArray longer(40, 'a');
    longer[33] = char(0x80);
    QVERIFY(validateUtf8(QByteArrayView(longer.constData(), 33)).hasValue());
    QVERIFY(!validateUtf8(QByteArrayView(longer.constData(), 34)).hasValue());
}

QTEST_APPLESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
