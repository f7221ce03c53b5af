// TopicName and TopicFilter: validation, the $share form and matching.
//
// The matching rows are the examples of MQTT 3.1.1 section 4.7 (and 5.0 4.7/4.8),
// checked through TopicFilter::matches and through topicMatches on raw bytes.
// Row names cite the 3.1.1 statement; rows about "$share" cite MQTT 5.0.

#include "mqtt/topic.h"

#include <QTest>

using namespace homewire;
using namespace homewire::mqtt;

namespace {

const int valid = -1; // expected-error column: no error

void addValidityRow(const char *name, const QByteArray &bytes, int expectedError)
{
    QTest::newRow(name) << bytes << expectedError;
}

void addFilterRow(const char *name, const QByteArray &filter, int plainError, int error)
{
    QTest::newRow(name) << filter << plainError << error;
}

void addMatchRow(const char *name, const QByteArray &filter, const QByteArray &topic, bool matches)
{
    QTest::newRow(name) << filter << topic << matches;
}

QByteArray withNull()
{
    return QByteArray("a\0b", 3);
}

} // namespace

class TestTopic : public QObject
{
    Q_OBJECT

private slots:
    void topicNameValidate_data();
    void topicNameValidate();
    void systemTopic();
    void topicFilterValidate_data();
    void topicFilterValidate();
    void sharedFilterParts_data();
    void sharedFilterParts();
    void hasWildcards_data();
    void hasWildcards();
    void matches_data();
    void matches();
    void emptyTopicNameMatchesNothing();
    void sharedFilterMatchesByPlainPart_data();
    void sharedFilterMatchesByPlainPart();
};

void TestTopic::topicNameValidate_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("expectedError");

    const int invalidName = int(CodecError::InvalidTopicName);
    addValidityRow("plain levels", QByteArray("sport/tennis/player1"), valid);
    addValidityRow("single character [MQTT-4.7.3-1]", QByteArray("a"), valid);
    addValidityRow("separator alone", QByteArray("/"), valid);
    addValidityRow("leading separator", QByteArray("/finance"), valid);
    addValidityRow("empty level", QByteArray("a//b"), valid);
    addValidityRow("spaces are characters", QByteArray("Accounts payable"), valid);
    addValidityRow("$SYS topic", QByteArray("$SYS/monitor/Clients"), valid);
    addValidityRow("multibyte UTF-8", QByteArray("caf\xC3\xA9/\xF0\x9F\x98\x80"), valid);
    addValidityRow("BOM kept [MQTT-1.5.3-3]", QByteArray::fromHex("61 efbbbf 62"), valid);
    addValidityRow("65535 bytes [MQTT-4.7.3-3]", QByteArray(65535, 'a'), valid);
    addValidityRow("empty [MQTT-4.7.3-1]", QByteArray(), invalidName);
    addValidityRow("65536 bytes [MQTT-4.7.3-3]", QByteArray(65536, 'a'), invalidName);
    addValidityRow("+ level [MQTT-4.7.1-1]", QByteArray("sport/+"), invalidName);
    addValidityRow("+ alone [MQTT-4.7.1-1]", QByteArray("+"), invalidName);
    addValidityRow("+ inside a level [MQTT-4.7.1-1]", QByteArray("sport+"), invalidName);
    addValidityRow("# level [MQTT-4.7.1-1]", QByteArray("sport/#"), invalidName);
    addValidityRow("# alone [MQTT-4.7.1-1]", QByteArray("#"), invalidName);
    addValidityRow("# inside a level [MQTT-4.7.1-1]", QByteArray("sport/tennis#"), invalidName);
    addValidityRow("U+0000 [MQTT-4.7.3-2]", withNull(), int(CodecError::NullCharacter));
    addValidityRow("surrogate [MQTT-1.5.3-1]", QByteArray("a/\xED\xA0\x80"), int(CodecError::InvalidUtf8));
    addValidityRow("C3 28 [MQTT-1.5.3-1]", QByteArray("\xC3\x28"), int(CodecError::InvalidUtf8));
}

void TestTopic::topicNameValidate()
{
    QFETCH(QByteArray, name);
    QFETCH(int, expectedError);

    const auto result = TopicName::validate(name);
    QCOMPARE(TopicName(name).isValid(), expectedError == valid);
    if (expectedError == valid) {
        QVERIFY(result.hasValue());
    } else {
        QVERIFY(!result.hasValue());
        QCOMPARE(int(result.errorCode()), expectedError);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestTopic::systemTopic()
{
    QVERIFY(TopicName(QByteArray("$SYS/broker/uptime")).isSystemTopic());
    QVERIFY(TopicName(QByteArray("$")).isSystemTopic());
    QVERIFY(!TopicName(QByteArray("a/$SYS")).isSystemTopic());
    QVERIFY(!TopicName(QByteArray("/$SYS")).isSystemTopic());
}

void TestTopic::topicFilterValidate_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<int>("plainError"); // validatePlain
    QTest::addColumn<int>("error");      // validate: plain or $share form

    const int bad = int(CodecError::InvalidTopicFilter);
    addFilterRow("exact filter", QByteArray("sport/tennis/player1"), valid, valid);
    addFilterRow("sport/tennis/player1/# [MQTT-4.7.1-2]", QByteArray("sport/tennis/player1/#"), valid, valid);
    addFilterRow("sport/# [MQTT-4.7.1-2]", QByteArray("sport/#"), valid, valid);
    addFilterRow("# alone [MQTT-4.7.1-2]", QByteArray("#"), valid, valid);
    addFilterRow("sport/tennis# [MQTT-4.7.1-2]", QByteArray("sport/tennis#"), bad, bad);
    addFilterRow("sport/tennis/#/ranking [MQTT-4.7.1-2]", QByteArray("sport/tennis/#/ranking"), bad, bad);
    addFilterRow("#a [MQTT-4.7.1-2]", QByteArray("#a"), bad, bad);
    addFilterRow("#/ [MQTT-4.7.1-2]", QByteArray("#/"), bad, bad);
    addFilterRow("## [MQTT-4.7.1-2]", QByteArray("##"), bad, bad);
    addFilterRow("+ alone [MQTT-4.7.1-3]", QByteArray("+"), valid, valid);
    addFilterRow("+/tennis/# [MQTT-4.7.1-3]", QByteArray("+/tennis/#"), valid, valid);
    addFilterRow("sport/+/player1 [MQTT-4.7.1-3]", QByteArray("sport/+/player1"), valid, valid);
    addFilterRow("+/+ [MQTT-4.7.1-3]", QByteArray("+/+"), valid, valid);
    addFilterRow("/+ [MQTT-4.7.1-3]", QByteArray("/+"), valid, valid);
    addFilterRow("sport+ [MQTT-4.7.1-3]", QByteArray("sport+"), bad, bad);
    addFilterRow("+a [MQTT-4.7.1-3]", QByteArray("+a"), bad, bad);
    addFilterRow("a/b+/c [MQTT-4.7.1-3]", QByteArray("a/b+/c"), bad, bad);
    addFilterRow("++ [MQTT-4.7.1-3]", QByteArray("++"), bad, bad);
    addFilterRow("separator alone", QByteArray("/"), valid, valid);
    addFilterRow("empty level a//b", QByteArray("a//b"), valid, valid);
    addFilterRow("$SYS/# [MQTT-4.7.2-1]", QByteArray("$SYS/#"), valid, valid);
    addFilterRow("empty [MQTT-4.7.3-1]", QByteArray(), bad, bad);
    addFilterRow("U+0000 [MQTT-4.7.3-2]", withNull(), int(CodecError::NullCharacter),
                 int(CodecError::NullCharacter));
    addFilterRow("surrogate [MQTT-1.5.3-1]", QByteArray("a/\xED\xB0\x80"), int(CodecError::InvalidUtf8),
                 int(CodecError::InvalidUtf8));
    addFilterRow("65535 bytes [MQTT-4.7.3-3]", QByteArray(65535, 'a'), valid, valid);
    addFilterRow("65536 bytes [MQTT-4.7.3-3]", QByteArray(65536, 'a'), bad, bad);
    // The $share form: validatePlain sees an ordinary filter, validate checks the form.
    addFilterRow("$share/group/a/+ [MQTT-4.8.2-1]", QByteArray("$share/group/a/+"), valid, valid);
    addFilterRow("$share/group/# [MQTT-4.8.2-1]", QByteArray("$share/group/#"), valid, valid);
    addFilterRow("$share/group without filter [MQTT-4.8.2-2]", QByteArray("$share/group"), valid, bad);
    addFilterRow("$share/group/ with empty filter [MQTT-4.8.2-2]", QByteArray("$share/group/"), valid, bad);
    addFilterRow("$share//a empty share name [MQTT-4.8.2-1]", QByteArray("$share//a"), valid, bad);
    addFilterRow("$share/+/a share name + [MQTT-4.8.2-2]", QByteArray("$share/+/a"), valid, bad);
    addFilterRow("$share/gr#/a share name with # [MQTT-4.8.2-2]", QByteArray("$share/gr#/a"), bad, bad);
    addFilterRow("$share/g+/a share name with + [MQTT-4.8.2-2]", QByteArray("$share/g+/a"), bad, bad);
    addFilterRow("$share/group/a/#/b bad filter part [MQTT-4.7.1-2]", QByteArray("$share/group/a/#/b"), bad,
                 bad);
    addFilterRow("$sharex/a is not shared [v5 4.8.2]", QByteArray("$sharex/a"), valid, valid);
    addFilterRow("$SHARE/g/a is not shared [v5 4.8.2]", QByteArray("$SHARE/g/a"), valid, valid);
}

void TestTopic::topicFilterValidate()
{
    QFETCH(QByteArray, filter);
    QFETCH(int, plainError);
    QFETCH(int, error);

    const auto plain = TopicFilter::validatePlain(filter);
    if (plainError == valid) {
        QVERIFY(plain.hasValue());
    } else {
        QVERIFY(!plain.hasValue());
        QCOMPARE(int(plain.errorCode()), plainError);
        QVERIFY(!plain.error().message.isEmpty());
    }

    const auto full = TopicFilter::validate(filter);
    QCOMPARE(TopicFilter(filter).isValid(), error == valid);
    if (error == valid) {
        QVERIFY(full.hasValue());
    } else {
        QVERIFY(!full.hasValue());
        QCOMPARE(int(full.errorCode()), error);
        QVERIFY(!full.error().message.isEmpty());
    }
}

void TestTopic::sharedFilterParts_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QByteArray>("shareName");
    QTest::addColumn<QByteArray>("plain");

    QTest::newRow("$share/group/a/+ [MQTT-4.8.2-1]")
        << QByteArray("$share/group/a/+") << true << QByteArray("group") << QByteArray("a/+");
    QTest::newRow("$share/group/# [MQTT-4.8.2-1]")
        << QByteArray("$share/group/#") << true << QByteArray("group") << QByteArray("#");
    QTest::newRow("$share/g/a/b/c keeps every level")
        << QByteArray("$share/g/a/b/c") << true << QByteArray("g") << QByteArray("a/b/c");
    QTest::newRow("$share/g//a keeps the leading empty level")
        << QByteArray("$share/g//a") << true << QByteArray("g") << QByteArray("/a");
    QTest::newRow("$share/g/$SYS/#") << QByteArray("$share/g/$SYS/#") << true << QByteArray("g")
                                     << QByteArray("$SYS/#");
    QTest::newRow("plain filter") << QByteArray("a/+") << false << QByteArray() << QByteArray("a/+");
    QTest::newRow("$SYS/#") << QByteArray("$SYS/#") << false << QByteArray() << QByteArray("$SYS/#");
    QTest::newRow("$sharex/a") << QByteArray("$sharex/a") << false << QByteArray() << QByteArray("$sharex/a");
    QTest::newRow("$SHARE/g/a, case sensitive [v5 4.8.2]")
        << QByteArray("$SHARE/g/a") << false << QByteArray() << QByteArray("$SHARE/g/a");
    QTest::newRow("a/$share/g/b") << QByteArray("a/$share/g/b") << false << QByteArray()
                                  << QByteArray("a/$share/g/b");
}

void TestTopic::sharedFilterParts()
{
    QFETCH(QByteArray, filter);
    QFETCH(bool, shared);
    QFETCH(QByteArray, shareName);
    QFETCH(QByteArray, plain);

    const TopicFilter topicFilter(filter);
    QCOMPARE(topicFilter.isShared(), shared);
    QCOMPARE(topicFilter.shareName(), shareName);
    QCOMPARE(topicFilter.plainFilter().bytes(), plain);
    QCOMPARE(topicFilter.plainFilter().isShared(), false);
    QCOMPARE(topicFilter.bytes(), filter);
}

void TestTopic::hasWildcards_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<bool>("wildcards");

    QTest::newRow("exact") << QByteArray("sport/tennis/player1") << false;
    QTest::newRow("#") << QByteArray("#") << true;
    QTest::newRow("sport/#") << QByteArray("sport/#") << true;
    QTest::newRow("+") << QByteArray("+") << true;
    QTest::newRow("sport/+/player1") << QByteArray("sport/+/player1") << true;
    QTest::newRow("$SYS/broker") << QByteArray("$SYS/broker") << false;
    QTest::newRow("$share/g/a") << QByteArray("$share/g/a") << false;
    QTest::newRow("$share/g/a/#") << QByteArray("$share/g/a/#") << true;
}

void TestTopic::hasWildcards()
{
    QFETCH(QByteArray, filter);
    QFETCH(bool, wildcards);
    QCOMPARE(TopicFilter(filter).hasWildcards(), wildcards);
}

void TestTopic::matches_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<bool>("matches");

    // 4.7.1.2 multi-level wildcard
    const QByteArray player1 = QByteArray("sport/tennis/player1/#");
    addMatchRow("player1/# matches its parent [MQTT-4.7.1-2]", player1, QByteArray("sport/tennis/player1"),
                true);
    addMatchRow("player1/# matches ranking [MQTT-4.7.1-2]", player1,
                QByteArray("sport/tennis/player1/ranking"), true);
    addMatchRow("player1/# matches score/wimbledon [MQTT-4.7.1-2]", player1,
                QByteArray("sport/tennis/player1/score/wimbledon"), true);
    addMatchRow("player1/# not player10 [MQTT-4.7.1-2]", player1, QByteArray("sport/tennis/player10"), false);
    addMatchRow("player1/# not its grandparent [MQTT-4.7.1-2]", player1, QByteArray("sport/tennis"), false);
    addMatchRow("sport/# matches sport [MQTT-4.7.1-2]", QByteArray("sport/#"), QByteArray("sport"), true);
    addMatchRow("sport/# matches sport/ [MQTT-4.7.1-2]", QByteArray("sport/#"), QByteArray("sport/"), true);
    addMatchRow("sport/# not sports [MQTT-4.7.1-2]", QByteArray("sport/#"), QByteArray("sports"), false);
    addMatchRow("# matches every level [MQTT-4.7.1-2]", QByteArray("#"), QByteArray("sport/tennis/player1"),
                true);
    addMatchRow("# matches / [MQTT-4.7.1-2]", QByteArray("#"), QByteArray("/"), true);
    addMatchRow("# matches /finance [MQTT-4.7.1-2]", QByteArray("#"), QByteArray("/finance"), true);
    // 4.7.1.3 single-level wildcard
    const QByteArray tennisPlus = QByteArray("sport/tennis/+");
    addMatchRow("tennis/+ matches player1 [MQTT-4.7.1-3]", tennisPlus, QByteArray("sport/tennis/player1"),
                true);
    addMatchRow("tennis/+ matches player2 [MQTT-4.7.1-3]", tennisPlus, QByteArray("sport/tennis/player2"),
                true);
    addMatchRow("tennis/+ not player1/ranking [MQTT-4.7.1-3]", tennisPlus,
                QByteArray("sport/tennis/player1/ranking"), false);
    addMatchRow("sport/+ not sport [MQTT-4.7.1-3]", QByteArray("sport/+"), QByteArray("sport"), false);
    addMatchRow("sport/+ matches sport/ [MQTT-4.7.1-3]", QByteArray("sport/+"), QByteArray("sport/"), true);
    addMatchRow("+/+ matches /finance [MQTT-4.7.1-3]", QByteArray("+/+"), QByteArray("/finance"), true);
    addMatchRow("/+ matches /finance [MQTT-4.7.1-3]", QByteArray("/+"), QByteArray("/finance"), true);
    addMatchRow("+ not /finance [MQTT-4.7.1-3]", QByteArray("+"), QByteArray("/finance"), false);
    addMatchRow("+ matches finance [MQTT-4.7.1-3]", QByteArray("+"), QByteArray("finance"), true);
    addMatchRow("+ not / [MQTT-4.7.1-3]", QByteArray("+"), QByteArray("/"), false);
    addMatchRow("+/+ matches / [MQTT-4.7.1-3]", QByteArray("+/+"), QByteArray("/"), true);
    addMatchRow("+/tennis/# matches sport/tennis/player1 [MQTT-4.7.1-3]", QByteArray("+/tennis/#"),
                QByteArray("sport/tennis/player1"), true);
    addMatchRow("sport/+/player1 matches [MQTT-4.7.1-3]", QByteArray("sport/+/player1"),
                QByteArray("sport/tennis/player1"), true);
    addMatchRow("a/+/b matches empty level a//b [MQTT-4.7.1-3]", QByteArray("a/+/b"), QByteArray("a//b"),
                true);
    addMatchRow("a/+/b not a/b [MQTT-4.7.1-3]", QByteArray("a/+/b"), QByteArray("a/b"), false);
    addMatchRow("+/# matches a single level [MQTT-4.7.1-2]", QByteArray("+/#"), QByteArray("a"), true);
    // 4.7.2 topics beginning with $
    const QByteArray sysClients = QByteArray("$SYS/monitor/Clients");
    addMatchRow("# not $SYS/monitor/Clients [MQTT-4.7.2-1]", QByteArray("#"), sysClients, false);
    addMatchRow("+/monitor/Clients not $SYS/... [MQTT-4.7.2-1]", QByteArray("+/monitor/Clients"), sysClients,
                false);
    addMatchRow("$SYS/# matches $SYS/monitor/Clients [MQTT-4.7.2-1]", QByteArray("$SYS/#"), sysClients, true);
    addMatchRow("$SYS/monitor/+ matches $SYS/monitor/Clients [MQTT-4.7.2-1]", QByteArray("$SYS/monitor/+"),
                sysClients, true);
    addMatchRow("$SYS/# matches $SYS [MQTT-4.7.2-1]", QByteArray("$SYS/#"), QByteArray("$SYS"), true);
    addMatchRow("# not $ [MQTT-4.7.2-1]", QByteArray("#"), QByteArray("$"), false);
    addMatchRow("+ not $SYS [MQTT-4.7.2-1]", QByteArray("+"), QByteArray("$SYS"), false);
    addMatchRow("+/# not $SYS/x [MQTT-4.7.2-1]", QByteArray("+/#"), QByteArray("$SYS/x"), false);
    addMatchRow("a/# matches a/$b: only the first level counts [MQTT-4.7.2-1]", QByteArray("a/#"),
                QByteArray("a/$b"), true);
    addMatchRow("a/+ matches a/$b [MQTT-4.7.2-1]", QByteArray("a/+"), QByteArray("a/$b"), true);
    // 4.7.3 exact bytes: case, spaces, separators, no normalisation
    addMatchRow("Accounts not ACCOUNTS [MQTT-4.7.3-4]", QByteArray("Accounts"), QByteArray("ACCOUNTS"),
                false);
    addMatchRow("ACCOUNTS matches ACCOUNTS [MQTT-4.7.3-4]", QByteArray("ACCOUNTS"), QByteArray("ACCOUNTS"),
                true);
    addMatchRow("space is a character [MQTT-4.7.3-4]", QByteArray("Accounts payable"),
                QByteArray("Accounts payable"), true);
    addMatchRow("space is not skipped [MQTT-4.7.3-4]", QByteArray("Accounts payable"),
                QByteArray("Accountspayable"), false);
    addMatchRow("/finance not finance [MQTT-4.7.3-4]", QByteArray("/finance"), QByteArray("finance"), false);
    addMatchRow("finance not /finance [MQTT-4.7.3-4]", QByteArray("finance"), QByteArray("/finance"), false);
    addMatchRow("a/b not a//b [MQTT-4.7.3-4]", QByteArray("a/b"), QByteArray("a//b"), false);
    addMatchRow("a/b not a/b/ [MQTT-4.7.3-4]", QByteArray("a/b"), QByteArray("a/b/"), false);
    addMatchRow("a//b matches a//b [MQTT-4.7.3-4]", QByteArray("a//b"), QByteArray("a//b"), true);
    addMatchRow("NFC e-acute not NFD e + U+0301 [MQTT-4.7.3-4]", QByteArray("caf\xC3\xA9"),
                QByteArray("cafe\xCC\x81"), false);
    addMatchRow("BOM not stripped [MQTT-1.5.3-3]", QByteArray::fromHex("61 efbbbf 62"), QByteArray("ab"),
                false);
    addMatchRow("BOM matches itself [MQTT-1.5.3-3]", QByteArray::fromHex("61 efbbbf 62"),
                QByteArray::fromHex("61 efbbbf 62"), true);
}

void TestTopic::matches()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);
    QFETCH(bool, matches);

    QCOMPARE(TopicFilter(filter).matches(topic), matches);
    QCOMPARE(TopicFilter(filter).matches(TopicName(topic)), matches);
    QCOMPARE(topicMatches(filter, topic), matches);
}

void TestTopic::emptyTopicNameMatchesNothing()
{
    // An empty topic name is not a topic name (MQTT-4.7.3-1): nothing is published
    // to it, so no filter may claim it, not even "#" or "+".
    QVERIFY(!TopicFilter(QByteArray("#")).matches(QByteArrayView()));
    QVERIFY(!TopicFilter(QByteArray("+")).matches(QByteArrayView()));
    QVERIFY(!TopicFilter(QByteArray("#")).matches(TopicName()));
}

void TestTopic::sharedFilterMatchesByPlainPart_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<bool>("matches");

    addMatchRow("$share/group/a/+ matches a/b [v5 4.8.2]", QByteArray("$share/group/a/+"), QByteArray("a/b"),
                true);
    addMatchRow("$share/group/a/+ not a [MQTT-4.7.1-3]", QByteArray("$share/group/a/+"), QByteArray("a"),
                false);
    addMatchRow("$share/group/a/+ not the $share topic itself [v5 4.8.2]", QByteArray("$share/group/a/+"),
                QByteArray("$share/group/a/b"), false);
    addMatchRow("$share/group/# matches x/y [v5 4.8.2]", QByteArray("$share/group/#"), QByteArray("x/y"),
                true);
    addMatchRow("$share/group/# not $SYS/x [MQTT-4.7.2-1]", QByteArray("$share/group/#"),
                QByteArray("$SYS/x"), false);
    addMatchRow("$share/g/$SYS/# matches $SYS/x [MQTT-4.7.2-1]", QByteArray("$share/g/$SYS/#"),
                QByteArray("$SYS/x"), true);
    addMatchRow("$share/group/a matches a exactly [v5 4.8.2]", QByteArray("$share/group/a"), QByteArray("a"),
                true);
    addMatchRow("$share/group/a not group/a [v5 4.8.2]", QByteArray("$share/group/a"), QByteArray("group/a"),
                false);
}

void TestTopic::sharedFilterMatchesByPlainPart()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);
    QFETCH(bool, matches);

    const TopicFilter shared(filter);
    QVERIFY(shared.isShared());
    QCOMPARE(shared.matches(topic), matches);
    QCOMPARE(shared.plainFilter().matches(topic), matches);
}

QTEST_APPLESS_MAIN(TestTopic)
#include "tst_topic.moc"
