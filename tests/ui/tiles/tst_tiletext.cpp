// The words tiles use: relative times at every boundary, readings with
// their unit and the decimals the device sent, binary sensor words by
// device class.
#include "ui/tiles/tiletext.h"

#include <QLocale>
#include <QTest>

using namespace homewire;
using homewire::ui::TileText;
using namespace Qt::StringLiterals;

class TestTileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("59 s is still just now") << qint64(59'999) << QStringLiteral("just now");
        QTest::newRow("clock ahead: never in the future") << qint64(-90'000) << QStringLiteral("just now");
        QTest::newRow("one minute, singular") << qint64(60'000) << QStringLiteral("1 minute ago");
        QTest::newRow("five minutes") << qint64(5 * 60'000 + 30'000) << QStringLiteral("5 minutes ago");
        QTest::newRow("59 minutes") << qint64(59 * 60'000) << QStringLiteral("59 minutes ago");
        QTest::newRow("one hour, singular") << qint64(60 * 60'000) << QStringLiteral("1 hour ago");
        QTest::newRow("23 hours") << qint64(23 * 3'600'000LL) << QStringLiteral("23 hours ago");
        QTest::newRow("one day, singular") << qint64(24 * 3'600'000LL) << QStringLiteral("1 day ago");
        QTest::newRow("ten days") << qint64(240 * 3'600'000LL) << QStringLiteral("10 days ago");
    }
    void relativeTime()
    {
        QFETCH(qint64, ageMs);
        QFETCH(QString, expected);
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(TileText::relativeTime(now - ageMs, now), expected);
    }

    void reading_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("temperature keeps one decimal")
            << u"21.4"_s << true << u"°C"_s << QStringLiteral("21.4 °C");
        QTest::newRow("trailing zero the device sent stays")
            << u"21.40"_s << true << u"°C"_s << QStringLiteral("21.40 °C");
        QTest::newRow("integer power") << u"230"_s << true << u"W"_s << QStringLiteral("230 W");
        QTest::newRow("thousands grouped by locale")
            << u"1234.5"_s << true << u"kWh"_s << QStringLiteral("1,234.5 kWh");
        QTest::newRow("negative") << u"-3.5"_s << true << u"°C"_s << QStringLiteral("-3.5 °C");
        QTest::newRow("at most three decimals")
            << u"0.123456"_s << true << u"V"_s << QStringLiteral("0.123 V");
        QTest::newRow("percent with a space") << u"45"_s << true << u"%"_s << QStringLiteral("45 %");
        QTest::newRow("no unit") << u"7"_s << true << u""_s << QStringLiteral("7");
        QTest::newRow("text reading shown as sent, without unit")
            << u"charging"_s << false << u"%"_s << QStringLiteral("charging");
        QTest::newRow("no reading yet: a dash") << u""_s << false << u"°C"_s << QStringLiteral("\u2014");
        QTest::newRow("blank reading: a dash") << u"  "_s << false << u""_s << QStringLiteral("\u2014");
    }
    void reading()
    {
        QFETCH(QString, value);
        QFETCH(bool, numeric);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        devices::EntityState state;
        state.value = value;
        if (numeric)
            state.number = value.toDouble();
        QCOMPARE(TileText::reading(state, unit), expected);
    }

    void binaryState_data()
    {
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("expected");
        QTest::newRow("motion on") << u"motion"_s << true << QStringLiteral("Detected");
        QTest::newRow("motion off") << u"motion"_s << false << QStringLiteral("Clear");
        QTest::newRow("occupancy on") << u"occupancy"_s << true << QStringLiteral("Detected");
        QTest::newRow("contact on") << u"contact"_s << true << QStringLiteral("Open");
        QTest::newRow("contact off") << u"contact"_s << false << QStringLiteral("Closed");
        QTest::newRow("door, any case") << u"Door"_s << true << QStringLiteral("Open");
        QTest::newRow("window off") << u"window"_s << false << QStringLiteral("Closed");
        QTest::newRow("no class on") << u""_s << true << QStringLiteral("On");
        QTest::newRow("unknown class off") << u"smoke-ish"_s << false << QStringLiteral("Off");
    }
    void binaryState()
    {
        QFETCH(QString, deviceClass);
        QFETCH(bool, on);
        QFETCH(QString, expected);
        QCOMPARE(TileText::binaryState(deviceClass, on), expected);
    }
};

QTEST_GUILESS_MAIN(TestTileText)
#include "tst_tiletext.moc"
