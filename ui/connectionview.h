// ConnectionView: one tab of the topic explorer, one broker connection.
//
// It wires a client (core/client) to a topic store and its tree model
// (ui/explorer), the inspector and the publish panel (ui/inspector), and
// owns the explorer's actions: connect/disconnect, search, pause, clear,
// $SYS, expand/collapse, delete retained messages with undo, and export.
//
// Not here: the parts themselves; this is their wiring and the toolbar.
#pragma once

#include "client/mqttclient.h"
#include "history/topicexport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace homewire::client {
class RetainedProbe;
}

namespace homewire::history {
class TopicStore;
class TopicNode;
} // namespace homewire::history

namespace homewire::ui {

class PublishPanel;
class TopicFilterProxy;
class TopicInspector;
class TopicTreeModel;

class ConnectionView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionView(const client::ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectionView() override;

    const client::ConnectionProfile &profile() const { return m_profile; }
    client::MqttClient *client() const { return m_client; }
    history::TopicStore *store() const { return m_store.get(); }
    TopicTreeModel *model() const { return m_model; }
    TopicFilterProxy *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    TopicInspector *inspector() const { return m_inspector; }
    PublishPanel *publishPanel() const { return m_publish; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchError() const { return m_searchError; }
    QLabel *statusLabel() const { return m_status; }
    QFrame *undoBar() const { return m_undoBar; }

    void connectToBroker();
    void disconnectFromBroker();
    // The broker is now at host:port (the embedded broker started on another
    // port): a connection that is open or being opened goes there.
    void moveBroker(const QString &host, quint16 port);
    // A lasting remark in the status line, e.g. that the keychain could not
    // give the password.
    void setNote(const QString &note);

    // Selects a topic in the tree (expanding its ancestors); false when the
    // topic is not in the tree or hidden by the search.
    bool selectTopic(const QByteArray &topic);
    QByteArray selectedTopic() const;

    // Deletes every retained message the broker holds at and under `topic`
    // (publishes empty retained messages), after asking when there is more
    // than one; retainedDeleted() reports how many. undoDelete() republishes
    // them with their QoS.
    void deleteRetained(const QByteArray &topic);
    bool canUndoDelete() const { return !m_deleted.isEmpty(); }
    void undoDelete();
    // Asked before a delete of several messages; the default shows a dialog.
    void setConfirmHandler(std::function<bool(const QString &question)> confirm);

    // Writes the current values at and under `topic`, or the history of
    // `topic`, to `path` off the GUI thread; exportFinished() reports.
    void exportSubtree(const QByteArray &topic, history::ExportFormat format, const QString &path);
    void exportHistory(const QByteArray &topic, history::ExportFormat format, const QString &path);

    // Expands the tree breadth first, at most `limit` rows.
    int expandAll(int limit = 2000);
    void collapseAll();

signals:
    void stateChanged(homewire::client::MqttClient::State state);
    void exportFinished(const QString &path, const QString &error);
    void retainedDeleted(int count);

private:
    QWidget *createToolbar();
    QWidget *createSearchBar();
    QWidget *createUndoBar();
    void updateState();
    void updateStatus();
    void applySearch();
    void showSelection();
    void followSelectedTopic();
    void receive(const QList<mqtt::ApplicationMessage> &messages);
    void deleteSelected();
    int deleteMessages(const QByteArray &topic, const QList<mqtt::ApplicationMessage> &retained);
    void exportSelected(bool history, history::ExportFormat format);
    void writeExport(QList<mqtt::ApplicationMessage> messages, history::ExportFormat format,
                     const QString &path);
    bool confirm(const QString &question);

    client::ConnectionProfile m_profile;
    client::MqttClient *m_client;
    std::unique_ptr<history::TopicStore> m_store;
    TopicTreeModel *m_model;
    TopicFilterProxy *m_proxy;
    QTreeView *m_tree;
    TopicInspector *m_inspector;
    PublishPanel *m_publish;

    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QToolButton *m_connectButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_searchMode = nullptr;
    QCheckBox *m_searchPayloads = nullptr;
    QLabel *m_searchError = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_systemAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;

    QTimer m_statusTimer;
    QTimer m_searchDelay;
    quint64 m_lastCount = 0;
    QElapsedTimer m_rateClock;
    double m_rate = 0;

    QByteArray m_shownTopic;         // what the inspector shows
    quint64 m_shownMessageCount = 0; // of that topic, when last shown

    QList<mqtt::ApplicationMessage> m_deleted; // for undo
    QSet<QByteArray> m_echoes;                 // our own empty retained messages, not shown
    QTimer m_echoExpiry;
    std::function<bool(const QString &)> m_confirm;
    client::RetainedProbe *m_probe = nullptr;
    QSet<quint64> m_deleteRequests; // publishes of empty retained messages
    QString m_note;
};

} // namespace homewire::ui
