// StoreEvent: one change of the broker's durable state, as queued for the store.
#pragma once

#include "broker/message.h"
#include "broker/session.h"
#include "broker/subscriptiontree.h"

namespace homewire::store {

struct StoreEvent
{
    enum class Kind : quint8
    {
        RetainedChanged,
        SessionStored,
        SessionDeleted,
        SubscriptionStored,
        SubscriptionDeleted,
        MessageStored,
        MessageStateChanged,
        MessageDeleted,
        IncomingQos2Stored,
        IncomingQos2Deleted,
        Barrier, // end of a broker batch: commit now (durable mode) and report `sequence`
    };
    Kind kind = Kind::Barrier;
    QByteArray clientId;
    QByteArray key; // subscription filter
    broker::Message message;
    broker::SubscriptionOptions options;
    quint64 sequence = 0; // message sequence, or the barrier's ticket
    qint64 timeMs = 0;
    quint16 packetId = 0;
    broker::InflightMessage::State state = broker::InflightMessage::State::AwaitingPuback;
};

} // namespace homewire::store
