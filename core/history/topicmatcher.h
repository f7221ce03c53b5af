// TopicMatcher: what the explorer's search box asks for, compiled once and
// then tested against many topics (a million on a busy broker), so matching
// avoids allocations where it can.
//
// Modes:
//   Substring          "kitchen" anywhere; case-insensitive unless asked.
//   TopicFilter        an MQTT filter, "home/+/temp", "#", "$SYS/#", with the
//                      specification's rules (mqtt::topicMatches): a filter
//                      matches topic names, so it applies to the topic only.
//   RegularExpression  QRegularExpression; case-insensitive unless asked.
// Scopes: the full topic ("home/kitchen/temp"), the payload (its first
// PayloadScanLimit bytes, read as UTF-8), or both (either may match).
// An empty pattern matches everything.
//
// Not here: walking the tree or deciding what a view shows
// (ui/explorer/topicfilterproxy.h).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace homewire::history {

class TopicNode;

enum class MatchMode : quint8
{
    Substring,
    TopicFilter,
    RegularExpression,
};

enum class MatchScope : quint8
{
    Topic = 0x1,
    Payload = 0x2,
};
Q_DECLARE_FLAGS(MatchScopes, MatchScope)

enum class MatcherError : quint8
{
    InvalidTopicFilter,
    InvalidRegularExpression,
    NoScope,
};

class TopicMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TopicMatcher)

public:
    // Payload bytes a match looks at; a 16 MB payload is not searched whole.
    static constexpr qsizetype PayloadScanLimit = 64 * 1024;

    // Matches everything.
    TopicMatcher() = default;

    // The error message is a sentence for the user, e.g. where the regular
    // expression is broken.
    static Result<TopicMatcher, MatcherError> create(const QString &pattern, MatchMode mode,
                                                     MatchScopes scopes = MatchScope::Topic,
                                                     Qt::CaseSensitivity cs = Qt::CaseInsensitive);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    const QString &pattern() const { return m_pattern; }
    MatchMode mode() const { return m_mode; }
    MatchScopes scopes() const { return m_scopes; }
    // Whether a payload change can change the result.
    bool looksAtPayload() const { return !isEmpty() && m_scopes.testFlag(MatchScope::Payload); }

    [[nodiscard]] bool matches(QByteArrayView topic, QByteArrayView payload = {}) const;
    // A node without a message has no payload; only its topic can match.
    [[nodiscard]] bool matches(const TopicNode &node) const;

private:
    bool matchesText(QByteArrayView text) const;
    bool containsAsciiFolded(QByteArrayView text) const;

    QString m_pattern;
    MatchMode m_mode = MatchMode::Substring;
    MatchScopes m_scopes = MatchScope::Topic;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    QByteArray m_needle; // Substring: the pattern as UTF-8 (lower case when folding ASCII)
    bool m_asciiFold = false;
    QByteArray m_filter; // TopicFilter
    QRegularExpression m_regex;
};

} // namespace homewire::history

Q_DECLARE_OPERATORS_FOR_FLAGS(homewire::history::MatchScopes)
