// EntityState: what Homewire currently knows about one entity of an accepted
// device: its availability, its last reported state or reading, the fate of
// the last command sent to it, and the last hour of numeric readings (for the
// dashboard's sparklines). Plain values, copied across threads.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace homewire::devices {

enum class Availability : quint8
{
    Unknown, // no availability message yet (or the entity has no availability topic)
    Online,
    Offline,
};

enum class CommandState : quint8
{
    Idle,       // nothing sent since the state was last confirmed
    Pending,    // sent; waiting for the state topic to report the target
    Confirmed,  // the state topic reported the target
    TimedOut,   // the state topic did not report the target in time
    Optimistic, // sent to an entity without a state topic: assumed done
    Failed,     // the broker refused it or the client is not connected
};

struct Sample
{
    qint64 ms = 0; // epoch milliseconds
    double value = 0;
    friend bool operator==(const Sample &, const Sample &) = default;
};

struct EntityRef
{
    QString deviceId;
    QString entityKey;
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.deviceId, ref.entityKey);
}

struct EntityState
{
    EntityRef ref;
    Availability availability = Availability::Unknown;
    // When the device last spoke: the last live (not retained) message on the
    // entity's state or brightness topic. 0: none since Homewire connected;
    // a retained state or availability (a will) says what it last reported,
    // not that it was there, and does not count.
    qint64 lastSeenMs = 0;

    // Switch, Light, BinarySensor: the reported (or, when optimistic, assumed) state.
    std::optional<bool> on;
    // Light: the reported brightness, 0..Entity::brightnessMax.
    std::optional<int> brightness;
    // Sensor: the reading as text (with no unit) and as a number when it is one.
    QString value;
    std::optional<double> number;
    // Sensor: numeric readings of the last hour, oldest first, at most one
    // every few seconds.
    QList<Sample> history;

    CommandState command = CommandState::Idle;
    bool commandTarget = false; // the on/off asked for by the last command
    qint64 commandSentMs = 0;
    QString commandError; // Failed: why; TimedOut: what was (not) seen

    friend bool operator==(const EntityState &, const EntityState &) = default;

    // Whether a switch shows as on: the target while a command is pending,
    // else the reported state, else (an optimistic entity reports nothing)
    // what was sent. A press asks for the opposite of this.
    bool shownOn() const
    {
        if (command == CommandState::Pending)
            return commandTarget;
        if (on)
            return *on;
        return command == CommandState::Optimistic && commandTarget;
    }
};

} // namespace homewire::devices

Q_DECLARE_METATYPE(homewire::devices::EntityState)
