// SentMessageModel: the messages the user published from the publish panel,
// most recent first, each distinct message once, the last 50.
//
// Sending a message again moves it to the top (one row move) instead of
// adding a duplicate, so the list reads as "what I sent lately".
//
// Not here: sending (PublishPanel emits, the explorer page publishes) or
// storing the list between sessions (setMessages()/messages() let the page).
#pragma once

#include "mqtt/protocol.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>

namespace homewire::ui {

struct SentMessage
{
    QByteArray topic;
    QByteArray payload;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retain = false;
    bool json = false; // the payload was written in JSON mode

    // The same message whichever mode it was typed in.
    bool sameMessage(const SentMessage &other) const
    {
        return topic == other.topic && payload == other.payload && qos == other.qos && retain == other.retain;
    }
};

class SentMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int MaxMessages = 50;

    explicit SentMessageModel(QObject *parent = nullptr);

    // Puts `message` at the top, removing an equal one further down.
    void add(const SentMessage &message);
    void setMessages(const QList<SentMessage> &messages); // most recent first
    const QList<SentMessage> &messages() const { return m_messages; }
    const SentMessage &message(int row) const { return m_messages.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SentMessage> m_messages;
};

} // namespace homewire::ui
