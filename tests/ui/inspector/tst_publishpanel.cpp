// PublishPanel driven like a user: typing, clicking, Ctrl+Return. Invalid
// topics (MQTT-4.7.1-1, MQTT-4.7.3-1..3) and invalid JSON are explained
// inline and emit nothing; valid input emits exactly once; resending from the
// sent list emits again.
//
// Set HOMEWIRE_SCREENSHOT_DIR to also save what the panel looks like.

#include "ui/inspector/publishpanel.h"
#include "ui/inspector/sentmessagemodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>

using namespace homewire;
using namespace homewire::ui;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a running application would have
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

struct Panel
{
    PublishPanel panel;
    QSignalSpy spy{&panel, &PublishPanel::publishRequested};
    QLineEdit *topic = panel.findChild<QLineEdit *>(QStringLiteral("publishTopic"));
    QPlainTextEdit *payload = panel.findChild<QPlainTextEdit *>(QStringLiteral("publishPayload"));
    QComboBox *format = panel.findChild<QComboBox *>(QStringLiteral("publishFormat"));
    QComboBox *qos = panel.findChild<QComboBox *>(QStringLiteral("publishQoS"));
    QCheckBox *retain = panel.findChild<QCheckBox *>(QStringLiteral("publishRetain"));
    QPushButton *publish = panel.findChild<QPushButton *>(QStringLiteral("publishButton"));
    QPushButton *resend = panel.findChild<QPushButton *>(QStringLiteral("resendButton"));
    QLabel *topicError = panel.findChild<QLabel *>(QStringLiteral("publishTopicError"));
    QLabel *payloadError = panel.findChild<QLabel *>(QStringLiteral("publishPayloadError"));
    QLabel *status = panel.findChild<QLabel *>(QStringLiteral("publishStatus"));
    QListView *sent = panel.findChild<QListView *>(QStringLiteral("sentMessages"));

    Panel()
    {
        panel.resize(420, 560);
        panel.setEnabledForConnection(true);
        panel.show();
    }
    bool complete() const
    {
        return topic && payload && format && qos && retain && publish && resend && topicError &&
               payloadError && status && sent;
    }
    void typePayload(const QString &text)
    {
        payload->setFocus();
        QTest::keyClicks(payload, text);
    }
};

} // namespace

Q_DECLARE_METATYPE(homewire::mqtt::QoS)

class TestPublishPanel : public QObject
{
    Q_OBJECT

private slots:
    void invalidTopicIsExplainedInline_data();
    void invalidTopicIsExplainedInline();
    void explanationGoesAwayWhenTyping();
    void invalidJsonShowsLineAndColumn();
    void rawModeSendsAnyText();
    void validPublishEmitsOnce();
    void ctrlReturnPublishes();
    void formatPrettyPrintsAndUndoes();
    void resendFromHistory();
    void sentHistoryIsDeduplicatedAndBounded();
    void disconnectedPanelDoesNotPublish();
    void publishResultIsShownInline();
    void flatTopicCompletion();
    void treeTopicCompletion();
};

void TestPublishPanel::invalidTopicIsExplainedInline_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("explains");

    QTest::newRow("empty [MQTT-4.7.3-1]") << QString() << QStringLiteral("Enter the topic");
    QTest::newRow("single-level wildcard [MQTT-4.7.1-1]")
        << QStringLiteral("home/+/set") << QStringLiteral("wildcard '+' at byte 5");
    QTest::newRow("multi-level wildcard [MQTT-4.7.1-1]")
        << QStringLiteral("home/#") << QStringLiteral("wildcard '#'");
    QTest::newRow("NUL character [MQTT-4.7.3-2]")
        << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("U+0000");
    // 40000 characters of two bytes each: within the field, over the limit in bytes.
    QTest::newRow("over 65535 bytes [MQTT-4.7.3-3]")
        << QString(40000, QChar(0xe9)) << QStringLiteral("80000 bytes, longer than 65535");
}

void TestPublishPanel::invalidTopicIsExplainedInline()
{
    QFETCH(QString, topic);
    QFETCH(QString, explains);
    Panel p;
    QVERIFY(p.complete());
    if (topic.size() < 100 && !topic.contains(QChar(0))) {
        p.topic->setFocus();
        QTest::keyClicks(p.topic, topic);
    } else {
        p.panel.setTopic(topic); // pasted: typing 64 KB key by key would prove nothing more
    }
    p.typePayload(QStringLiteral("on"));
    QTest::mouseClick(p.publish, Qt::LeftButton);

    QCOMPARE(p.spy.count(), 0);
    QVERIFY(p.topicError->isVisible());
    QVERIFY2(p.topicError->text().contains(explains), qPrintable(p.topicError->text()));
    QVERIFY(!p.payloadError->isVisible());
    QCOMPARE(p.panel.sentMessages()->rowCount(), 0);
}

void TestPublishPanel::explanationGoesAwayWhenTyping()
{
    Panel p;
    QTest::keyClicks(p.topic, QStringLiteral("a/#"));
    QTest::mouseClick(p.publish, Qt::LeftButton);
    QVERIFY(p.topicError->isVisible());
    QTest::keyClick(p.topic, Qt::Key_Backspace);
    QVERIFY(!p.topicError->isVisible());
}

void TestPublishPanel::invalidJsonShowsLineAndColumn()
{
    Panel p;
    QTest::keyClicks(p.topic, QStringLiteral("home/kitchen/light/set"));
    p.format->setCurrentIndex(p.format->findData(int(PublishPanel::PayloadMode::Json)));
    p.panel.setPayload(QStringLiteral("{\n  \"state\": \"ON\",\n  \"brightness\" 200\n}"),
                       PublishPanel::PayloadMode::Json);
    QTest::mouseClick(p.publish, Qt::LeftButton);

    QCOMPARE(p.spy.count(), 0);
    QVERIFY(p.payloadError->isVisible());
    QVERIFY2(p.payloadError->text().contains(QStringLiteral("line 3, column 16")),
             qPrintable(p.payloadError->text()));
    QVERIFY(p.payloadError->text().contains(QStringLiteral("expected ':' after a key")));
    QVERIFY(!p.topicError->isVisible());
    // The cursor is put where the reader stopped.
    const QTextCursor cursor = p.payload->textCursor();
    QCOMPARE(cursor.blockNumber(), 2);
    QCOMPARE(cursor.positionInBlock(), 15);
    saveScreenshot(p.panel, QStringLiteral("publishpanel-invalid-json"));
}

void TestPublishPanel::rawModeSendsAnyText()
{
    Panel p;
    QTest::keyClicks(p.topic, QStringLiteral("notes"));
    p.typePayload(QStringLiteral("{not json"));
    QTest::mouseClick(p.publish, Qt::LeftButton);
    QCOMPARE(p.spy.count(), 1);
    QCOMPARE(p.spy.at(0).at(1).toByteArray(), QByteArray("{not json"));
}

void TestPublishPanel::validPublishEmitsOnce()
{
    Panel p;
    QTest::keyClicks(p.topic, QStringLiteral("home/kitchen/light/set"));
    p.format->setCurrentIndex(p.format->findData(int(PublishPanel::PayloadMode::Json)));
    p.typePayload(QStringLiteral("{\"state\": \"ON\", \"brightness\": 200}"));
    p.qos->setCurrentIndex(1);
    QTest::mouseClick(p.retain, Qt::LeftButton);
    QVERIFY(p.retain->isChecked());
    QTest::mouseClick(p.publish, Qt::LeftButton);

    QCOMPARE(p.spy.count(), 1);
    const QList<QVariant> args = p.spy.takeFirst();
    QCOMPARE(args.at(0).toByteArray(), QByteArray("home/kitchen/light/set"));
    QCOMPARE(args.at(1).toByteArray(), QByteArray(R"({"state": "ON", "brightness": 200})"));
    QCOMPARE(args.at(2).value<mqtt::QoS>(), mqtt::QoS::AtLeastOnce);
    QCOMPARE(args.at(3).toBool(), true);
    QVERIFY(!p.topicError->isVisible());
    QVERIFY(!p.payloadError->isVisible());
    QVERIFY(p.status->text().contains(QStringLiteral("Publishing to home/kitchen/light/set")));
    QCOMPARE(p.panel.sentMessages()->rowCount(), 1);
}

void TestPublishPanel::ctrlReturnPublishes()
{
    Panel p;
    // Shortcuts only reach the active window.
    QApplication::setActiveWindow(&p.panel);
    QVERIFY(QTest::qWaitForWindowActive(&p.panel));
    QTest::keyClicks(p.topic, QStringLiteral("home/hall/motion"));
    p.typePayload(QStringLiteral("1"));
    QTest::keyClick(p.payload, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(p.spy.count(), 1);
    QCOMPARE(p.payload->toPlainText(), QStringLiteral("1")); // no line break typed
    QTest::keyClick(p.topic, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(p.spy.count(), 2);
}

void TestPublishPanel::formatPrettyPrintsAndUndoes()
{
    Panel p;
    p.format->setCurrentIndex(p.format->findData(int(PublishPanel::PayloadMode::Json)));
    p.typePayload(QStringLiteral("{\"b\":1,\"a\":[true,null]}"));
    auto *formatButton = p.panel.findChild<QPushButton *>(QStringLiteral("publishFormatButton"));
    QVERIFY(formatButton && formatButton->isEnabled());
    QTest::mouseClick(formatButton, Qt::LeftButton);
    QCOMPARE(p.payload->toPlainText(),
             QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ]\n}")); // key order kept
    p.payload->undo();
    QCOMPARE(p.payload->toPlainText(), QStringLiteral("{\"b\":1,\"a\":[true,null]}"));
    QCOMPARE(p.spy.count(), 0);

    p.format->setCurrentIndex(p.format->findData(int(PublishPanel::PayloadMode::Raw)));
    QVERIFY(!formatButton->isEnabled());
}

void TestPublishPanel::resendFromHistory()
{
    Panel p;
    QAbstractItemModelTester tester(p.panel.sentMessages(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(p.topic, QStringLiteral("home/kitchen/light/set"));
    p.typePayload(QStringLiteral("ON"));
    QTest::mouseClick(p.retain, Qt::LeftButton);
    QTest::mouseClick(p.publish, Qt::LeftButton);
    p.topic->clear();
    QTest::keyClicks(p.topic, QStringLiteral("home/hall/light/set"));
    p.payload->clear();
    p.typePayload(QStringLiteral("OFF"));
    QTest::mouseClick(p.retain, Qt::LeftButton);
    QTest::mouseClick(p.publish, Qt::LeftButton);
    QCOMPARE(p.spy.count(), 2);
    QCOMPARE(p.panel.sentMessages()->rowCount(), 2);
    QVERIFY(p.sent->model()->index(0, 0).data().toString().startsWith(QStringLiteral("home/hall/light/set")));

    // Selecting the older one fills the form; Resend publishes it again.
    const QModelIndex older = p.sent->model()->index(1, 0);
    QTest::mouseClick(p.sent->viewport(), Qt::LeftButton, {}, p.sent->visualRect(older).center());
    QCOMPARE(p.topic->text(), QStringLiteral("home/kitchen/light/set"));
    QCOMPARE(p.payload->toPlainText(), QStringLiteral("ON"));
    QVERIFY(p.retain->isChecked());
    QVERIFY(p.resend->isEnabled());
    QTest::mouseClick(p.resend, Qt::LeftButton);
    QCOMPARE(p.spy.count(), 3);
    QCOMPARE(p.spy.at(2).at(0).toByteArray(), QByteArray("home/kitchen/light/set"));
    QCOMPARE(p.spy.at(2).at(1).toByteArray(), QByteArray("ON"));
    QCOMPARE(p.spy.at(2).at(3).toBool(), true);
    // Resent: it moved to the top, still two distinct messages.
    QCOMPARE(p.panel.sentMessages()->rowCount(), 2);
    QCOMPARE(p.panel.sentMessages()->message(0).topic, QByteArray("home/kitchen/light/set"));

    // Double-click resends too. QTest's widget double click is the second
    // press only; the first click comes before it, as from a real mouse.
    const QModelIndex second = p.sent->model()->index(1, 0);
    QTest::mouseClick(p.sent->viewport(), Qt::LeftButton, {}, p.sent->visualRect(second).center());
    QTest::mouseDClick(p.sent->viewport(), Qt::LeftButton, {}, p.sent->visualRect(second).center());
    QCOMPARE(p.spy.count(), 4);
    QCOMPARE(p.spy.at(3).at(0).toByteArray(), QByteArray("home/hall/light/set"));
    QVERIFY2(p.status->text().contains(QStringLiteral("Publishing to home/hall/light/set")),
             qPrintable(p.status->text()));
    saveScreenshot(p.panel, QStringLiteral("publishpanel-history"));
}

void TestPublishPanel::sentHistoryIsDeduplicatedAndBounded()
{
    SentMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    for (int i = 0; i < SentMessageModel::MaxMessages + 5; ++i)
        model.add(SentMessage{"t", QByteArray::number(i), mqtt::QoS::AtMostOnce, false, false});
    QCOMPARE(model.rowCount(), SentMessageModel::MaxMessages);
    QCOMPARE(inserted.count(), SentMessageModel::MaxMessages + 5);
    QCOMPARE(removed.count(), 5);
    QCOMPARE(model.message(0).payload, QByteArray::number(SentMessageModel::MaxMessages + 4));
    // The same message again moves up instead of being added.
    model.add(SentMessage{"t", "20", mqtt::QoS::AtMostOnce, false, true});
    QCOMPARE(model.rowCount(), SentMessageModel::MaxMessages);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.message(0).payload, QByteArray("20"));
    QVERIFY(model.message(0).json);
    // Another QoS or retain flag is another message.
    model.add(SentMessage{"t", "20", mqtt::QoS::ExactlyOnce, false, false});
    QCOMPARE(model.message(0).qos, mqtt::QoS::ExactlyOnce);
    QCOMPARE(model.message(1).payload, QByteArray("20"));
}

void TestPublishPanel::disconnectedPanelDoesNotPublish()
{
    Panel p;
    QApplication::setActiveWindow(&p.panel);
    QVERIFY(QTest::qWaitForWindowActive(&p.panel));
    p.panel.setEnabledForConnection(false);
    QTest::keyClicks(p.topic, QStringLiteral("home/x"));
    p.typePayload(QStringLiteral("1"));
    QVERIFY(!p.publish->isEnabled());
    QVERIFY(p.status->text().contains(QStringLiteral("Not connected")));
    QTest::keyClick(p.payload, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(p.spy.count(), 0);
    p.panel.setEnabledForConnection(true);
    QVERIFY(p.publish->isEnabled());
    QTest::mouseClick(p.publish, Qt::LeftButton);
    QCOMPARE(p.spy.count(), 1);
}

void TestPublishPanel::publishResultIsShownInline()
{
    Panel p;
    p.panel.showPublishResult(false, QStringLiteral("not authorized"));
    QVERIFY(p.status->text().contains(QStringLiteral("not authorized")));
    QVERIFY(p.status->isVisible());
    p.panel.showPublishResult(true, {});
    QVERIFY(p.status->text().startsWith(QStringLiteral("Published")));
}

void TestPublishPanel::flatTopicCompletion()
{
    Panel p;
    p.panel.setTopicCompletions({QStringLiteral("home/kitchen/temperature"),
                                 QStringLiteral("home/hall/motion"), QStringLiteral("garden/temperature")});
    QCompleter *completer = p.topic->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("temperature"));
    QCOMPARE(completer->completionCount(), 2); // matches anywhere in the name
}

void TestPublishPanel::treeTopicCompletion()
{
    Panel p;
    QStandardItemModel tree;
    auto *home = new QStandardItem(QStringLiteral("home"));
    home->appendRow(new QStandardItem(QStringLiteral("kitchen")));
    home->appendRow(new QStandardItem(QStringLiteral("hall")));
    tree.appendRow(home);
    tree.appendRow(new QStandardItem(QStringLiteral("garden")));
    p.panel.setTopicCompletionModel(&tree, 0);
    QCompleter *completer = p.topic->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("home/ki"));
    QCOMPARE(completer->completionCount(), 1);
    // QCompleter hands pathFromIndex() indexes of the source model.
    auto *proxy = qobject_cast<QAbstractProxyModel *>(completer->completionModel());
    QVERIFY(proxy);
    QCOMPARE(completer->pathFromIndex(proxy->mapToSource(completer->currentIndex())),
             QStringLiteral("home/kitchen"));
}

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
