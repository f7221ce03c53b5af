// TopicInspector: the messages of one topic in detail. A header (topic, size,
// QoS, retain flag, time, message count, copy buttons) over tabs: Text, JSON
// (tree and pretty text), Hex, History, Diff (against the previous message)
// and Plot (numbers over time).
//
// Data comes in through setTopic() and appendMessage(); nothing here talks to
// a client or a store. The inspector follows the newest message until the user
// picks an older one in History.
//
// Large payloads never stall the GUI: only the visible tab is computed; above
// OffThreadBytes the work (parsing, pretty-printing, diffing, plotting) runs on
// a BackgroundDecoder, where a newer request supersedes an older one. While it
// follows a busy topic, the inspector keeps showing the last decoded message
// and swaps to the newest one when its decoding is done, so the view never
// starves behind a stream of large messages.
//
// Not here: choosing the topic (ui/explorer), keeping history (core/history).
#pragma once

#include "history/payload/payloadtext.h" // PayloadFormat (an opaque enum declaration here trips lupdate)
#include "mqtt/applicationmessage.h"

#include <QList>
#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace homewire::ui {

class BackgroundDecoder;
class DiffView;
class HexView;
class HistoryModel;
class JsonPage;
class PayloadTextView;
class PlotView;
class StatusPage;

class TopicInspector : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        TextTab,
        JsonTab,
        HexTab,
        HistoryTab,
        DiffTab,
        PlotTab,
        TabCount
    };

    // Payloads (or pairs, or plotted histories) larger than this are decoded
    // off the GUI thread.
    static constexpr qsizetype OffThreadBytes = 256 * 1024;
    // The Text and JSON text views show at most this much until "Show all".
    static constexpr qsizetype TextExcerptBytes = 256 * 1024;

    explicit TopicInspector(QWidget *parent = nullptr);
    ~TopicInspector() override;

    // Shows `topic` with its `history` (oldest first), following the newest
    // message. Keeps at most max(historyLimit(), history.size()) messages.
    void setTopic(const QByteArray &topic, const QList<mqtt::ApplicationMessage> &history);
    // Adds a message of the shown topic; messages of other topics are ignored.
    void appendMessage(const mqtt::ApplicationMessage &message);
    // Back to "Select a topic".
    void clear();
    void setHistoryLimit(int limit);
    int historyLimit() const { return m_historyLimit; }

    QByteArray topic() const { return m_topic; }
    bool hasMessage() const { return m_shownSerial != 0; }
    mqtt::ApplicationMessage shownMessage() const;
    int messageCount() const;
    bool isFollowingLatest() const { return m_follow; }
    void showLatest();
    // Background work for the visible tab is still to finish.
    bool isDecoding() const;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    PayloadTextView *textView() const { return m_text; }
    JsonPage *jsonPage() const { return m_json; }
    HexView *hexView() const { return m_hex; }
    QTreeView *historyView() const { return m_historyView; }
    HistoryModel *historyModel() const { return m_history; }
    DiffView *diffView() const { return m_diff; }
    PlotView *plotView() const { return m_plot; }

signals:
    void decodingChanged(bool decoding);

private:
    enum class Show
    {
        Explicit, // the user chose: switch at once, a placeholder while decoding
        Advance,  // following: keep the old view until the new one is decoded
    };

    QWidget *createHeader();
    QWidget *createHistoryPage();
    void showMessage(quint64 serial, Show how);
    void commitShown(quint64 serial);
    void refreshCurrentTab();
    bool tabNeedsBackground(Tab tab, quint64 serial) const;
    void refreshText(quint64 serial);
    void refreshJson(quint64 serial, bool swap);
    void refreshDiff(quint64 serial, bool swap);
    void refreshPlot();
    void showAllText();
    void showAllJsonText();
    void onDecoderIdle();
    void onHistoryRowSelected(int row);
    void updateHeader();
    void updateTopicLabel();
    void updateCountLabel();
    void updateTabAvailability();
    void updatePlotSources();
    void selectShownRow();
    void copyPayload() const;
    QList<mqtt::ApplicationMessage> messagesOldestFirst() const;
    const mqtt::ApplicationMessage *messageOf(quint64 serial) const;

    QByteArray m_topic;
    bool m_hasTopic = false;
    int m_historyLimit = 100;
    quint64 m_shownSerial = 0;
    bool m_follow = true;
    bool m_advancePending = false;
    std::optional<payload::PayloadFormat> m_shownFormat;
    quint64 m_tabSerial[TabCount] = {};
    quint64 m_plotRevision = 0; // newest serial the plot was drawn for
    QString m_plotSource;
    quint64 m_plotSourcesSerial = 0;
    bool m_plotAvailable = false;
    int m_preferredTab = TextTab;
    bool m_settingTab = false;
    bool m_selectingRow = false;

    BackgroundDecoder *m_decoder;
    HistoryModel *m_history;
    QStackedWidget *m_pages;
    StatusPage *m_empty;
    QLabel *m_topicLabel;
    QLabel *m_meta;
    QLabel *m_count;
    QLabel *m_busy;
    QLabel *m_olderBanner;
    QToolButton *m_copyTopic;
    QToolButton *m_copyPayload;
    QTabWidget *m_tabs;
    PayloadTextView *m_text;
    JsonPage *m_json;
    HexView *m_hex;
    QLabel *m_hexStatus;
    QTreeView *m_historyView;
    DiffView *m_diff;
    PlotView *m_plot;
};

} // namespace homewire::ui
