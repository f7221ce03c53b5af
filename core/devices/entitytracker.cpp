// EntityTracker: one watched entity's state and command; see entitytracker.h.
#include "devices/entitytracker.h"

#include "devices/payloadreader.h"

#include <QCoreApplication>
#include <algorithm>

namespace homewire::devices {

namespace {

// One sample per 5 s slot keeps an hour of a chatty sensor (one message a
// second) at 720 points.
constexpr qint64 SampleIntervalMs = 5'000;

} // namespace

EntityTracker::EntityTracker(const EntityRef &ref, const Entity &entity)
    : m_entity(entity)
{
    m_state.ref = ref;
}

bool EntityTracker::redefine(const Entity &entity)
{
    const bool changed = !readsAlike(m_entity, entity);
    m_entity = entity;
    if (entity.availabilityTopic.isEmpty())
        m_state.availability = Availability::Unknown;
    return changed;
}

bool EntityTracker::readsAlike(const Entity &a, const Entity &b)
{
    return a.kind == b.kind && a.stateTopic == b.stateTopic && a.state == b.state && a.stateOn == b.stateOn &&
           a.stateOff == b.stateOff && a.brightnessStateTopic == b.brightnessStateTopic &&
           a.brightness == b.brightness && a.brightnessMax == b.brightnessMax &&
           a.availabilityTopic == b.availabilityTopic && a.availability == b.availability &&
           a.payloadAvailable == b.payloadAvailable;
}

bool EntityTracker::reportsBrightness(const Entity &e)
{
    return e.kind == EntityKind::Light &&
           (!e.brightnessStateTopic.isEmpty() || (!e.stateTopic.isEmpty() && !e.brightness.field.isEmpty()));
}

QList<std::pair<QByteArray, int>> EntityTracker::topics() const
{
    QList<std::pair<QByteArray, int>> list;
    const auto add = [&list](const QByteArray &topic, Role role) {
        if (topic.isEmpty())
            return;
        for (auto &[known, roles] : list) {
            if (known == topic) {
                roles |= role;
                return;
            }
        }
        list.append({topic, role});
    };
    add(m_entity.stateTopic, ReadsState);
    if (reportsBrightness(m_entity))
        add(m_entity.brightnessStateTopic.isEmpty() ? m_entity.stateTopic : m_entity.brightnessStateTopic,
            ReadsBrightness);
    add(m_entity.availabilityTopic, ReadsAvailability);
    return list;
}

void EntityTracker::read(const Reading &reading, qint64 historySpanMs)
{
    const int roles = reading.roles;
    if (!reading.retained && (roles & (ReadsState | ReadsBrightness))) {
        if (!reading.replayed)
            m_state.lastSeenMs = reading.receivedMs;
        else
            m_state.lastSeenMs = std::max(m_state.lastSeenMs, reading.receivedMs);
    }
    if (roles & ReadsAvailability)
        readAvailability(reading.payload);
    const bool readOn = (roles & ReadsState) && readState(reading, historySpanMs);
    const bool readLevel = (roles & ReadsBrightness) && readBrightness(reading.payload);
    // Once per message: a Zigbee2MQTT light's on/off and brightness come
    // together, and a brightness command is judged on both. A replayed
    // message came before the command, so it cannot answer it.
    if (!reading.replayed)
        checkConfirmation(readOn, readLevel);
}

// Returns whether an on/off was read (what a switch command waits for).
bool EntityTracker::readState(const Reading &reading, qint64 historySpanMs)
{
    const std::optional<QString> value = readValue(reading.payload, m_entity.state);
    if (!value)
        return false;
    if (m_entity.kind == EntityKind::Sensor) {
        m_state.value = *value;
        m_state.number = readNumber(*value);
        if (m_state.number)
            addSample(*m_state.number, reading, historySpanMs);
        return false;
    }
    const std::optional<bool> on = readSwitch(*value, m_entity.stateOn, m_entity.stateOff);
    if (!on)
        return false;
    m_state.on = on;
    m_lastReport = *value;
    return true;
}

bool EntityTracker::readBrightness(const QByteArray &payload)
{
    const std::optional<QString> value = readValue(payload, m_entity.brightness);
    const std::optional<double> number = value ? readNumber(*value) : std::nullopt;
    if (!number)
        return false;
    m_state.brightness = qBound(0, qRound(*number), qMax(0, m_entity.brightnessMax));
    m_lastReport = *value;
    return true;
}

void EntityTracker::readAvailability(const QByteArray &payload)
{
    // A payload the path cannot be read from (a JSON message without the
    // member) says nothing about availability.
    if (const std::optional<QString> value = readValue(payload, m_entity.availability))
        m_state.availability =
            sameWord(*value, m_entity.payloadAvailable) ? Availability::Online : Availability::Offline;
}

// Within a 5 s slot the latest reading stands, at the slot's first time; a
// clock set back starts a new slot rather than moving an old one. A replayed
// reading older than the history's end is already in it (or superseded).
void EntityTracker::addSample(double number, const Reading &reading, qint64 historySpanMs)
{
    const qint64 nowMs = reading.receivedMs;
    QList<Sample> &history = m_state.history;
    if (reading.replayed && !history.isEmpty() && nowMs < history.constLast().ms)
        return;
    if (!history.isEmpty() && nowMs >= history.constLast().ms &&
        nowMs - history.constLast().ms < SampleIntervalMs)
        history.last().value = number;
    else
        history.append(Sample{nowMs, number});
    const qint64 oldest = nowMs - historySpanMs;
    while (!history.isEmpty() && history.constFirst().ms < oldest)
        history.removeFirst();
}

void EntityTracker::checkConfirmation(bool readOn, bool readLevel)
{
    CommandState &command = m_state.command;
    if (command != CommandState::Pending && command != CommandState::TimedOut)
        return;
    m_reported = m_reported || readOn || readLevel;
    bool confirmed = false;
    switch (m_confirmation) {
    case Confirmation::None:
        return;
    case Confirmation::OnState:
        confirmed = readOn && m_state.on == m_state.commandTarget;
        break;
    case Confirmation::Brightness:
        confirmed =
            (readLevel && m_state.brightness == m_level) || (m_level == 0 && readOn && m_state.on == false);
        break;
    }
    if (confirmed) {
        command = CommandState::Confirmed;
        m_state.commandError.clear();
    }
}

EntityTracker::Command EntityTracker::switchCommand(bool on) const
{
    return Command{m_entity.commandTopic, on ? m_entity.payloadOn : m_entity.payloadOff,
                   m_entity.stateTopic.isEmpty() ? Confirmation::None : Confirmation::OnState};
}

EntityTracker::Command EntityTracker::brightnessCommand(int level) const
{
    const Entity &e = m_entity;
    level = qBound(0, level, qMax(0, e.brightnessMax));
    Command command;
    command.topic = e.brightnessCommandTopic.isEmpty() ? e.commandTopic : e.brightnessCommandTopic;
    command.payload = e.brightnessTemplate;
    command.payload.replace("{value}", QByteArray::number(level));
    if (reportsBrightness(e))
        command.confirmation = Confirmation::Brightness;
    else if (!e.stateTopic.isEmpty() && m_state.on != (level > 0))
        command.confirmation = Confirmation::OnState;
    return command;
}

void EntityTracker::commandSent(quint64 sequence, const Command &command, bool target,
                                std::optional<int> level, qint64 nowMs)
{
    m_sequence = sequence;
    m_confirmation = command.confirmation;
    m_level = level ? qBound(0, *level, qMax(0, m_entity.brightnessMax)) : 0;
    m_reported = false;
    m_previousOn = m_state.on;
    m_previousBrightness = m_state.brightness;
    m_state.commandTarget = target;
    m_state.commandSentMs = nowMs;
    m_state.commandError.clear();
    m_state.command =
        command.confirmation == Confirmation::None ? CommandState::Optimistic : CommandState::Pending;

    // Assume what no report will tell: the on/off of an entity without a
    // state topic, and the level of a light that does not report it.
    m_assumed = false;
    if (m_entity.stateTopic.isEmpty()) {
        m_state.on = target;
        m_assumed = true;
    }
    if (level && !reportsBrightness(m_entity)) {
        m_state.brightness = m_level;
        m_assumed = true;
    }
}

void EntityTracker::commandFailed(quint64 sequence, const QString &error)
{
    if (sequence != m_sequence)
        return;
    if (m_assumed) {
        m_state.on = m_previousOn;
        m_state.brightness = m_previousBrightness;
        m_assumed = false;
    }
    m_state.command = CommandState::Failed;
    m_state.commandError = error;
}

bool EntityTracker::commandTimedOut(quint64 sequence)
{
    if (sequence != m_sequence || m_state.command != CommandState::Pending)
        return false;
    m_state.command = CommandState::TimedOut;
    if (m_reported)
        m_state.commandError =
            QCoreApplication::translate("EntityTracker", "the device reported “%1” instead")
                .arg(m_lastReport);
    else if (!m_lastReport.isEmpty())
        m_state.commandError =
            QCoreApplication::translate("EntityTracker", "no answer from the device; it last reported “%1”")
                .arg(m_lastReport);
    else
        m_state.commandError = QCoreApplication::translate("EntityTracker", "no answer from the device");
    return true;
}

} // namespace homewire::devices
