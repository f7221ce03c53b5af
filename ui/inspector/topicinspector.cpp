#include "topicinspector.h"

#include "backgrounddecoder.h"
#include "diffview.h"
#include "hexview.h"
#include "history/payload/linediff.h"
#include "history/payload/payloadtext.h"
#include "history/payload/plotseries.h"
#include "historymodel.h"
#include "jsonpage.h"
#include "payloadtextview.h"
#include "plotview.h"
#include "statuspage.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

using payload::PayloadFormat;

QString qosText(mqtt::QoS qos)
{
    // The class's context spelled out: lupdate reads "TopicInspector::tr" in
    // this anonymous namespace as a class of its own.
    return QCoreApplication::translate("homewire::ui::TopicInspector", "QoS %1").arg(int(qos));
}

// A label that elides its text in the middle to the width it is given: long
// topics keep their first and last levels, which tell them apart.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        m_fullText = text;
        setToolTip(text);
        updateElided();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElided();
    }

private:
    void updateElided() { setText(fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, qMax(40, width()))); }

    QString m_fullText;
};

} // namespace

TopicInspector::TopicInspector(QWidget *parent)
    : QWidget(parent)
    , m_decoder(new BackgroundDecoder(this))
    , m_history(new HistoryModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new StatusPage(m_pages))
{
    setObjectName(QStringLiteral("topicInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_empty->setObjectName(QStringLiteral("inspectorEmpty"));
    m_pages->addWidget(m_empty);

    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(createHeader());

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_text = new PayloadTextView(m_tabs);
    m_text->setWrapping(true);
    m_tabs->addTab(m_text, tr("Text"));
    m_json = new JsonPage(m_tabs);
    m_tabs->addTab(m_json, tr("JSON"));
    auto *hexPage = new QWidget(m_tabs);
    auto *hexLayout = new QVBoxLayout(hexPage);
    hexLayout->setContentsMargins(0, 0, 0, 0);
    hexLayout->setSpacing(4);
    m_hex = new HexView(hexPage);
    hexLayout->addWidget(m_hex, 1);
    m_hexStatus = new QLabel(hexPage);
    m_hexStatus->setObjectName(QStringLiteral("hexStatus"));
    m_hexStatus->setEnabled(false);
    hexLayout->addWidget(m_hexStatus);
    m_tabs->addTab(hexPage, tr("Hex"));
    m_tabs->addTab(createHistoryPage(), tr("History"));
    m_diff = new DiffView(m_tabs);
    m_tabs->addTab(m_diff, tr("Diff"));
    m_plot = new PlotView(m_tabs);
    m_tabs->addTab(m_plot, tr("Plot"));
    contentLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(content);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_settingTab)
            m_preferredTab = index;
        refreshCurrentTab();
    });
    connect(m_decoder, &BackgroundDecoder::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        emit decodingChanged(busy);
    });
    connect(m_decoder, &BackgroundDecoder::idle, this, &TopicInspector::onDecoderIdle);
    connect(m_text, &PayloadTextView::showAllRequested, this, &TopicInspector::showAllText);
    connect(m_json, &JsonPage::showAllTextRequested, this, &TopicInspector::showAllJsonText);
    connect(m_json, &JsonPage::plotFieldRequested, this, [this](const QString &path) {
        m_plotSource = path;
        m_plotRevision = 0;
        setCurrentTab(PlotTab);
    });
    connect(m_plot, &PlotView::sourceChanged, this, [this](const QString &source) {
        m_plotSource = source;
        m_plotRevision = 0;
        refreshCurrentTab();
    });
    connect(m_hex, &HexView::selectionChanged, this, [this](qsizetype start, qsizetype length) {
        if (length == 0)
            m_hexStatus->setText(tr("%1 \u00b7 drag to select bytes, Ctrl+C copies them as hex")
                                     .arg(payload::humanSize(m_hex->data().size())));
        else
            m_hexStatus->setText(tr("Selected %1 at offset 0x%2 (%3)")
                                     .arg(payload::humanSize(length))
                                     .arg(start, 0, 16)
                                     .arg(start));
    });
    clear();
}

TopicInspector::~TopicInspector()
{
    // Work still running captures only values; stop delivering to this widget.
    m_decoder->cancel();
}

QWidget *TopicInspector::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *titleRow = new QHBoxLayout;
    m_topicLabel = new ElidedLabel(header);
    m_topicLabel->setObjectName(QStringLiteral("inspectorTopic"));
    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topicLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_topicLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_topicLabel->setFont(titleFont);
    titleRow->addWidget(m_topicLabel, 1);
    m_busy = new QLabel(tr("Decoding\u2026"), header);
    m_busy->setObjectName(QStringLiteral("inspectorBusy"));
    m_busy->setEnabled(false);
    m_busy->hide();
    titleRow->addWidget(m_busy);
    m_copyTopic = new QToolButton(header);
    m_copyTopic->setObjectName(QStringLiteral("copyTopicButton"));
    m_copyTopic->setText(tr("Copy Topic"));
    m_copyTopic->setToolTip(tr("Copy the topic name to the clipboard"));
    titleRow->addWidget(m_copyTopic);
    m_copyPayload = new QToolButton(header);
    m_copyPayload->setObjectName(QStringLiteral("copyPayloadButton"));
    m_copyPayload->setText(tr("Copy Payload"));
    m_copyPayload->setToolTip(tr("Copy the shown payload to the clipboard (binary payloads as hex text)"));
    titleRow->addWidget(m_copyPayload);
    layout->addLayout(titleRow);

    auto *metaRow = new QHBoxLayout;
    m_meta = new QLabel(header);
    m_meta->setObjectName(QStringLiteral("inspectorMeta"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    metaRow->addWidget(m_meta, 1);
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("inspectorCount"));
    m_count->setEnabled(false);
    metaRow->addWidget(m_count);
    layout->addLayout(metaRow);

    m_olderBanner = new QLabel(header);
    m_olderBanner->setObjectName(QStringLiteral("inspectorOlderBanner"));
    m_olderBanner->setTextFormat(Qt::RichText);
    m_olderBanner->hide();
    connect(m_olderBanner, &QLabel::linkActivated, this, [this] { showLatest(); });
    layout->addWidget(m_olderBanner);

    connect(m_copyTopic, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_topic)); });
    connect(m_copyPayload, &QToolButton::clicked, this, &TopicInspector::copyPayload);
    return header;
}

QWidget *TopicInspector::createHistoryPage()
{
    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_historyView->header();
    header->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    header->resizeSection(HistoryModel::Time,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 24);
    header->resizeSection(HistoryModel::Size, metrics.horizontalAdvance(QStringLiteral("000.0 KB")) + 24);
    header->resizeSection(HistoryModel::Flags,
                          metrics.horizontalAdvance(QStringLiteral("QoS 0, retained")) + 24);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selectingRow && current.isValid())
                    onHistoryRowSelected(current.row());
            });
    return m_historyView;
}

void TopicInspector::setTopic(const QByteArray &topic, const QList<mqtt::ApplicationMessage> &history)
{
    m_decoder->cancel();
    m_topic = topic;
    m_hasTopic = true;
    m_follow = true;
    m_advancePending = false;
    m_shownSerial = 0;
    std::fill(std::begin(m_tabSerial), std::end(m_tabSerial), 0);
    m_plotRevision = 0;
    m_plotSourcesSerial = 0;
    m_plotSource.clear();
    m_json->resetExpansion();
    m_history->setMessages(history, qMax(m_historyLimit, int(history.size())));
    updateTopicLabel();
    if (m_history->rowCount() == 0) {
        m_empty->showMessage(tr("No messages on this topic yet"), QString::fromUtf8(topic));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentIndex(1);
    showMessage(m_history->newestSerial(), Show::Explicit);
}

void TopicInspector::appendMessage(const mqtt::ApplicationMessage &message)
{
    if (!m_hasTopic || message.topic != m_topic)
        return;
    const quint64 serial = m_history->prepend(message);
    if (m_shownSerial != 0 && m_history->rowOfSerial(m_shownSerial) < 0)
        m_follow = true; // the message being looked at fell off the end of the history
    if (m_shownSerial == 0) {
        m_pages->setCurrentIndex(1);
        showMessage(serial, Show::Explicit);
        return;
    }
    if (m_follow) {
        // One decode at a time: while one runs, remember to catch up when it
        // is done rather than superseding it (that would starve the view).
        if (m_decoder->isRunning())
            m_advancePending = true;
        else
            showMessage(serial, Show::Advance);
    } else {
        selectShownRow();
    }
    updateCountLabel();
    updateTabAvailability();
    if (currentTab() == PlotTab && !m_decoder->isRunning())
        refreshCurrentTab(); // the plot covers the whole history
}

void TopicInspector::clear()
{
    m_decoder->cancel();
    m_hasTopic = false;
    m_topic.clear();
    m_shownSerial = 0;
    m_follow = true;
    m_advancePending = false;
    m_history->clear();
    m_empty->showMessage(tr("Select a topic to see its messages"),
                         tr("Its payload appears here as text, JSON, hex, history, a diff and a plot."));
    m_pages->setCurrentWidget(m_empty);
}

void TopicInspector::setHistoryLimit(int limit)
{
    m_historyLimit = qMax(1, limit);
}

mqtt::ApplicationMessage TopicInspector::shownMessage() const
{
    const mqtt::ApplicationMessage *message = messageOf(m_shownSerial);
    return message ? *message : mqtt::ApplicationMessage{};
}

int TopicInspector::messageCount() const
{
    return m_history->rowCount();
}

void TopicInspector::showLatest()
{
    if (m_history->rowCount() == 0)
        return;
    m_follow = true;
    showMessage(m_history->newestSerial(), Show::Explicit);
}

bool TopicInspector::isDecoding() const
{
    return m_decoder->isBusy();
}

TopicInspector::Tab TopicInspector::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void TopicInspector::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

const mqtt::ApplicationMessage *TopicInspector::messageOf(quint64 serial) const
{
    const int row = m_history->rowOfSerial(serial);
    return row < 0 ? nullptr : &m_history->entry(row).message;
}

QList<mqtt::ApplicationMessage> TopicInspector::messagesOldestFirst() const
{
    QList<mqtt::ApplicationMessage> messages;
    messages.reserve(m_history->rowCount());
    for (int row = m_history->rowCount() - 1; row >= 0; --row)
        messages.append(m_history->entry(row).message);
    return messages;
}

void TopicInspector::showMessage(quint64 serial, Show how)
{
    const mqtt::ApplicationMessage *message = messageOf(serial);
    if (!message)
        return;
    if (how == Show::Explicit) {
        m_decoder->cancel(); // whatever was being decoded is not wanted any more
        m_advancePending = false;
        commitShown(serial);
        return;
    }
    const Tab tab = currentTab();
    if (!tabNeedsBackground(tab, serial)) {
        commitShown(serial);
        return;
    }
    // Keep the current view; swap header and content when decoded.
    if (tab == JsonTab)
        refreshJson(serial, true);
    else if (tab == DiffTab)
        refreshDiff(serial, true);
}

void TopicInspector::commitShown(quint64 serial)
{
    m_shownSerial = serial;
    const mqtt::ApplicationMessage *message = messageOf(serial);
    m_shownFormat.reset();
    if (message && message->payload.size() <= OffThreadBytes)
        m_shownFormat = payload::detectFormat(message->payload);
    updateHeader();
    selectShownRow();
    updateTabAvailability();
    refreshCurrentTab();
}

bool TopicInspector::tabNeedsBackground(Tab tab, quint64 serial) const
{
    const mqtt::ApplicationMessage *message = messageOf(serial);
    if (!message)
        return false;
    if (tab == JsonTab)
        return message->payload.size() > OffThreadBytes;
    if (tab == DiffTab) {
        const HistoryModel::Entry *previous = m_history->previousOf(serial);
        return previous && previous->message.payload.size() + message->payload.size() > OffThreadBytes;
    }
    return false;
}

void TopicInspector::refreshCurrentTab()
{
    if (m_shownSerial == 0)
        return;
    const Tab tab = currentTab();
    if (tab == PlotTab) {
        if (m_plotRevision != m_history->newestSerial())
            refreshPlot();
        return;
    }
    if (m_tabSerial[tab] == m_shownSerial)
        return;
    switch (tab) {
    case TextTab:
        refreshText(m_shownSerial);
        break;
    case JsonTab:
        refreshJson(m_shownSerial, false);
        break;
    case HexTab:
        if (const mqtt::ApplicationMessage *message = messageOf(m_shownSerial))
            m_hex->setData(message->payload);
        m_tabSerial[HexTab] = m_shownSerial;
        break;
    case HistoryTab:
        m_tabSerial[HistoryTab] = m_shownSerial;
        break;
    case DiffTab:
        refreshDiff(m_shownSerial, false);
        break;
    default:
        break;
    }
}

void TopicInspector::refreshText(quint64 serial)
{
    const mqtt::ApplicationMessage *message = messageOf(serial);
    if (!message)
        return;
    // Bounded: a 16 MB payload costs its first 256 KB here, on any thread.
    const payload::TextExcerpt excerpt = payload::textExcerpt(message->payload, TextExcerptBytes);
    m_text->setExcerpt(excerpt.text, excerpt.bytesShown, message->payload.size());
    const bool binary = !payload::looksLikeText(message->payload, TextExcerptBytes);
    m_text->setNote(binary
                        ? tr("Binary payload: control characters show as symbols such as \u2400. The Hex tab "
                             "shows the bytes.")
                        : QString());
    m_tabSerial[TextTab] = serial;
}

void TopicInspector::refreshJson(quint64 serial, bool swap)
{
    const mqtt::ApplicationMessage *message = messageOf(serial);
    if (!message)
        return;
    const QByteArray payload = message->payload;
    auto apply = [this, serial, swap](const JsonContent &content) {
        if (swap)
            commitShown(serial);
        else if (serial != m_shownSerial)
            return;
        m_json->setContent(content);
        m_tabSerial[JsonTab] = serial;
    };
    if (payload.size() <= OffThreadBytes) {
        apply(decodeJson(payload, TextExcerptBytes));
        return;
    }
    if (!swap)
        m_json->showDecoding(payload.size());
    // Mark first: commitShown() in a swap must not start this work again.
    m_decoder->run([payload] { return decodeJson(payload, TextExcerptBytes); },
                   [this, serial, swap, apply](const JsonContent &content) {
                       if (swap)
                           m_tabSerial[JsonTab] = serial;
                       apply(content);
                   });
}

void TopicInspector::refreshDiff(quint64 serial, bool swap)
{
    const mqtt::ApplicationMessage *message = messageOf(serial);
    if (!message)
        return;
    const HistoryModel::Entry *previous = m_history->previousOf(serial);
    if (!previous) {
        if (swap)
            commitShown(serial);
        m_diff->showNoPrevious();
        m_tabSerial[DiffTab] = serial;
        return;
    }
    const QByteArray before = previous->message.payload;
    const QByteArray after = message->payload;
    const qint64 previousMs = previous->message.receivedMs;
    auto apply = [this, serial, swap, previousMs](const payload::DiffResult &result) {
        if (swap) {
            m_tabSerial[DiffTab] = serial;
            commitShown(serial);
        } else if (serial != m_shownSerial) {
            return;
        }
        m_diff->setResult(result, previousMs);
        m_tabSerial[DiffTab] = serial;
    };
    if (before.size() + after.size() <= OffThreadBytes) {
        apply(payload::diffPayloads(before, after));
        return;
    }
    if (!swap)
        m_diff->showDecoding(before.size() + after.size());
    m_decoder->run([before, after] { return payload::diffPayloads(before, after); }, apply);
}

void TopicInspector::refreshPlot()
{
    updatePlotSources();
    const quint64 revision = m_history->newestSerial();
    if (!m_plotAvailable) {
        m_plot->showNothingToPlot();
        m_plotRevision = revision;
        return;
    }
    const QList<mqtt::ApplicationMessage> messages = messagesOldestFirst();
    m_plot->setSources(payload::plotSources(messages), m_plotSource);
    const QString source = m_plot->currentSource();
    qsizetype bytes = 0;
    for (const mqtt::ApplicationMessage &message : messages) {
        if (message.payload.size() <= payload::MaxPlottedPayload)
            bytes += message.payload.size();
    }
    auto apply = [this, revision](const QList<payload::PlotPoint> &points) {
        m_plot->setPoints(points);
        m_plotRevision = revision;
    };
    if (source.isEmpty() || bytes <= OffThreadBytes) {
        apply(payload::plotPoints(messages, source)); // plain numbers are never large
        return;
    }
    m_plot->showDecoding(bytes);
    m_decoder->run([messages, source] { return payload::plotPoints(messages, source); }, apply);
}

void TopicInspector::showAllText()
{
    const mqtt::ApplicationMessage *message = messageOf(m_shownSerial);
    if (!message)
        return;
    const QByteArray payload = message->payload;
    auto decode = [payload] {
        return payload::textExcerpt(payload, payload.size()).text;
    };
    if (payload.size() <= OffThreadBytes) {
        m_text->setFullText(decode());
        return;
    }
    m_text->setLoadingAll();
    const quint64 serial = m_shownSerial;
    m_decoder->run(decode, [this, serial](const QString &text) {
        if (serial == m_shownSerial)
            m_text->setFullText(text);
    });
}

void TopicInspector::showAllJsonText()
{
    const QByteArray pretty = m_json->content().pretty;
    const quint64 serial = m_shownSerial;
    m_json->setTextLoading();
    m_decoder->run([pretty] { return QString::fromUtf8(pretty); },
                   [this, serial](const QString &text) {
                       if (serial == m_shownSerial && m_tabSerial[JsonTab] == serial)
                           m_json->setFullText(text);
                   });
}

void TopicInspector::onDecoderIdle()
{
    if (m_advancePending && m_follow) {
        m_advancePending = false;
        showMessage(m_history->newestSerial(), Show::Advance);
    }
}

void TopicInspector::onHistoryRowSelected(int row)
{
    m_follow = row == 0;
    showMessage(m_history->entry(row).serial, Show::Explicit);
}

void TopicInspector::selectShownRow()
{
    const int row = m_history->rowOfSerial(m_shownSerial);
    if (row < 0)
        return;
    m_selectingRow = true;
    m_historyView->setCurrentIndex(m_history->index(row, 0));
    m_selectingRow = false;
    updateCountLabel();
}

void TopicInspector::updateHeader()
{
    const mqtt::ApplicationMessage *message = messageOf(m_shownSerial);
    if (!message)
        return;
    QStringList parts;
    if (m_shownFormat)
        parts.append(payload::formatName(*m_shownFormat));
    parts.append(payload::humanSize(message->payload.size()));
    parts.append(qosText(message->qos));
    if (message->retained)
        parts.append(tr("Retained"));
    parts.append(tr("Received %1").arg(formatReceivedTime(message->receivedMs)));
    m_meta->setText(parts.join(QStringLiteral("  \u00b7  ")));
    m_copyPayload->setEnabled(true);
}

void TopicInspector::updateTopicLabel()
{
    static_cast<ElidedLabel *>(m_topicLabel)->setFullText(QString::fromUtf8(m_topic));
}

void TopicInspector::updateCountLabel()
{
    const int count = m_history->rowCount();
    m_count->setText(count == 1 ? tr("1 message") : tr("%1 messages").arg(count));
    m_count->setToolTip(
        tr("The inspector keeps the last %1 messages of this topic.").arg(m_history->limit()));
    const int row = m_history->rowOfSerial(m_shownSerial);
    const bool older = !m_follow && row > 0;
    m_olderBanner->setVisible(older);
    if (older) {
        const QString newer = row == 1 ? tr("1 newer message") : tr("%1 newer messages").arg(row);
        m_olderBanner->setText(tr("Showing an earlier message (%1 since). <a href=\"latest\">Show latest</a>")
                                   .arg(newer.toHtmlEscaped()));
    }
}

void TopicInspector::updatePlotSources()
{
    const quint64 newest = m_history->newestSerial();
    if (m_plotSourcesSerial == newest)
        return;
    m_plotSourcesSerial = newest;
    m_plotAvailable = !payload::plotSources(messagesOldestFirst()).isEmpty();
}

void TopicInspector::updateTabAvailability()
{
    const bool jsonKnownAbsent = m_shownFormat && !payload::isJson(*m_shownFormat);
    const bool hasPrevious = m_history->previousOf(m_shownSerial) != nullptr;
    updatePlotSources();
    m_settingTab = true;
    m_tabs->setTabEnabled(JsonTab, !jsonKnownAbsent);
    m_tabs->setTabToolTip(JsonTab, jsonKnownAbsent ? tr("This payload is not JSON.") : QString());
    m_tabs->setTabEnabled(DiffTab, hasPrevious);
    m_tabs->setTabToolTip(DiffTab, hasPrevious ? QString()
                                               : tr("Only one message so far: nothing to compare it with."));
    m_tabs->setTabEnabled(PlotTab, m_plotAvailable);
    m_tabs->setTabToolTip(PlotTab, m_plotAvailable ? QString()
                                                   : tr("Nothing to plot: the payloads are neither numbers "
                                                        "(21.5, ON/OFF) nor JSON with numeric fields."));
    if (m_tabs->isTabEnabled(m_preferredTab))
        m_tabs->setCurrentIndex(m_preferredTab);
    else if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(TextTab);
    m_settingTab = false;
}

void TopicInspector::copyPayload() const
{
    const mqtt::ApplicationMessage *message = messageOf(m_shownSerial);
    if (!message)
        return;
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("application/octet-stream"), message->payload);
    const bool text = payload::looksLikeText(message->payload, message->payload.size());
    mime->setText(text ? QString::fromUtf8(message->payload)
                       : QString::fromLatin1(message->payload.toHex(' ')));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace homewire::ui
