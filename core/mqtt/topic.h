// Topic names and topic filters (3.1.1 section 4.7, 5.0 section 4.7/4.8).
//
// TopicName is what a PUBLISH is sent to; it never contains wildcards.
// TopicFilter is what a SUBSCRIBE asks for; it may contain wildcards and may be
// a shared subscription "$share/{ShareName}/{filter}".
//
// Wildcard rules, with the spec's own examples:
//   '#' multi-level: matches the parent and any number of child levels; it must
//       be the last character and occupy a whole level (MQTT-4.7.1-2).
//       "sport/tennis/player1/#" matches "sport/tennis/player1",
//       "sport/tennis/player1/ranking" and "sport/tennis/player1/score/wimbledon".
//       "sport/#" matches "sport"; "#" matches every topic not starting with '$'.
//       "sport/tennis#" and "sport/tennis/#/ranking" are invalid.
//   '+' single-level: matches exactly one level, possibly empty, and must occupy a
//       whole level (MQTT-4.7.1-3). "sport/tennis/+" matches
//       "sport/tennis/player1" but not "sport/tennis/player1/ranking";
//       "sport/+" does not match "sport" but matches "sport/"; "+/+" and "/+"
//       match "/finance"; "+" does not. "sport+" is invalid.
//   '$' topics: a filter starting with a wildcard does not match a topic name
//       starting with '$' (MQTT-4.7.2-1): "#" and "+/monitor/Clients" do not
//       match "$SYS/monitor/Clients"; "$SYS/#" and "$SYS/monitor/+" do.
// Both are 1..65535 bytes of valid UTF-8 without U+0000 (MQTT-4.7.3-1..3).
// Topics are case sensitive and spaces are ordinary characters.
#pragma once

#include "codecerror.h"

#include <QByteArray>
#include <QByteArrayView>

namespace homewire::mqtt {

class TopicName
{
public:
    TopicName() = default;
    explicit TopicName(QByteArray name) : m_name(std::move(name)) {}

    [[nodiscard]] bool isValid() const { return validate(m_name).hasValue(); }
    static CodecResult<void> validate(QByteArrayView name);

    const QByteArray &bytes() const { return m_name; }
    bool isSystemTopic() const { return m_name.startsWith('$'); }

    friend bool operator==(const TopicName &, const TopicName &) = default;

private:
    QByteArray m_name;
};

class TopicFilter
{
public:
    TopicFilter() = default;
    explicit TopicFilter(QByteArray filter) : m_filter(std::move(filter)) {}

    // Valid as a plain filter or as a shared subscription.
    [[nodiscard]] bool isValid() const { return validate(m_filter).hasValue(); }
    static CodecResult<void> validate(QByteArrayView filter);
    // A filter without the $share form: only the wildcard rules.
    static CodecResult<void> validatePlain(QByteArrayView filter);

    const QByteArray &bytes() const { return m_filter; }
    bool hasWildcards() const;

    // "$share/{ShareName}/{filter}" (MQTT 5.0 section 4.8.2).
    bool isShared() const;
    QByteArray shareName() const;  // empty unless shared
    TopicFilter plainFilter() const; // the filter part; itself when not shared

    // Whether a topic name matches. A shared filter matches by its plain part.
    [[nodiscard]] bool matches(const TopicName &name) const { return matches(name.bytes()); }
    [[nodiscard]] bool matches(QByteArrayView topicName) const;

    friend bool operator==(const TopicFilter &, const TopicFilter &) = default;

private:
    QByteArray m_filter;
};

// Matching on raw bytes for callers that already validated both sides.
bool topicMatches(QByteArrayView filter, QByteArrayView topicName);

} // namespace homewire::mqtt
