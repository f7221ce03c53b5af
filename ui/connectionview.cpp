#include "ui/connectionview.h"

#include "client/retainedprobe.h"
#include "history/topicmatcher.h"
#include "history/topicstore.h"
#include "ui/connectionstate.h"
#include "ui/explorer/topicfilterproxy.h"
#include "ui/explorer/topictreemodel.h"
#include "ui/explorer/topictreeview.h"
#include "ui/inspector/publishpanel.h"
#include "ui/inspector/topicinspector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <deque>

namespace homewire::ui {

using client::MqttClient;
using history::ExportFormat;
using history::TopicNode;

namespace {

constexpr int DefaultHistoryLength = 100;
constexpr qint64 DefaultHistoryBytes = 4 * 1024 * 1024;
constexpr int EchoWindowMs = 10'000;

} // namespace

ConnectionView::ConnectionView(const client::ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_client(new MqttClient(this))
    , m_store(std::make_unique<history::TopicStore>())
    , m_model(new TopicTreeModel(m_store.get(), this))
    , m_proxy(new TopicFilterProxy(this))
    , m_tree(new QTreeView)
    , m_inspector(new TopicInspector)
    , m_publish(new PublishPanel)
{
    // Per-topic history bounds: preferences (explorer/historyMessages and
    // explorer/historyBytes), by count and by bytes.
    const QSettings settings;
    const int historyLength = qBound(
        1, settings.value(QStringLiteral("explorer/historyMessages"), DefaultHistoryLength).toInt(), 100'000);
    const qint64 historyBytes = qMax<qint64>(
        1024, settings.value(QStringLiteral("explorer/historyBytes"), DefaultHistoryBytes).toLongLong());
    m_store->setHistoryLimits(historyLength, historyBytes);
    m_inspector->setHistoryLimit(historyLength);
    m_proxy->setSourceModel(m_model);

    setUpTopicTreeView(m_tree, m_model, m_proxy);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_publish->setTopicCompletionModel(m_model, TopicTreeModel::TopicColumn);
    m_publish->setEnabledForConnection(false);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_inspector);
    right->addWidget(m_publish);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(createSearchBar());
    leftLayout->addWidget(createUndoBar());
    leftLayout->addWidget(m_tree, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({640, 460});
    right->setSizes({520, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    layout->addWidget(split, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setContentsMargins(6, 0, 6, 2);
    // A long note (a keychain problem, an error, a wordy language) wraps
    // instead of making the window wider than the screen.
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_client, &MqttClient::messagesReceived, this, &ConnectionView::receive);
    connect(m_client, &MqttClient::stateChanged, this, &ConnectionView::updateState);
    connect(m_client, &MqttClient::errorOccurred, this, &ConnectionView::updateState);
    connect(m_client, &MqttClient::publishFinished, this, [this](quint64 id, bool ok, const QString &error) {
        if (!m_deleteRequests.remove(id)) {
            m_publish->showPublishResult(ok, error);
            return;
        }
        if (!ok)
            m_status->setText(tr("A retained message could not be deleted: %1").arg(error));
    });
    connect(m_publish, &PublishPanel::publishRequested, this,
            [this](const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos, bool retain) {
                m_client->publish(topic, payload, qos, retain);
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionView::showSelection);
    connect(m_model, &TopicTreeModel::messagesApplied, this, &ConnectionView::followSelectedTopic);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_tree->indexAt(at);
        if (!index.isValid())
            return;
        m_tree->setCurrentIndex(index);
        QMenu menu;
        const QByteArray topic = selectedTopic();
        menu.addAction(tr("Copy Topic"), this,
                       [topic] { QGuiApplication::clipboard()->setText(QString::fromUtf8(topic)); });
        menu.addAction(tr("Publish to This Topic"), this,
                       [this, topic] { m_publish->setTopic(QString::fromUtf8(topic)); });
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(tr("Export Values as JSON…"), this,
                       [this] { exportSelected(false, ExportFormat::Json); });
        menu.addAction(tr("Export Values as CSV…"), this,
                       [this] { exportSelected(false, ExportFormat::Csv); });
        menu.addAction(tr("Export History as JSON…"), this,
                       [this] { exportSelected(true, ExportFormat::Json); });
        menu.addAction(tr("Export History as CSV…"), this,
                       [this] { exportSelected(true, ExportFormat::Csv); });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });

    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &ConnectionView::updateStatus);
    m_statusTimer.start();
    m_rateClock.start();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ConnectionView::applySearch);
    m_echoExpiry.setSingleShot(true);
    m_echoExpiry.setInterval(EchoWindowMs);
    connect(&m_echoExpiry, &QTimer::timeout, this, [this] { m_echoes.clear(); });
    connect(m_proxy, &TopicFilterProxy::filterProgress, this, [this](qsizetype visited, qsizetype total) {
        m_status->setText(
            tr("Searching… %1 of %2 topics").arg(QLocale().toString(visited), QLocale().toString(total)));
    });
    connect(m_proxy, &TopicFilterProxy::filterFinished, this, [this] {
        updateStatus();
        if (!m_proxy->appliedMatcher().isEmpty())
            expandAll(500);
    });
    updateState();
    updateStatus();
}

ConnectionView::~ConnectionView()
{
    // The model and proxy refer to the store: they go first.
    m_tree->setModel(nullptr);
    delete m_proxy;
    delete m_model;
    m_proxy = nullptr;
    m_model = nullptr;
}

QWidget *ConnectionView::createToolbar()
{
    auto *bar = new QToolBar;
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_stateIcon = new QLabel;
    m_stateIcon->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(m_stateIcon);
    m_stateText = new QLabel;
    m_stateText->setMinimumWidth(180);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_stateText);
    m_connectButton = new QToolButton;
    m_connectButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_connectButton, &QToolButton::clicked, this, [this] {
        if (m_client->state() == MqttClient::State::Disconnected)
            connectToBroker();
        else
            disconnectFromBroker();
    });
    bar->addWidget(m_connectButton);
    bar->addSeparator();

    m_pauseAction = bar->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Stop updating the tree; messages wait and are applied on resume"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
        m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        updateStatus();
    });
    QAction *clear = bar->addAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Clear"));
    clear->setToolTip(tr("Forget every topic seen so far (retained messages come back on reconnect)"));
    connect(clear, &QAction::triggered, this, [this] {
        m_inspector->clear();
        m_shownTopic.clear();
        m_model->clear();
        updateStatus();
    });
    m_systemAction = bar->addAction(tr("$SYS"));
    m_systemAction->setCheckable(true);
    m_systemAction->setChecked(true);
    m_systemAction->setToolTip(tr("Show the broker's $SYS topics"));
    connect(m_systemAction, &QAction::toggled, this,
            [this](bool show) { m_proxy->setHideSystemTopics(!show); });
    QAction *expand = bar->addAction(tr("Expand"));
    expand->setToolTip(tr("Expand the tree (the first 2,000 rows)"));
    connect(expand, &QAction::triggered, this, [this] { expandAll(); });
    QAction *collapse = bar->addAction(tr("Collapse"));
    connect(collapse, &QAction::triggered, this, &ConnectionView::collapseAll);
    bar->addSeparator();
    m_deleteAction = bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete Retained"));
    m_deleteAction->setToolTip(
        tr("Delete the retained messages of the selected topic and everything under it"));
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &ConnectionView::deleteSelected);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Values Under Selection as JSON…"), this,
                          [this] { exportSelected(false, ExportFormat::Json); });
    exportMenu->addAction(tr("Values Under Selection as CSV…"), this,
                          [this] { exportSelected(false, ExportFormat::Csv); });
    exportMenu->addAction(tr("Topic History as JSON…"), this,
                          [this] { exportSelected(true, ExportFormat::Json); });
    exportMenu->addAction(tr("Topic History as CSV…"), this,
                          [this] { exportSelected(true, ExportFormat::Csv); });
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    return bar;
}

QWidget *ConnectionView::createSearchBar()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search topics"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setToolTip(tr("Text anywhere in the topic, an MQTT filter such as home/+/temperature, "
                            "or a regular expression"));

    m_searchMode = new QComboBox;
    m_searchMode->setObjectName(QStringLiteral("searchMode"));
    m_searchMode->addItem(tr("Text"));
    m_searchMode->addItem(tr("Topic filter"));
    m_searchMode->addItem(tr("Regex"));

    m_searchPayloads = new QCheckBox(tr("Payloads"));
    m_searchPayloads->setToolTip(tr("Search the payloads too"));

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ConnectionView::applySearch);
    connect(m_searchMode, &QComboBox::currentIndexChanged, this, &ConnectionView::applySearch);
    connect(m_searchPayloads, &QCheckBox::toggled, this, &ConnectionView::applySearch);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_searchMode);
    row->addWidget(m_searchPayloads);
    layout->addLayout(row);
    m_searchError = new QLabel;
    m_searchError->setWordWrap(true);
    QPalette palette = m_searchError->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_searchError->setPalette(palette);
    m_searchError->hide();
    layout->addWidget(m_searchError);
    return box;
}

QWidget *ConnectionView::createUndoBar()
{
    m_undoBar = new QFrame;
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoBar->setAutoFillBackground(true);
    QPalette palette = m_undoBar->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_undoBar->setPalette(palette);
    auto *layout = new QHBoxLayout(m_undoBar);
    layout->setContentsMargins(8, 4, 4, 4);
    m_undoText = new QLabel;
    layout->addWidget(m_undoText, 1);
    auto *undo = new QToolButton;
    undo->setText(tr("Undo"));
    connect(undo, &QToolButton::clicked, this, &ConnectionView::undoDelete);
    layout->addWidget(undo);
    auto *close = new QToolButton;
    close->setText(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_deleted.clear();
        m_undoBar->hide();
    });
    layout->addWidget(close);
    m_undoBar->hide();
    return m_undoBar;
}

void ConnectionView::setNote(const QString &note)
{
    m_note = note;
    updateStatus();
}

void ConnectionView::connectToBroker()
{
    m_client->connectToBroker(m_profile);
}

void ConnectionView::disconnectFromBroker()
{
    m_client->disconnectFromBroker();
}

void ConnectionView::moveBroker(const QString &host, quint16 port)
{
    if (m_profile.host == host && m_profile.port == port)
        return;
    m_profile.host = host;
    m_profile.port = port;
    if (m_client->state() != MqttClient::State::Disconnected)
        connectToBroker();
    updateState();
}

void ConnectionView::updateState()
{
    const MqttClient::State state = m_client->state();
    m_stateIcon->setPixmap(connectionStateDot(state));
    QString text = connectionStateName(state) + QStringLiteral(" · ") + m_profile.url();
    const QString error = m_client->lastError();
    if (state != MqttClient::State::Connected && !error.isEmpty())
        text += QStringLiteral("\n") + error;
    m_stateText->setText(connectionStateName(state));
    m_stateText->setToolTip(text);
    m_stateIcon->setToolTip(text);
    m_connectButton->setText(state == MqttClient::State::Disconnected ? tr("Connect") : tr("Disconnect"));
    m_publish->setEnabledForConnection(state == MqttClient::State::Connected);
    m_deleteAction->setEnabled(state == MqttClient::State::Connected && !selectedTopic().isEmpty() &&
                               !m_probe);
    updateStatus();
    emit stateChanged(state);
}

void ConnectionView::updateStatus()
{
    if (m_proxy->isFiltering())
        return; // the search reports its progress meanwhile
    const quint64 count = m_store->messageCount();
    const qint64 elapsed = m_rateClock.restart();
    if (elapsed > 0)
        m_rate = double(count - qMin(count, m_lastCount)) * 1000.0 / double(elapsed);
    m_lastCount = count;
    const QLocale locale;
    QStringList parts;
    const MqttClient::State state = m_client->state();
    if (!m_note.isEmpty())
        parts << m_note;
    if (state != MqttClient::State::Connected && !m_client->lastError().isEmpty())
        parts << m_client->lastError();
    else
        parts << m_profile.url();
    const qsizetype topics = m_store->topicCount();
    parts << (topics == 1 ? tr("1 topic") : tr("%1 topics").arg(locale.toString(topics)))
          << (count == 1 ? tr("1 message") : tr("%1 messages").arg(locale.toString(count)))
          << tr("%1 msg/s").arg(locale.toString(qRound64(m_rate)));
    if (!m_proxy->appliedMatcher().isEmpty())
        parts << tr("%1 matching").arg(locale.toString(m_proxy->matchCount()));
    if (m_model->isPaused())
        parts << tr("paused, %1 waiting").arg(locale.toString(m_store->pendingCount()));
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
}

void ConnectionView::applySearch()
{
    m_searchDelay.stop();
    const auto mode = history::MatchMode(m_searchMode->currentIndex());
    history::MatchScopes scopes = history::MatchScope::Topic;
    if (m_searchPayloads->isChecked())
        scopes |= history::MatchScope::Payload;
    auto matcher = history::TopicMatcher::create(m_search->text(), mode, scopes);
    if (!matcher) {
        m_searchError->setText(matcher.error().message);
        m_searchError->show();
        return;
    }
    m_searchError->hide();
    m_proxy->setMatcher(*matcher);
    updateStatus();
}

QByteArray ConnectionView::selectedTopic() const
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    return current.isValid() ? m_model->data(current, TopicTreeModel::TopicRole).toByteArray() : QByteArray();
}

bool ConnectionView::selectTopic(const QByteArray &topic)
{
    m_model->flush();
    const TopicNode *node = m_store->find(topic);
    if (!node)
        return false;
    // Fetch the rows down to the node, from the top.
    QList<const TopicNode *> chain;
    for (const TopicNode *n = node; n && !n->isRoot(); n = n->parent())
        chain.prepend(n);
    for (const TopicNode *n : std::as_const(chain)) {
        const QModelIndex parent = n->parent()->isRoot() ? QModelIndex() : m_model->indexForNode(n->parent());
        while (m_model->canFetchMore(parent))
            m_model->fetchMore(parent);
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForNode(node));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ConnectionView::showSelection()
{
    const QByteArray topic = selectedTopic();
    const TopicNode *node = topic.isEmpty() ? nullptr : m_store->find(topic);
    m_deleteAction->setEnabled(node != nullptr && m_client->state() == MqttClient::State::Connected);
    if (!node) {
        m_shownTopic.clear();
        m_inspector->clear();
        return;
    }
    m_shownTopic = topic;
    m_shownMessageCount = node->messageCount();
    if (node->hasMessage()) {
        m_inspector->setTopic(topic, m_store->history(node));
        m_publish->setTopic(QString::fromUtf8(topic));
    } else {
        m_inspector->setTopic(topic, {});
    }
}

void ConnectionView::followSelectedTopic()
{
    if (m_shownTopic.isEmpty())
        return;
    const TopicNode *node = m_store->find(m_shownTopic);
    if (!node) {
        m_shownTopic.clear();
        m_inspector->clear();
        return;
    }
    const quint64 count = node->messageCount();
    if (count == m_shownMessageCount)
        return;
    if (m_shownMessageCount == 0) {
        m_shownMessageCount = count;
        m_inspector->setTopic(m_shownTopic, m_store->history(node));
        return;
    }
    // The messages that arrived since: the tail of the history.
    const QList<mqtt::ApplicationMessage> history = m_store->history(node);
    const qsizetype fresh = qMin<qsizetype>(history.size(), qsizetype(count - m_shownMessageCount));
    for (qsizetype i = history.size() - fresh; i < history.size(); ++i)
        m_inspector->appendMessage(history[i]);
    m_shownMessageCount = count;
}

void ConnectionView::receive(const QList<mqtt::ApplicationMessage> &messages)
{
    if (m_echoes.isEmpty()) {
        m_model->appendMessages(messages);
        return;
    }
    // Our own deletes come back as empty retained messages: the deleted
    // topics are gone from the tree and stay gone.
    QList<mqtt::ApplicationMessage> kept;
    kept.reserve(messages.size());
    for (const mqtt::ApplicationMessage &message : messages) {
        if (message.payload.isEmpty() && m_echoes.remove(message.topic))
            continue;
        kept.append(message);
    }
    m_model->appendMessages(kept);
}

void ConnectionView::setConfirmHandler(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

bool ConnectionView::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Delete Retained Messages"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void ConnectionView::deleteSelected()
{
    const QByteArray topic = selectedTopic();
    if (!topic.isEmpty())
        deleteRetained(topic);
}

void ConnectionView::deleteRetained(const QByteArray &topic)
{
    if (m_probe || topic.isEmpty())
        return;
    // Deleting needs the connection (the deletes are publishes), and a paused
    // tree would bring the deleted topics back from its backlog on resume.
    QString refusal;
    if (m_client->state() != MqttClient::State::Connected)
        refusal = tr("Connect first: deleting retained messages publishes to the broker.");
    else if (m_model->isPaused())
        refusal = tr("Resume first: the paused messages could bring deleted topics back.");
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        emit retainedDeleted(0);
        return;
    }
    // Only the broker knows which messages are retained (ours arrived with
    // RETAIN 0 if we were subscribed when they were published): ask it.
    m_status->setText(tr("Looking up the retained messages under %1…").arg(QString::fromUtf8(topic)));
    m_deleteAction->setEnabled(false);
    m_probe = new client::RetainedProbe(m_client->profile(), topic, this);
    connect(m_probe, &client::RetainedProbe::finished, this,
            [this, topic](const QList<mqtt::ApplicationMessage> &retained, const QString &error) {
                m_probe->deleteLater();
                m_probe = nullptr;
                m_deleteAction->setEnabled(!selectedTopic().isEmpty() &&
                                           m_client->state() == MqttClient::State::Connected);
                if (!error.isEmpty()) {
                    m_status->setText(tr("Cannot list the retained messages: %1").arg(error));
                    emit retainedDeleted(0);
                    return;
                }
                emit retainedDeleted(deleteMessages(topic, retained));
            });
    m_probe->start();
}

int ConnectionView::deleteMessages(const QByteArray &topic, const QList<mqtt::ApplicationMessage> &retained)
{
    if (retained.isEmpty()) {
        m_status->setText(tr("No retained messages at or under %1").arg(QString::fromUtf8(topic)));
        return 0;
    }
    if (retained.size() > 1 &&
        !confirm(tr("Delete %1 retained messages at and under “%2”? Devices that read their configuration "
                    "from them will no longer find it.")
                     .arg(QLocale().toString(retained.size()), QString::fromUtf8(topic))))
        return 0;
    m_model->flush();
    for (const mqtt::ApplicationMessage &message : retained) {
        m_deleteRequests.insert(m_client->publish(message.topic, QByteArray(), mqtt::QoS::AtLeastOnce, true));
        m_echoes.insert(message.topic);
    }
    m_echoExpiry.start();
    // Topics left with nothing to show leave the tree, deepest first (the
    // broker lists them in no particular order): a parent whose children all
    // went leaves too.
    // When every topic under the deleted one was deleted, the whole subtree
    // goes in one step: removing topics one by one re-indexes a big parent
    // each time.
    if (const TopicNode *root = m_store->find(topic); root && root->subtreeTopicCount() == retained.size())
        m_store->removeSubtree(root);
    QList<QByteArray> topics;
    topics.reserve(retained.size());
    for (const mqtt::ApplicationMessage &message : retained)
        topics.append(message.topic);
    std::sort(topics.begin(), topics.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.count('/') > b.count('/'); });
    for (const QByteArray &gone : std::as_const(topics)) {
        const TopicNode *node = m_store->find(gone);
        if (node && node->childCount() == 0)
            m_store->removeSubtree(node);
    }
    m_deleted = retained;
    m_undoText->setText(
        retained.size() == 1
            ? tr("Deleted the retained message of “%1”.").arg(QString::fromUtf8(retained[0].topic))
            : tr("Deleted %1 retained messages under “%2”.")
                  .arg(QLocale().toString(retained.size()), QString::fromUtf8(topic)));
    m_undoBar->show();
    updateStatus();
    return int(retained.size());
}

void ConnectionView::undoDelete()
{
    const QList<mqtt::ApplicationMessage> deleted = std::exchange(m_deleted, {});
    for (const mqtt::ApplicationMessage &message : deleted) {
        m_echoes.remove(message.topic);
        m_client->publish(message.topic, message.payload, message.qos, true);
    }
    m_undoBar->hide();
    if (!deleted.isEmpty())
        m_status->setText(tr("Republished %1 retained messages.").arg(QLocale().toString(deleted.size())));
}

void ConnectionView::exportSelected(bool history, ExportFormat format)
{
    const QByteArray topic = selectedTopic();
    if (topic.isEmpty())
        return;
    const QString filter = format == ExportFormat::Json ? tr("JSON (*.json)") : tr("CSV (*.csv)");
    QString name = QString::fromUtf8(topic).replace(QLatin1Char('/'), QLatin1Char('_'));
    name += history ? QStringLiteral("-history") : QString();
    name += format == ExportFormat::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, filter);
    if (path.isEmpty())
        return;
    if (history)
        exportHistory(topic, format, path);
    else
        exportSubtree(topic, format, path);
}

void ConnectionView::exportSubtree(const QByteArray &topic, ExportFormat format, const QString &path)
{
    m_model->flush();
    QList<mqtt::ApplicationMessage> messages;
    if (const TopicNode *node = m_store->find(topic)) {
        m_store->forEachTopic(node, [&messages](const TopicNode &n) {
            if (n.hasMessage())
                messages.append(n.lastMessage());
        });
    }
    writeExport(std::move(messages), format, path);
}

void ConnectionView::exportHistory(const QByteArray &topic, ExportFormat format, const QString &path)
{
    m_model->flush();
    const TopicNode *node = m_store->find(topic);
    writeExport(node ? m_store->history(node) : QList<mqtt::ApplicationMessage>(), format, path);
}

void ConnectionView::writeExport(QList<mqtt::ApplicationMessage> messages, ExportFormat format,
                                 const QString &path)
{
    m_status->setText(tr("Exporting %1 messages…").arg(QLocale().toString(messages.size())));
    QPointer<ConnectionView> self(this);
    QThreadPool::globalInstance()->start([self, messages = std::move(messages), format, path] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly))
            error = file.errorString();
        else if (file.write(history::exportMessages(messages, format)) < 0 || !file.commit())
            error = file.errorString();
        const qsizetype count = messages.size();
        QMetaObject::invokeMethod(
            qApp,
            [self, path, error, count] {
                if (!self)
                    return;
                self->m_status->setText(
                    error.isEmpty() ? tr("Exported %1 messages to %2").arg(QLocale().toString(count), path)
                                    : tr("Export to %1 failed: %2").arg(path, error));
                emit self->exportFinished(path, error);
            },
            Qt::QueuedConnection);
    });
}

int ConnectionView::expandAll(int limit)
{
    int expanded = 0;
    std::deque<QModelIndex> queue{QModelIndex()};
    while (!queue.empty() && expanded < limit) {
        const QModelIndex parent = queue.front();
        queue.pop_front();
        const QModelIndex source = m_proxy->mapToSource(parent);
        while (m_model->canFetchMore(source))
            m_model->fetchMore(source);
        const int rows = m_proxy->rowCount(parent);
        for (int row = 0; row < rows && expanded < limit; ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            if (m_proxy->hasChildren(child)) {
                m_tree->expand(child);
                queue.push_back(child);
                ++expanded;
            }
        }
    }
    return expanded;
}

void ConnectionView::collapseAll()
{
    m_tree->collapseAll();
}

} // namespace homewire::ui
