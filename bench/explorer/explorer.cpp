#include "explorer.h"

#include "eventloop.h"
#include "ui/explorer/topictreeview.h"

#include <QCoreApplication>
#include <QTimer>
#include <deque>

namespace homewire::bench {

using namespace homewire::ui;

namespace {

// As ConnectionView sets them.
constexpr int HistoryLength = 100;
constexpr qint64 HistoryBytesPerTopic = 4 * 1024 * 1024;

} // namespace

Explorer::Explorer()
    : m_model(&m_store)
{
    m_store.setHistoryLimits(HistoryLength, HistoryBytesPerTopic);
    m_proxy.setSourceModel(&m_model);
    QObject::connect(&m_client, &client::MqttClient::messagesReceived, &m_model,
                     &TopicTreeModel::appendMessages);

    setUpTopicTreeView(&m_view, &m_model, &m_proxy); // as the explorer page does
    m_view.resize(1000, 700);
    labelEvents();
}

Explorer::~Explorer()
{
    QObject::disconnect(&m_client, nullptr, &m_model, nullptr);
    m_client.disconnectFromBroker();
    m_view.setModel(nullptr);
}

void Explorer::labelEvents()
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    QObject::connect(&m_client, &client::MqttClient::messagesReceived, &m_view,
                     [&tracer](const QList<mqtt::ApplicationMessage> &batch) {
                         tracer.label("client drain", "of " + std::to_string(batch.size()) + " messages");
                     });
    const auto firstSignal = [&tracer] {
        tracer.markFirstModelSignal();
    };
    QObject::connect(&m_model, &TopicTreeModel::nodesInserted, &m_view, firstSignal);
    QObject::connect(&m_model, &TopicTreeModel::nodesChanged, &m_view, firstSignal);
    QObject::connect(&m_model, &TopicTreeModel::nodesAboutToBeRemoved, &m_view, firstSignal);
    QObject::connect(&m_model, &TopicTreeModel::messagesApplied, &m_view, [this, &tracer](int count) {
        std::string detail = std::to_string(count);
        detail.append(" messages, store now ").append(std::to_string(m_store.topicCount())).append(" topics");
        tracer.label("model apply", "of " + detail, 2);
    });
    QObject::connect(&m_proxy, &TopicFilterProxy::filterProgress, &m_view,
                     [&tracer] { tracer.label("search step", {}, 1); });
    QObject::connect(&m_proxy, &TopicFilterProxy::filterFinished, &m_view, [&tracer](qsizetype matches) {
        std::string detail = std::to_string(matches);
        detail.append(" matches, re-filter");
        tracer.label("search finish", std::move(detail), 3);
    });
}

bool Explorer::connectTo(quint16 port, Clock::duration timeout, std::string &error)
{
    client::ConnectionProfile profile;
    profile.name = QStringLiteral("bench_explorer");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = port;
    // The default subscription, '#' at QoS 0, is what the explorer starts with.
    bool subscribed = false;
    QString problem;
    const QMetaObject::Connection watching =
        QObject::connect(&m_client, &client::MqttClient::subscribeFinished, &m_view,
                         [&](const QString &filter, bool ok, const QString &message) {
                             if (filter == QStringLiteral("#")) {
                                 subscribed = ok;
                                 problem = message;
                             }
                         });
    m_client.connectToBroker(profile);
    const bool done = runUntil([&] { return subscribed || !problem.isEmpty(); }, timeout);
    QObject::disconnect(watching);
    if (subscribed)
        return true;
    error = "explorer: " + (done ? problem : m_client.lastError()).toStdString();
    if (error == "explorer: ")
        error += "not subscribed to '#' in time";
    return false;
}

void Explorer::show()
{
    QObject::connect(&m_proxy, &QAbstractItemModel::rowsInserted, &m_view, [this](const QModelIndex &parent) {
        // After the batch: a new row's children are reported after it.
        if (!parent.isValid())
            QTimer::singleShot(0, &m_view, [this] { expandTopLevel(); });
    });
    m_view.show();
    expandTopLevel();
    paintNow();
}

void Explorer::expandTopLevel()
{
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const QModelIndex index = m_proxy.index(row, 0);
        if (m_proxy.hasChildren(index) && !m_view.isExpanded(index))
            m_view.expand(index);
    }
}

void Explorer::paintNow()
{
    QCoreApplication::processEvents();
    m_view.viewport()->repaint();
    QCoreApplication::processEvents();
}

int Explorer::expandAll(int limit)
{
    int expanded = 0;
    std::deque<QModelIndex> queue{QModelIndex()};
    while (!queue.empty() && expanded < limit) {
        const QModelIndex parent = queue.front();
        queue.pop_front();
        const QModelIndex source = m_proxy.mapToSource(parent);
        while (m_model.canFetchMore(source))
            m_model.fetchMore(source);
        const int rows = m_proxy.rowCount(parent);
        for (int row = 0; row < rows && expanded < limit; ++row) {
            const QModelIndex child = m_proxy.index(row, 0, parent);
            if (m_proxy.hasChildren(child)) {
                m_view.expand(child);
                queue.push_back(child);
                ++expanded;
            }
        }
    }
    return expanded;
}

quint64 Explorer::topicsUnder(QByteArrayView topic) const
{
    const history::TopicNode *node = m_store.find(topic);
    return node ? node->subtreeTopicCount() : 0;
}

quint64 Explorer::messagesUnder(QByteArrayView topic) const
{
    const history::TopicNode *node = m_store.find(topic);
    return node ? node->subtreeMessageCount() : 0;
}

} // namespace homewire::bench
