// TopicInspector driven offscreen: the tabs show the right content for JSON,
// text and binary payloads; diff of two messages; plot enabled only for
// numbers; history bounded and selectable; and a 16 MB payload is decoded off
// the GUI thread while the event loop keeps running.
//
// Set HOMEWIRE_SCREENSHOT_DIR to also save what the inspector looks like.

#include "history/payload/linediff.h"
#include "ui/inspector/diffmodel.h"
#include "ui/inspector/diffview.h"
#include "ui/inspector/hexview.h"
#include "ui/inspector/historymodel.h"
#include "ui/inspector/jsonpage.h"
#include "ui/inspector/jsontreemodel.h"
#include "ui/inspector/payloadtextview.h"
#include "ui/inspector/plotview.h"
#include "ui/inspector/statuspage.h"
#include "ui/inspector/topicinspector.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace homewire;
using namespace homewire::ui;

namespace {

const QByteArray Topic = "zigbee2mqtt/kitchen/sensor";
const qint64 BaseMs = QDateTime::currentMSecsSinceEpoch() - 60'000;

mqtt::ApplicationMessage message(const QByteArray &payload, int second = 0, const QByteArray &topic = Topic)
{
    mqtt::ApplicationMessage m;
    m.topic = topic;
    m.payload = payload;
    m.qos = mqtt::QoS::AtLeastOnce;
    m.retained = second == 0;
    m.receivedMs = BaseMs + second * 1000;
    return m;
}

QByteArray sensorJson(double temperature, int humidity)
{
    return QStringLiteral(R"({"temperature":%1,"humidity":%2,"battery":97,"linkquality":54,)"
                          R"("sensor":{"model":"WSDCGQ11LM","firmware":"3000-0001"},"alarms":[false,false]})")
        .arg(temperature, 0, 'f', 1)
        .arg(humidity)
        .toUtf8();
}

// {"readings":[0,1,2,...]} of about `bytes` bytes.
QByteArray largeJson(qsizetype bytes, int salt)
{
    QByteArray json;
    json.reserve(bytes + 32);
    json.append("{\"salt\":").append(QByteArray::number(salt)).append(",\"readings\":[0");
    for (int i = 1; json.size() < bytes - 2; ++i)
        json.append(',').append(QByteArray::number(i % 100000));
    json.append("]}");
    return json;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a running application would have
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

struct Inspector
{
    TopicInspector inspector;
    QTabWidget *tabs = inspector.tabs();
    QLabel *meta = inspector.findChild<QLabel *>(QStringLiteral("inspectorMeta"));
    QLabel *count = inspector.findChild<QLabel *>(QStringLiteral("inspectorCount"));

    Inspector()
    {
        inspector.resize(760, 520);
        inspector.show();
    }
};

} // namespace

class TestTopicInspector : public QObject
{
    Q_OBJECT

private slots:
    void emptyStateAsksForATopic();
    void topicWithoutMessages();
    void textPayload();
    void jsonPayloadShowsTreeAndPrettyText();
    void jsonTreeKeepsExpansionAcrossMessages();
    void binaryPayload();
    void diffOfTwoMessages();
    void diffNeedsAPreviousMessage();
    void plotAvailability_data();
    void plotAvailability();
    void plotFieldFromTheJsonTree();
    void appendFollowsTheNewestAndIsBounded();
    void selectingAnOlderMessageStopsFollowing();
    void copyButtons();
    void showAllDecodesTheWholeText();
    void hugePayloadKeepsTheEventLoopResponsive();
    void modelsPassTheTester();
};

void TestTopicInspector::emptyStateAsksForATopic()
{
    Inspector i;
    auto *empty = i.inspector.findChild<StatusPage *>(QStringLiteral("inspectorEmpty"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("Select a topic to see its messages"));
    QVERIFY(!i.tabs->isVisible());
    QVERIFY(!i.inspector.hasMessage());
    saveScreenshot(i.inspector, QStringLiteral("inspector-empty"));
}

void TestTopicInspector::topicWithoutMessages()
{
    Inspector i;
    i.inspector.setTopic(Topic, {});
    auto *empty = i.inspector.findChild<StatusPage *>(QStringLiteral("inspectorEmpty"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No messages on this topic yet"));
    i.inspector.appendMessage(message("online"));
    QVERIFY(i.tabs->isVisible());
    QCOMPARE(i.inspector.shownMessage().payload, QByteArray("online"));
}

void TestTopicInspector::textPayload()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message("kitchen light is online\nsince 06:00")});
    QCOMPARE(i.inspector.currentTab(), TopicInspector::TextTab);
    QCOMPARE(i.inspector.textView()->text(), QStringLiteral("kitchen light is online\nsince 06:00"));
    QVERIFY(!i.inspector.textView()->isTruncated());
    QVERIFY(i.meta->text().contains(QStringLiteral("Text")));
    QVERIFY(i.meta->text().contains(QStringLiteral("35 bytes")));
    QVERIFY(i.meta->text().contains(QStringLiteral("QoS 1")));
    QVERIFY(i.meta->text().contains(QStringLiteral("Retained")));
    QCOMPARE(i.count->text(), QStringLiteral("1 message"));
    QVERIFY(!i.tabs->isTabEnabled(TopicInspector::JsonTab));
    QVERIFY(!i.tabs->tabToolTip(TopicInspector::JsonTab).isEmpty());
    QVERIFY(!i.tabs->isTabEnabled(TopicInspector::PlotTab));
    QVERIFY(!i.tabs->isTabEnabled(TopicInspector::DiffTab));
    i.inspector.setCurrentTab(TopicInspector::HexTab);
    QCOMPARE(i.inspector.hexView()->data(), QByteArray("kitchen light is online\nsince 06:00"));
}

void TestTopicInspector::jsonPayloadShowsTreeAndPrettyText()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message(sensorJson(21.5, 48))});
    QVERIFY(i.tabs->isTabEnabled(TopicInspector::JsonTab));
    QVERIFY(i.meta->text().contains(QStringLiteral("JSON object")));
    i.inspector.setCurrentTab(TopicInspector::JsonTab);
    JsonPage *page = i.inspector.jsonPage();
    QVERIFY(page->isShowingTree());
    JsonTreeModel *model = page->model();
    QCOMPARE(model->rowCount(), 6);
    // Document order, not alphabetical.
    QCOMPARE(model->index(0, JsonTreeModel::Key).data().toString(), QStringLiteral("temperature"));
    QCOMPARE(model->index(0, JsonTreeModel::Value).data().toString(), QStringLiteral("21.5"));
    QCOMPARE(model->index(4, JsonTreeModel::Key).data().toString(), QStringLiteral("sensor"));
    QCOMPARE(model->index(4, JsonTreeModel::Value).data().toString(), QStringLiteral("{2 keys}"));
    const QModelIndex sensor = model->index(4, 0);
    QVERIFY(page->treeView()->isExpanded(sensor)); // small documents open one level
    QCOMPARE(model->index(0, JsonTreeModel::Value, sensor).data().toString(),
             QStringLiteral("\"WSDCGQ11LM\""));
    QCOMPARE(model->index(0, 0, sensor).data(JsonTreeModel::PathRole).toString(),
             QStringLiteral("sensor.model"));

    auto *textButton = page->findChild<QToolButton *>(QStringLiteral("jsonTextButton"));
    QTest::mouseClick(textButton, Qt::LeftButton);
    QVERIFY(!page->isShowingTree());
    QVERIFY(page->textView()->text().startsWith(
        QStringLiteral("{\n  \"temperature\": 21.5,\n  \"humidity\": 48,")));
    QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("jsonTreeButton")), Qt::LeftButton);
    QVERIFY(page->isShowingTree());

    i.inspector.appendMessage(message(sensorJson(21.7, 47), 10));
    i.inspector.appendMessage(message(sensorJson(22.1, 47), 20));
    page->treeView()->setCurrentIndex(model->index(1, 0, model->index(4, 0)));
    saveScreenshot(i.inspector, QStringLiteral("inspector-json"));
}

void TestTopicInspector::jsonTreeKeepsExpansionAcrossMessages()
{
    Inspector i;
    i.inspector.setCurrentTab(TopicInspector::JsonTab);
    i.inspector.setTopic(Topic, {message(R"({"a":{"b":{"c":1}},"d":[1,2]})")});
    JsonPage *page = i.inspector.jsonPage();
    QTreeView *tree = page->treeView();
    JsonTreeModel *model = page->model();
    const QModelIndex b = model->indexOfPath(QStringLiteral("a.b"));
    QVERIFY(b.isValid());
    tree->expand(b);
    tree->collapse(model->indexOfPath(QStringLiteral("d")));
    i.inspector.appendMessage(message(R"({"a":{"b":{"c":2}},"d":[1,2,3]})", 5));
    QCOMPARE(
        model->index(0, JsonTreeModel::Value, model->indexOfPath(QStringLiteral("a.b"))).data().toString(),
        QStringLiteral("2"));
    QVERIFY(tree->isExpanded(model->indexOfPath(QStringLiteral("a"))));
    QVERIFY(tree->isExpanded(model->indexOfPath(QStringLiteral("a.b"))));
    QVERIFY(!tree->isExpanded(model->indexOfPath(QStringLiteral("d"))));
}

void TestTopicInspector::binaryPayload()
{
    Inspector i;
    QByteArray bytes = QByteArray::fromHex("1f8b0800000000000003");
    bytes.append("Hello\0world", 11);
    i.inspector.setTopic(Topic, {message(bytes)});
    QVERIFY(i.meta->text().contains(QStringLiteral("Binary")));
    QVERIFY(!i.tabs->isTabEnabled(TopicInspector::JsonTab));
    auto *note = i.inspector.textView()->findChild<QLabel *>(QStringLiteral("textNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Binary payload")));
    QVERIFY(i.inspector.textView()->text().contains(QStringLiteral("Hello\u2400world")));
    i.inspector.setCurrentTab(TopicInspector::HexTab);
    HexView *hex = i.inspector.hexView();
    QCOMPARE(hex->data(), bytes);
    // Drag over the first four bytes of the first line.
    hex->setSelection(0, 4);
    QCOMPARE(hex->selectedHex(), QStringLiteral("1f 8b 08 00"));
    auto *status = i.inspector.findChild<QLabel *>(QStringLiteral("hexStatus"));
    QVERIFY(status->text().contains(QStringLiteral("Selected 4 bytes at offset 0x0")));
    saveScreenshot(i.inspector, QStringLiteral("inspector-hex"));
}

void TestTopicInspector::diffOfTwoMessages()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message(sensorJson(21.5, 48)), message(sensorJson(22.0, 48), 30)});
    QVERIFY(i.tabs->isTabEnabled(TopicInspector::DiffTab));
    i.inspector.setCurrentTab(TopicInspector::DiffTab);
    DiffView *diff = i.inspector.diffView();
    QVERIFY(diff->summary().contains(QStringLiteral("1 line added, 1 line removed")));
    QStringList changed;
    for (const payload::DiffLine &line : diff->model()->lines()) {
        if (line.kind == payload::DiffLine::Kind::Removed)
            changed.append(QLatin1Char('-') + line.text);
        else if (line.kind == payload::DiffLine::Kind::Added)
            changed.append(QLatin1Char('+') + line.text);
    }
    QCOMPARE(changed, (QStringList{QStringLiteral("-  \"temperature\": 21.5,"),
                                   QStringLiteral("+  \"temperature\": 22.0,")}));
    // Added and removed rows are tinted differently from unchanged ones.
    const QModelIndex removed = diff->model()->index(1, DiffModel::Text);
    const QModelIndex added = diff->model()->index(2, DiffModel::Text);
    QCOMPARE(removed.data(DiffModel::KindRole).toInt(), int(payload::DiffLine::Kind::Removed));
    QVERIFY(removed.data(Qt::BackgroundRole).value<QColor>() !=
            added.data(Qt::BackgroundRole).value<QColor>());
    QVERIFY(!diff->model()->index(0, DiffModel::Text).data(Qt::BackgroundRole).isValid());
    saveScreenshot(i.inspector, QStringLiteral("inspector-diff"));
    if (!qEnvironmentVariableIsEmpty("HOMEWIRE_SCREENSHOT_DIR")) {
        // The tints come from the palette: check them on a dark one too.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        dark.setColor(QPalette::Button, QColor(60, 60, 64));
        dark.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        i.inspector.setPalette(dark);
        saveScreenshot(i.inspector, QStringLiteral("inspector-diff-dark"));
    }
}

void TestTopicInspector::diffNeedsAPreviousMessage()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message("1")});
    QVERIFY(!i.tabs->isTabEnabled(TopicInspector::DiffTab));
    i.inspector.appendMessage(message("2", 1));
    QVERIFY(i.tabs->isTabEnabled(TopicInspector::DiffTab));
    i.inspector.setCurrentTab(TopicInspector::DiffTab);
    QVERIFY(i.inspector.diffView()->summary().contains(QStringLiteral("1 line added, 1 line removed")));
}

void TestTopicInspector::plotAvailability_data()
{
    QTest::addColumn<QList<QByteArray>>("payloads");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("source");

    QTest::newRow("numbers") << QList<QByteArray>{"21.5", "21.7", " 22 ", "unavailable", "22.4"} << true << 4
                             << QString();
    QTest::newRow("switch states") << QList<QByteArray>{"ON", "OFF", "ON"} << true << 3 << QString();
    QTest::newRow("JSON with numbers") << QList<QByteArray>{sensorJson(21.5, 48), sensorJson(22.0, 47)}
                                       << true << 2 << QStringLiteral("temperature");
    QTest::newRow("text") << QList<QByteArray>{"hello", "world"} << false << 0 << QString();
    QTest::newRow("JSON without numbers")
        << QList<QByteArray>{R"({"state":"idle"})"} << false << 0 << QString();
    QTest::newRow("binary") << QList<QByteArray>{QByteArray::fromHex("00ff10")} << false << 0 << QString();
}

void TestTopicInspector::plotAvailability()
{
    QFETCH(QList<QByteArray>, payloads);
    QFETCH(bool, enabled);
    QFETCH(int, points);
    QFETCH(QString, source);

    Inspector i;
    QList<mqtt::ApplicationMessage> history;
    for (qsizetype n = 0; n < payloads.size(); ++n)
        history.append(message(payloads[n], int(n) * 10));
    i.inspector.setTopic(Topic, history);
    QCOMPARE(i.tabs->isTabEnabled(TopicInspector::PlotTab), enabled);
    if (!enabled) {
        QVERIFY(i.tabs->tabToolTip(TopicInspector::PlotTab).contains(QStringLiteral("Nothing to plot")));
        return;
    }
    i.inspector.setCurrentTab(TopicInspector::PlotTab);
    PlotView *plot = i.inspector.plotView();
    QCOMPARE(plot->currentSource(), source);
    QCOMPARE(plot->pointCount(), points);
    QVERIFY(plot->chartView()->isVisible());
    // A new number extends the live plot.
    i.inspector.appendMessage(message(payloads.first(), 100));
    QCOMPARE(plot->pointCount(), points + 1);
    if (QTest::currentDataTag() == QByteArrayView("numbers"))
        saveScreenshot(i.inspector, QStringLiteral("inspector-plot"));
}

void TestTopicInspector::plotFieldFromTheJsonTree()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message(sensorJson(21.5, 48)), message(sensorJson(21.0, 50), 5)});
    i.inspector.setCurrentTab(TopicInspector::JsonTab);
    emit i.inspector.jsonPage()->plotFieldRequested(QStringLiteral("humidity"));
    QCOMPARE(i.inspector.currentTab(), TopicInspector::PlotTab);
    QCOMPARE(i.inspector.plotView()->currentSource(), QStringLiteral("humidity"));
    QVERIFY(i.inspector.plotView()->summary().contains(QStringLiteral("lowest 48")));
    auto *combo = i.inspector.plotView()->findChild<QComboBox *>(QStringLiteral("plotSource"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("battery")));
    QVERIFY(i.inspector.plotView()->summary().startsWith(QStringLiteral("Last 97")));
}

void TestTopicInspector::appendFollowsTheNewestAndIsBounded()
{
    Inspector i;
    i.inspector.setHistoryLimit(3);
    QAbstractItemModelTester tester(i.inspector.historyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    i.inspector.setTopic(Topic, {message("1"), message("2", 1)});
    QSignalSpy inserted(i.inspector.historyModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(i.inspector.historyModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(i.inspector.historyModel(), &QAbstractItemModel::modelReset);
    for (int n = 3; n <= 5; ++n)
        i.inspector.appendMessage(message(QByteArray::number(n), n));
    i.inspector.appendMessage(message("other topic", 9, "zigbee2mqtt/hall/sensor"));
    QCOMPARE(i.inspector.messageCount(), 3);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(i.inspector.shownMessage().payload, QByteArray("5"));
    QCOMPARE(i.inspector.textView()->text(), QStringLiteral("5"));
    QCOMPARE(i.count->text(), QStringLiteral("3 messages"));

    // A longer history than the limit is kept whole: the limit is at least what was given.
    QList<mqtt::ApplicationMessage> many;
    for (int n = 0; n < 5; ++n)
        many.append(message(QByteArray::number(n), n));
    i.inspector.setTopic(Topic, many);
    i.inspector.appendMessage(message("5", 5));
    QCOMPARE(i.inspector.messageCount(), 5);
    QCOMPARE(i.inspector.historyModel()->entry(4).message.payload, QByteArray("1"));
}

void TestTopicInspector::selectingAnOlderMessageStopsFollowing()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message("{\"v\":1}"), message("{\"v\":2}", 1), message("{\"v\":3}", 2)});
    i.inspector.setCurrentTab(TopicInspector::HistoryTab);
    QTreeView *view = i.inspector.historyView();
    QCOMPARE(view->model()->index(0, HistoryModel::Payload).data().toString(), QStringLiteral("{\"v\":3}"));
    const QRect older = view->visualRect(view->model()->index(2, HistoryModel::Payload));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, older.center());
    QCOMPARE(i.inspector.shownMessage().payload, QByteArray("{\"v\":1}"));
    QVERIFY(!i.inspector.isFollowingLatest());
    auto *banner = i.inspector.findChild<QLabel *>(QStringLiteral("inspectorOlderBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("2 newer messages")));

    i.inspector.appendMessage(message("{\"v\":4}", 3));
    QCOMPARE(i.inspector.shownMessage().payload, QByteArray("{\"v\":1}"));
    QVERIFY(banner->text().contains(QStringLiteral("3 newer messages")));
    QCOMPARE(view->currentIndex().row(), 3);
    saveScreenshot(i.inspector, QStringLiteral("inspector-history"));

    i.inspector.setCurrentTab(TopicInspector::TextTab);
    QCOMPARE(i.inspector.textView()->text(), QStringLiteral("{\"v\":1}"));
    emit banner->linkActivated(QStringLiteral("latest"));
    QVERIFY(i.inspector.isFollowingLatest());
    QCOMPARE(i.inspector.textView()->text(), QStringLiteral("{\"v\":4}"));
    QVERIFY(!banner->isVisible());
}

void TestTopicInspector::copyButtons()
{
    Inspector i;
    i.inspector.setTopic(Topic, {message(QByteArray::fromHex("00ff41"))});
    QTest::mouseClick(i.inspector.findChild<QToolButton *>(QStringLiteral("copyTopicButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(Topic));
    QTest::mouseClick(i.inspector.findChild<QToolButton *>(QStringLiteral("copyPayloadButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("00 ff 41")); // binary as hex text
    i.inspector.setTopic(Topic, {message("21.5")});
    QTest::mouseClick(i.inspector.findChild<QToolButton *>(QStringLiteral("copyPayloadButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("21.5"));
}

void TestTopicInspector::showAllDecodesTheWholeText()
{
    Inspector i;
    const QByteArray text = QByteArray(1024 * 1024, 'x');
    i.inspector.setTopic(Topic, {message(text)});
    PayloadTextView *view = i.inspector.textView();
    QVERIFY(view->isTruncated());
    QCOMPARE(view->text().size(), TopicInspector::TextExcerptBytes);
    auto *label = view->findChild<QLabel *>(QStringLiteral("truncatedLabel"));
    QCOMPARE(label->text(), QStringLiteral("Showing the first 256.0 KB of 1.0 MB."));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("showAllButton")), Qt::LeftButton);
    QVERIFY(i.inspector.isDecoding()); // over the threshold: decoded on the worker
    QTRY_VERIFY_WITH_TIMEOUT(!i.inspector.isDecoding(), 60'000);
    QCOMPARE(view->text().size(), text.size());
    QVERIFY(!view->isTruncated());
}

void TestTopicInspector::hugePayloadKeepsTheEventLoopResponsive()
{
    Inspector i;
    i.inspector.setCurrentTab(TopicInspector::JsonTab);
    const qsizetype size = 16 * 1024 * 1024;
    QList<QByteArray> payloads;
    for (int salt = 0; salt < 4; ++salt)
        payloads.append(largeJson(size, salt));

    // A timer that fires on every turn of the event loop counts the turns.
    int turns = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&turns] { ++turns; });
    heartbeat.start();

    i.inspector.setTopic(Topic, {message(payloads[0])});
    // setTopic() returned without parsing: the work is on the worker thread.
    QVERIFY(i.inspector.isDecoding());
    StatusPage *status = i.inspector.jsonPage()->statusPage();
    QVERIFY(status->isVisible());
    QCOMPARE(status->title(), QStringLiteral("Decoding 16.0 MB\u2026"));
    QVERIFY(status->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!i.inspector.isDecoding(), 120'000);
    QVERIFY2(turns > 0, "the event loop did not turn while 16 MB were decoded");
    const JsonContent &content = i.inspector.jsonPage()->content();
    QVERIFY(content.valid);
    QVERIFY(content.tree.isTruncated()); // millions of values: the tree keeps a bounded number
    QVERIFY(i.inspector.jsonPage()->textView()->isTruncated());
    QCOMPARE(i.inspector.jsonPage()->model()->rowCount(), 2);

    // Three more arrive back to back (faster than they decode): each call
    // returns at once, stale work is skipped, and the view ends on the newest.
    for (int n = 1; n < 4; ++n)
        i.inspector.appendMessage(message(payloads[n], n));
    QCOMPARE(i.inspector.messageCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!i.inspector.isDecoding() && i.inspector.shownMessage().payload == payloads[3],
                             240'000);
    QCOMPARE(i.inspector.jsonPage()->model()->index(0, JsonTreeModel::Value).data().toString(),
             QStringLiteral("3"));

    // The hex view formats only the lines in view of a million-line dump.
    i.inspector.setCurrentTab(TopicInspector::HexTab);
    i.inspector.hexView()->viewport()->grab();
    QVERIFY(i.inspector.hexView()->lastPaintedLineCount() > 0);
    QVERIFY(i.inspector.hexView()->lastPaintedLineCount() < 200);
    // The text view shows the head of the payload.
    i.inspector.setCurrentTab(TopicInspector::TextTab);
    QVERIFY(i.inspector.textView()->isTruncated());
    QCOMPARE(i.inspector.textView()->text().size(), TopicInspector::TextExcerptBytes);
}

void TestTopicInspector::modelsPassTheTester()
{
    JsonTreeModel json;
    QAbstractItemModelTester jsonTester(&json, QAbstractItemModelTester::FailureReportingMode::QtTest);
    json.setTree(*payload::JsonTree::parse(R"({"a":[1,{"b":null}],"c":"x","d":{}})"));
    QCOMPARE(json.rowCount(), 3);
    QCOMPARE(json.rowCount(json.index(0, 0)), 2);
    QCOMPARE(json.index(1, 0, json.index(0, 0)).data().toString(), QStringLiteral("[1]"));
    json.setTree(*payload::JsonTree::parse("42")); // a scalar is one row
    QCOMPARE(json.rowCount(), 1);
    QCOMPARE(json.index(0, JsonTreeModel::Value).data().toString(), QStringLiteral("42"));
    json.setTree({});
    QCOMPARE(json.rowCount(), 0);

    DiffModel diff;
    QAbstractItemModelTester diffTester(&diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto lines = payload::diffLines({QStringLiteral("a"), QStringLiteral("b")},
                                          {QStringLiteral("a"), QStringLiteral("c")});
    QVERIFY(lines);
    diff.setLines(*lines);
    QCOMPARE(diff.rowCount(), 3);
    QCOMPARE(diff.index(1, DiffModel::Text).data().toString(), QStringLiteral("- b"));
    QCOMPARE(diff.index(2, DiffModel::NewLine).data().toString(), QStringLiteral("2"));
}

QTEST_MAIN(TestTopicInspector)
#include "tst_topicinspector.moc"
