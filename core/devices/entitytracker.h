// EntityTracker: one watched entity inside DeviceRuntime: its definition, its
// EntityState, and the bookkeeping of its last command. It applies the
// messages of the entity's topics to the state, keeps the sensor history, and
// decides when a command is confirmed.
//
// Command lifecycle, as the dashboard shows it:
// - a switch command to an entity with a state topic: Pending (commandTarget
//   is the on/off asked for) until the state topic reports that on/off, then
//   Confirmed; TimedOut when the runtime's timer says so, with what was last
//   reported. A report of the target after the timeout still confirms it: the
//   device did what was asked, only late.
// - a brightness command to a light that reports its brightness: Pending
//   until the reported brightness equals the level (level 0 is also confirmed
//   by an "off" report, which is all many lights send when dimmed to
//   nothing). To a light that reports only on/off: Pending until the on/off
//   report equals level > 0 when the command changes it, otherwise Optimistic
//   (no report could confirm a new level); the level is assumed either way.
// - no state topic: Optimistic, with the state assumed at once.
// - Failed: the runtime could not send it; an assumed state is undone.
// Every outcome, Confirmed included, stays until the next command: the
// dashboard shows it briefly and decides itself when to stop showing it.
//
// Plain C++ on values: no timers, no client, no threads. The runtime supplies
// the time, publishes, and runs the confirmation timer.
#pragma once

#include "devices/entitystate.h"

#include <QByteArray>
#include <QList>
#include <homewire/device.h>
#include <utility>

namespace homewire::devices {

class EntityTracker
{
public:
    // What the entity reads from one topic (a Zigbee2MQTT light reads its
    // on/off and its brightness from the same JSON message).
    enum Role : quint8
    {
        ReadsState = 1,
        ReadsBrightness = 2,
        ReadsAvailability = 4,
    };
    enum class Confirmation : quint8
    {
        None,       // optimistic: nothing will confirm it
        OnState,    // the on/off report equals commandTarget
        Brightness, // the brightness report equals the level
    };
    struct Command
    {
        QByteArray topic;
        QByteArray payload;
        Confirmation confirmation = Confirmation::None;
    };
    // One message on one of the entity's topics.
    struct Reading
    {
        int roles = 0; // what the entity reads from its topic (Role bits)
        QByteArray payload;
        qint64 receivedMs = 0; // when the runtime received it
        // The broker kept it from some earlier time (delivered at subscribe):
        // it says what the device last reported, not that it is there now.
        bool retained = false;
        // Read again from the runtime's cache of recent messages (an entity
        // watched, or redefined, after the message came). Not a new report:
        // it confirms no command and moves lastSeenMs only forward.
        bool replayed = false;
    };

    EntityTracker() = default;
    EntityTracker(const EntityRef &ref, const Entity &entity);

    const Entity &entity() const { return m_entity; }
    const EntityState &state() const { return m_state; }
    // A new definition (a new discovery config); the state stays. Returns
    // whether what the entity reads changed (its topics, value paths or
    // payload words): the runtime then reads the recent messages again.
    bool redefine(const Entity &entity);
    static bool readsAlike(const Entity &a, const Entity &b);
    // Each topic the entity reads, with its Role bits.
    QList<std::pair<QByteArray, int>> topics() const;
    // Does the light report its brightness somewhere?
    static bool reportsBrightness(const Entity &entity);

    // A message on one of the entity's topics. lastSeenMs moves to its time
    // when it is a live (not retained) message on a state or brightness
    // topic, even one that reads as nothing: the device spoke just now. A
    // retained message or one read only for availability leaves it: a
    // retained state or a will is no sign of the device being there now.
    void read(const Reading &reading, qint64 historySpanMs);

    // What to publish for a switch or brightness command, and what will
    // confirm it. Brightness levels are clamped to 0..brightnessMax.
    Command switchCommand(bool on) const;
    Command brightnessCommand(int level) const;
    // Records a command as sent: Pending, or Optimistic with the state
    // assumed. `level`: the brightness asked for, or nothing for a switch.
    void commandSent(quint64 sequence, const Command &command, bool target, std::optional<int> level,
                     qint64 nowMs);
    // The command could not be sent; an assumed state is undone. Ignored when
    // `sequence` is no longer the current command.
    void commandFailed(quint64 sequence, const QString &error);
    // The confirmation time is up; false when that changes nothing.
    bool commandTimedOut(quint64 sequence);

private:
    bool readState(const Reading &reading, qint64 historySpanMs);
    bool readBrightness(const QByteArray &payload);
    void readAvailability(const QByteArray &payload);
    void addSample(double number, const Reading &reading, qint64 historySpanMs);
    void checkConfirmation(bool readOn, bool readBrightness);

    Entity m_entity;
    EntityState m_state;
    // The command in flight.
    quint64 m_sequence = 0; // tells a late timer or publish result from the current command
    Confirmation m_confirmation = Confirmation::None;
    int m_level = 0;
    bool m_reported = false; // the device reported an on/off or brightness since
    bool m_assumed = false;  // on/brightness were assumed, to undo on failure
    std::optional<bool> m_previousOn;
    std::optional<int> m_previousBrightness;
    QString m_lastReport; // the last on/off or brightness text read, for TimedOut
};

} // namespace homewire::devices
