// Explorer: the topic explorer's tree as ConnectionView builds it, without
// the rest of the page: an MqttClient subscribed to '#' feeding a
// TopicTreeModel over a TopicStore, a TopicFilterProxy, and a shown QTreeView
// (1000x700, uniform row heights, TopicTreeDelegate, the same header and
// history settings) whose top-level rows are kept expanded.
//
// It also labels, for the EventTracer, what the explorer did during each
// event (a client drain, a model apply, a search step).
#pragma once

#include "broker/connection.h"
#include "client/mqttclient.h"
#include "history/topicstore.h"
#include "ui/explorer/topicfilterproxy.h"
#include "ui/explorer/topictreemodel.h"

#include <QByteArrayView>
#include <QTreeView>
#include <string>

namespace homewire::bench {

class Explorer
{
public:
    Explorer();
    ~Explorer();
    Explorer(const Explorer &) = delete;
    Explorer &operator=(const Explorer &) = delete;

    // Connects to 127.0.0.1:port and waits until '#' is subscribed.
    bool connectTo(quint16 port, Clock::duration timeout, std::string &error);
    // Shows the view and keeps its top-level rows expanded from now on.
    void show();
    // Lets queued layouts run, then paints the view now.
    void paintNow();
    // Expands up to `limit` rows, breadth first, fetching as it goes: what
    // ConnectionView::expandAll() does after every finished search (500).
    int expandAll(int limit);

    // Topics with messages and messages in the subtree of `topic` (e.g. the
    // load's first level, so '$SYS' does not count); 0 when unseen.
    quint64 topicsUnder(QByteArrayView topic) const;
    quint64 messagesUnder(QByteArrayView topic) const;

    client::MqttClient &client() { return m_client; }
    history::TopicStore &store() { return m_store; }
    ui::TopicTreeModel &model() { return m_model; }
    ui::TopicFilterProxy &proxy() { return m_proxy; }
    QTreeView &view() { return m_view; }

private:
    void expandTopLevel();
    void labelEvents();

    client::MqttClient m_client;
    history::TopicStore m_store;
    ui::TopicTreeModel m_model;
    ui::TopicFilterProxy m_proxy;
    QTreeView m_view;
};

} // namespace homewire::bench
