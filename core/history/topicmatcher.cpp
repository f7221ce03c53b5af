#include "topicmatcher.h"

#include "mqtt/topic.h"
#include "topicnode.h"

#include <algorithm>

namespace homewire::history {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

Result<TopicMatcher, MatcherError> TopicMatcher::create(const QString &pattern, MatchMode mode,
                                                        MatchScopes scopes, Qt::CaseSensitivity cs)
{
    TopicMatcher matcher;
    matcher.m_pattern = pattern;
    matcher.m_mode = mode;
    matcher.m_scopes = scopes;
    matcher.m_cs = cs;
    if (pattern.isEmpty())
        return matcher;
    if (!scopes.testFlag(MatchScope::Topic) && !scopes.testFlag(MatchScope::Payload))
        return makeError(MatcherError::NoScope, tr("Choose whether to search topics, payloads or both."));

    switch (mode) {
    case MatchMode::Substring:
        // An ASCII pattern folds case byte by byte on the raw UTF-8: bytes of
        // multi-byte sequences are >= 0x80 and never equal an ASCII byte.
        matcher.m_asciiFold = cs == Qt::CaseInsensitive && isAscii(pattern);
        matcher.m_needle = matcher.m_asciiFold ? pattern.toLower().toUtf8() : pattern.toUtf8();
        break;
    case MatchMode::TopicFilter: {
        if (!scopes.testFlag(MatchScope::Topic))
            return makeError(MatcherError::NoScope,
                             tr("A topic filter matches topic names; include topics in the search."));
        matcher.m_filter = pattern.toUtf8();
        if (auto valid = mqtt::TopicFilter::validatePlain(matcher.m_filter); !valid)
            return makeError(MatcherError::InvalidTopicFilter,
                             tr("Invalid topic filter: %1").arg(valid.error().message));
        break;
    }
    case MatchMode::RegularExpression: {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (cs == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        matcher.m_regex = QRegularExpression(pattern, options);
        if (!matcher.m_regex.isValid())
            return makeError(MatcherError::InvalidRegularExpression,
                             tr("Invalid regular expression at character %1: %2")
                                 .arg(matcher.m_regex.patternErrorOffset() + 1)
                                 .arg(matcher.m_regex.errorString()));
        matcher.m_regex.optimize();
        break;
    }
    }
    return matcher;
}

bool TopicMatcher::matches(QByteArrayView topic, QByteArrayView payload) const
{
    if (isEmpty())
        return true;
    if (m_mode == MatchMode::TopicFilter)
        return mqtt::topicMatches(m_filter, topic);
    if (m_scopes.testFlag(MatchScope::Topic) && matchesText(topic))
        return true;
    return m_scopes.testFlag(MatchScope::Payload) &&
           matchesText(payload.first(std::min(payload.size(), PayloadScanLimit)));
}

bool TopicMatcher::matches(const TopicNode &node) const
{
    if (isEmpty())
        return true;
    if (node.hasMessage())
        return matches(node.topicView(), node.payload());
    if (m_mode == MatchMode::TopicFilter)
        return mqtt::topicMatches(m_filter, node.topicView());
    return m_scopes.testFlag(MatchScope::Topic) && matchesText(node.topicView());
}

bool TopicMatcher::matchesText(QByteArrayView text) const
{
    switch (m_mode) {
    case MatchMode::Substring:
        if (m_asciiFold)
            return containsAsciiFolded(text);
        if (m_cs == Qt::CaseSensitive)
            return text.contains(m_needle);
        return QString::fromUtf8(text).contains(m_pattern, Qt::CaseInsensitive);
    case MatchMode::RegularExpression:
        return m_regex.match(QString::fromUtf8(text)).hasMatch();
    case MatchMode::TopicFilter:
        break;
    }
    return false;
}

bool TopicMatcher::containsAsciiFolded(QByteArrayView text) const
{
    const qsizetype n = text.size();
    const qsizetype m = m_needle.size();
    const char first = m_needle.front();
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (asciiLower(text[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < m && asciiLower(text[i + j]) == m_needle[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

} // namespace homewire::history
