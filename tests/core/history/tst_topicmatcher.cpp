// TopicMatcher: every mode against topics and payloads, and the errors a
// user sees for patterns that cannot be used.
#include "history/topicmatcher.h"
#include "history/topicstore.h"

#include <QTest>

using namespace homewire;
using namespace homewire::history;

Q_DECLARE_METATYPE(homewire::history::MatchMode)
Q_DECLARE_METATYPE(homewire::history::MatchScopes)
Q_DECLARE_METATYPE(homewire::history::MatcherError)

class TestTopicMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void invalidPatterns_data();
    void invalidPatterns();
    void nodesWithoutMessagesMatchByTopicOnly();
};

namespace {

const MatchScopes Topic = MatchScope::Topic;
const MatchScopes Payload = MatchScope::Payload;
const MatchScopes Both = MatchScope::Topic | MatchScope::Payload;

} // namespace

void TestTopicMatcher::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<MatchMode>("mode");
    QTest::addColumn<MatchScopes>("scopes");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("expected");

    const auto sub = MatchMode::Substring;
    const auto filter = MatchMode::TopicFilter;
    const auto regex = MatchMode::RegularExpression;
    const QByteArray big = QByteArray(TopicMatcher::PayloadScanLimit, 'a');

    QTest::newRow("empty pattern matches everything")
        << QString() << sub << Topic << false << QByteArray("a") << QByteArray() << true;
    QTest::newRow("substring in topic, case folded")
        << QStringLiteral("KITCHEN") << sub << Topic << false << QByteArray("home/kitchen/temp")
        << QByteArray() << true;
    QTest::newRow("substring absent") << QStringLiteral("garage") << sub << Topic << false
                                      << QByteArray("home/kitchen/temp") << QByteArray("garage") << false;
    QTest::newRow("substring case-sensitive") << QStringLiteral("Kitchen") << sub << Topic << true
                                              << QByteArray("home/kitchen/temp") << QByteArray() << false;
    QTest::newRow("substring case-sensitive, same case")
        << QStringLiteral("kitchen/t") << sub << Topic << true << QByteArray("home/kitchen/temp")
        << QByteArray() << true;
    QTest::newRow("substring spans levels") << QStringLiteral("n/t") << sub << Topic << false
                                            << QByteArray("home/kitchen/temp") << QByteArray() << true;
    QTest::newRow("substring in payload, topic scope") << QStringLiteral("21.5") << sub << Topic << false
                                                       << QByteArray("home/t") << QByteArray("21.5") << false;
    QTest::newRow("substring in payload, payload scope")
        << QStringLiteral("21.5") << sub << Payload << false << QByteArray("home/t")
        << QByteArray("{\"t\":21.5}") << true;
    QTest::newRow("substring in topic, payload scope") << QStringLiteral("home") << sub << Payload << false
                                                       << QByteArray("home/t") << QByteArray("21.5") << false;
    QTest::newRow("substring in payload, both scopes")
        << QStringLiteral("ON") << sub << Both << false << QByteArray("light/1") << QByteArray("on") << true;
    QTest::newRow("non-ASCII pattern folds case") << QStringLiteral("KÜCHE") << sub << Topic << false
                                                  << QByteArray("haus/k\xc3\xbc"
                                                                "che/temp")
                                                  << QByteArray() << true;
    QTest::newRow("ASCII pattern in a UTF-8 topic") << QStringLiteral("TEMP") << sub << Topic << false
                                                    << QByteArray("haus/k\xc3\xbc"
                                                                  "che/temp")
                                                    << QByteArray() << true;
    QTest::newRow("payload: match within the first 64 KiB")
        << QStringLiteral("needle") << sub << Payload << false << QByteArray("t")
        << QByteArray(big.left(100) + "needle") << true;
    QTest::newRow("payload: nothing after 64 KiB is searched")
        << QStringLiteral("needle") << sub << Payload << false << QByteArray("t")
        << QByteArray(big + "needle") << false;
    QTest::newRow("binary payload") << QStringLiteral("abc") << sub << Payload << false << QByteArray("t")
                                    << QByteArray("\x00\xff"
                                                  "ABC\x01",
                                                  6)
                                    << true;

    QTest::newRow("filter + one level [MQTT-4.7.1-3]")
        << QStringLiteral("home/+/temp") << filter << Topic << false << QByteArray("home/kitchen/temp")
        << QByteArray() << true;
    QTest::newRow("filter + is not two levels [MQTT-4.7.1-3]")
        << QStringLiteral("home/+/temp") << filter << Topic << false << QByteArray("home/a/b/temp")
        << QByteArray() << false;
    QTest::newRow("filter + other last level") << QStringLiteral("home/+/temp") << filter << Topic << false
                                               << QByteArray("home/kitchen/hum") << QByteArray() << false;
    QTest::newRow("filter # includes the parent [MQTT-4.7.1-2]")
        << QStringLiteral("sport/#") << filter << Topic << false << QByteArray("sport") << QByteArray()
        << true;
    QTest::newRow("filter +/+ matches /finance [MQTT-4.7.1-3]")
        << QStringLiteral("+/+") << filter << Topic << false << QByteArray("/finance") << QByteArray()
        << true;
    QTest::newRow("filter # skips $SYS [MQTT-4.7.2-1]")
        << QStringLiteral("#") << filter << Topic << false << QByteArray("$SYS/broker/uptime") << QByteArray()
        << false;
    QTest::newRow("filter $SYS/# [MQTT-4.7.2-1]") << QStringLiteral("$SYS/#") << filter << Topic << false
                                                  << QByteArray("$SYS/broker/uptime") << QByteArray() << true;
    QTest::newRow("filter is case sensitive [MQTT-4.7.3]")
        << QStringLiteral("Home/#") << filter << Topic << false << QByteArray("home/a") << QByteArray()
        << false;
    QTest::newRow("filter ignores the payload") << QStringLiteral("home/#") << filter << Both << false
                                                << QByteArray("x") << QByteArray("home/1") << false;

    QTest::newRow("regex anchored") << QStringLiteral("^home/.*/temp$") << regex << Topic << false
                                    << QByteArray("home/kitchen/temp") << QByteArray() << true;
    QTest::newRow("regex anchored, no match") << QStringLiteral("^kitchen") << regex << Topic << false
                                              << QByteArray("home/kitchen/temp") << QByteArray() << false;
    QTest::newRow("regex case folded") << QStringLiteral("TEMP$") << regex << Topic << false
                                       << QByteArray("home/kitchen/temp") << QByteArray() << true;
    QTest::newRow("regex case-sensitive") << QStringLiteral("TEMP$") << regex << Topic << true
                                          << QByteArray("home/kitchen/temp") << QByteArray() << false;
    QTest::newRow("regex in payload") << QStringLiteral("\"temp\":\\s*2\\d") << regex << Payload << false
                                      << QByteArray("t") << QByteArray("{\"temp\": 21}") << true;
    QTest::newRow("regex payload read as UTF-8")
        << QStringLiteral("^gr\u00fc\u00df$") << regex << Payload << false << QByteArray("t")
        << QByteArray("GR\xc3\x9c\xc3\x9f") << true;
    QTest::newRow("regex in topic, payload scope") << QStringLiteral("home") << regex << Payload << false
                                                   << QByteArray("home") << QByteArray("x") << false;
}

void TestTopicMatcher::matches()
{
    QFETCH(QString, pattern);
    QFETCH(MatchMode, mode);
    QFETCH(MatchScopes, scopes);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(bool, expected);

    const auto matcher =
        TopicMatcher::create(pattern, mode, scopes, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    QVERIFY2(matcher.hasValue(), qPrintable(matcher ? QString() : matcher.error().message));
    QCOMPARE(matcher->matches(topic, payload), expected);
    QCOMPARE(matcher->looksAtPayload(), !pattern.isEmpty() && scopes.testFlag(MatchScope::Payload));

    // The same through a node of a store.
    TopicStore store;
    store.ingest({mqtt::ApplicationMessage{topic, payload, mqtt::QoS::AtMostOnce, false, 1}});
    QCOMPARE(matcher->matches(*store.find(topic)), expected);
}

void TestTopicMatcher::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<MatchMode>("mode");
    QTest::addColumn<MatchScopes>("scopes");
    QTest::addColumn<MatcherError>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("regex unclosed group")
        << QStringLiteral("temp(") << MatchMode::RegularExpression << Topic
        << MatcherError::InvalidRegularExpression << QStringLiteral("character");
    QTest::newRow("regex nothing to repeat")
        << QStringLiteral("*temp") << MatchMode::RegularExpression << Topic
        << MatcherError::InvalidRegularExpression << QStringLiteral("at character 1");
    QTest::newRow("filter # not last [MQTT-4.7.1-2]")
        << QStringLiteral("sport/#/ranking") << MatchMode::TopicFilter << Topic
        << MatcherError::InvalidTopicFilter << QStringLiteral("MQTT-4.7.1-2");
    QTest::newRow("filter + inside a level [MQTT-4.7.1-3]")
        << QStringLiteral("sport+") << MatchMode::TopicFilter << Topic << MatcherError::InvalidTopicFilter
        << QStringLiteral("MQTT-4.7.1-3");
    QTest::newRow("filter over payloads only") << QStringLiteral("a/#") << MatchMode::TopicFilter << Payload
                                               << MatcherError::NoScope << QStringLiteral("topic");
    QTest::newRow("no scope") << QStringLiteral("x") << MatchMode::Substring << MatchScopes()
                              << MatcherError::NoScope << QStringLiteral("topics, payloads");
}

void TestTopicMatcher::invalidPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(MatchMode, mode);
    QFETCH(MatchScopes, scopes);
    QFETCH(MatcherError, error);
    QFETCH(QString, messagePart);

    const auto matcher = TopicMatcher::create(pattern, mode, scopes);
    QVERIFY(!matcher.hasValue());
    QCOMPARE(matcher.errorCode(), error);
    QVERIFY2(matcher.error().message.contains(messagePart), qPrintable(matcher.error().message));
}

void TestTopicMatcher::nodesWithoutMessagesMatchByTopicOnly()
{
    TopicStore store;
    store.ingest({mqtt::ApplicationMessage{"home/kitchen/temp", "kitchen", mqtt::QoS::AtMostOnce, false, 1}});
    const TopicNode &kitchen = *store.find("home/kitchen"); // no message of its own

    QVERIFY(TopicMatcher::create(QStringLiteral("kitchen"), MatchMode::Substring, Topic)->matches(kitchen));
    QVERIFY(
        !TopicMatcher::create(QStringLiteral("kitchen"), MatchMode::Substring, Payload)->matches(kitchen));
    QVERIFY(
        !TopicMatcher::create(QStringLiteral("^$"), MatchMode::RegularExpression, Payload)->matches(kitchen));
    QVERIFY(TopicMatcher::create(QStringLiteral("home/+"), MatchMode::TopicFilter, Both)->matches(kitchen));
    QVERIFY(TopicMatcher().matches(kitchen));
    QVERIFY(TopicMatcher().isEmpty());
}

QTEST_GUILESS_MAIN(TestTopicMatcher)
#include "tst_topicmatcher.moc"
