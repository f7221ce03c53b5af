// Reading device states out of payloads (core/devices/payloadreader): whole
// payloads, JSON members with dotted paths as Tasmota, Zigbee2MQTT and
// Shelly send them, on/off words, availability words and numbers.
#include "devices/payloadreader.h"

#include <QtTest>

using namespace homewire::devices;

using OptionalText = std::optional<QString>;
using OptionalBool = std::optional<bool>;
using OptionalNumber = std::optional<double>;
Q_DECLARE_METATYPE(OptionalText)
Q_DECLARE_METATYPE(OptionalBool)
Q_DECLARE_METATYPE(OptionalNumber)

class tst_PayloadReader : public QObject
{
    Q_OBJECT

private slots:
    void readValue_data();
    void readValue();
    void readSwitch_data();
    void readSwitch();
    void sameWord_data();
    void sameWord();
    void readNumber_data();
    void readNumber();
};

void tst_PayloadReader::readValue_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("field");
    QTest::addColumn<OptionalText>("expected");

    const OptionalText none;
    auto text = [](const char *s) {
        return OptionalText(QString::fromUtf8(s));
    };

    QTest::newRow("whole payload as it is") << QByteArray("ON") << QString() << text("ON");
    QTest::newRow("whole payload trimmed") << QByteArray("  21.5\r\n") << QString() << text("21.5");
    QTest::newRow("whole payload in UTF-8") << QByteArray("22 \xc2\xb0"
                                                          "C")
                                            << QString() << text("22 °C");
    QTest::newRow("whole payload that happens to be JSON stays raw")
        << QByteArray(R"({"state":"ON"})") << QString() << text(R"({"state":"ON"})");
    QTest::newRow("empty payload is nothing (retained message cleared)") << QByteArray() << QString() << none;
    QTest::newRow("blank payload is nothing") << QByteArray(" \n") << QString() << none;

    QTest::newRow("top-level string member")
        << QByteArray(R"({"state":"ON","brightness":120})") << QStringLiteral("state") << text("ON");
    QTest::newRow("integer member without fraction")
        << QByteArray(R"({"state":"ON","brightness":120})") << QStringLiteral("brightness") << text("120");
    QTest::newRow("integer written with .0 reads without it")
        << QByteArray(R"({"brightness":120.0})") << QStringLiteral("brightness") << text("120");
    QTest::newRow("negative integer") << QByteArray(R"({"t":-3})") << QStringLiteral("t") << text("-3");
    QTest::newRow("fraction in shortest form")
        << QByteArray(R"({"temperature":21.5})") << QStringLiteral("temperature") << text("21.5");
    QTest::newRow("fraction that binary cannot hold exactly")
        << QByteArray(R"({"v":0.1})") << QStringLiteral("v") << text("0.1");
    QTest::newRow("true reads as true")
        << QByteArray(R"({"occupancy":true})") << QStringLiteral("occupancy") << text("true");
    QTest::newRow("false reads as false")
        << QByteArray(R"({"contact":false})") << QStringLiteral("contact") << text("false");
    QTest::newRow("Tasmota nested ENERGY.Power")
        << QByteArray(R"({"Time":"2024-01-01T00:00:00","ENERGY":{"Power":42,"Voltage":230.1}})")
        << QStringLiteral("ENERGY.Power") << text("42");
    QTest::newRow("Shelly nested temperature.tC")
        << QByteArray(R"({"id":0,"temperature":{"tC":23.4,"tF":74.1}})") << QStringLiteral("temperature.tC")
        << text("23.4");
    QTest::newRow("JSON payload with surrounding whitespace")
        << QByteArray(" {\"state\":\"OFF\"}\n") << QStringLiteral("state") << text("OFF");
    QTest::newRow("string member kept as is, spaces included")
        << QByteArray(R"({"mode":" heat "})") << QStringLiteral("mode") << text(" heat ");

    QTest::newRow("missing member") << QByteArray(R"({"state":"ON"})") << QStringLiteral("brightness")
                                    << none;
    QTest::newRow("missing nested member")
        << QByteArray(R"({"ENERGY":{"Voltage":230}})") << QStringLiteral("ENERGY.Power") << none;
    QTest::newRow("path through a scalar")
        << QByteArray(R"({"ENERGY":5})") << QStringLiteral("ENERGY.Power") << none;
    QTest::newRow("member is an object")
        << QByteArray(R"({"ENERGY":{"Power":1}})") << QStringLiteral("ENERGY") << none;
    QTest::newRow("member is an array") << QByteArray(R"({"list":[1,2]})") << QStringLiteral("list") << none;
    QTest::newRow("member is null") << QByteArray(R"({"state":null})") << QStringLiteral("state") << none;
    QTest::newRow("not JSON") << QByteArray("ON") << QStringLiteral("state") << none;
    QTest::newRow("truncated JSON") << QByteArray(R"({"state":"ON")") << QStringLiteral("state") << none;
    QTest::newRow("JSON array at the top")
        << QByteArray(R"([{"state":"ON"}])") << QStringLiteral("state") << none;
    QTest::newRow("JSON scalar at the top") << QByteArray("42") << QStringLiteral("state") << none;
    QTest::newRow("empty payload with a field") << QByteArray() << QStringLiteral("state") << none;
    QTest::newRow("member names are case sensitive")
        << QByteArray(R"({"State":"ON"})") << QStringLiteral("state") << none;
}

void tst_PayloadReader::readValue()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, field);
    QFETCH(OptionalText, expected);
    const OptionalText actual = homewire::devices::readValue(payload, ValuePath{field});
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*actual, *expected);
}

void tst_PayloadReader::readSwitch_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("stateOn");
    QTest::addColumn<QByteArray>("stateOff");
    QTest::addColumn<OptionalBool>("expected");

    QTest::newRow("on exactly") << QStringLiteral("on") << QByteArray("on") << QByteArray("off")
                                << OptionalBool(true);
    QTest::newRow("off exactly") << QStringLiteral("off") << QByteArray("on") << QByteArray("off")
                                 << OptionalBool(false);
    QTest::newRow("ON in capitals matches on")
        << QStringLiteral("ON") << QByteArray("on") << QByteArray("off") << OptionalBool(true);
    QTest::newRow("Off mixed case matches OFF")
        << QStringLiteral("Off") << QByteArray("ON") << QByteArray("OFF") << OptionalBool(false);
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral(" on ") << QByteArray("on") << QByteArray("off") << OptionalBool(true);
    QTest::newRow("JSON true with true/false words")
        << QStringLiteral("true") << QByteArray("true") << QByteArray("false") << OptionalBool(true);
    QTest::newRow("numeric words 1/0")
        << QStringLiteral("0") << QByteArray("1") << QByteArray("0") << OptionalBool(false);
    QTest::newRow("unknown word") << QStringLiteral("toggle") << QByteArray("on") << QByteArray("off")
                                  << OptionalBool();
    QTest::newRow("prefix of the on word is not on")
        << QStringLiteral("o") << QByteArray("on") << QByteArray("off") << OptionalBool();
    QTest::newRow("empty value") << QString() << QByteArray("on") << QByteArray("off") << OptionalBool();
}

void tst_PayloadReader::readSwitch()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, stateOn);
    QFETCH(QByteArray, stateOff);
    QFETCH(OptionalBool, expected);
    QCOMPARE(homewire::devices::readSwitch(value, stateOn, stateOff), expected);
}

void tst_PayloadReader::sameWord_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << QStringLiteral("online") << QByteArray("online") << true;
    QTest::newRow("Tasmota Online vs online") << QStringLiteral("Online") << QByteArray("online") << true;
    QTest::newRow("trailing newline") << QStringLiteral("online\n") << QByteArray("online") << true;
    QTest::newRow("offline is not online") << QStringLiteral("offline") << QByteArray("online") << false;
    QTest::newRow("empty is not online") << QString() << QByteArray("online") << false;
}

void tst_PayloadReader::sameWord()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QFETCH(bool, same);
    QCOMPARE(homewire::devices::sameWord(value, expected), same);
}

void tst_PayloadReader::readNumber_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<OptionalNumber>("expected");

    QTest::newRow("integer") << QStringLiteral("120") << OptionalNumber(120);
    QTest::newRow("fraction") << QStringLiteral("21.5") << OptionalNumber(21.5);
    QTest::newRow("negative") << QStringLiteral("-3.25") << OptionalNumber(-3.25);
    QTest::newRow("exponent") << QStringLiteral("1e3") << OptionalNumber(1000);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 7 ") << OptionalNumber(7);
    QTest::newRow("decimal comma is not a number (no group separators)")
        << QStringLiteral("21,5") << OptionalNumber();
    QTest::newRow("with a unit") << QStringLiteral("21.5 °C") << OptionalNumber();
    QTest::newRow("word") << QStringLiteral("on") << OptionalNumber();
    QTest::newRow("empty") << QString() << OptionalNumber();
    QTest::newRow("not a number") << QStringLiteral("nan") << OptionalNumber();
    QTest::newRow("infinity") << QStringLiteral("inf") << OptionalNumber();
}

void tst_PayloadReader::readNumber()
{
    QFETCH(QString, value);
    QFETCH(OptionalNumber, expected);
    QCOMPARE(homewire::devices::readNumber(value), expected);
}

QTEST_GUILESS_MAIN(tst_PayloadReader)
#include "tst_payloadreader.moc"
