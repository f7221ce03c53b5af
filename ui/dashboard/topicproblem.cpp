#include "ui/dashboard/topicproblem.h"

#include "mqtt/topic.h"

#include <QCoreApplication>

namespace homewire::ui {

namespace {

// The translation context of the messages.
class TopicProblem
{
    Q_DECLARE_TR_FUNCTIONS(TopicProblem)
};

} // namespace

QString topicProblem(const QString &topic, bool required)
{
    if (topic.isEmpty())
        return required ? TopicProblem::tr("Enter the topic, e.g. home/office/lamp.") : QString();
    if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
        return TopicProblem::tr(
            "“+” and “#” are wildcards for subscribing to many topics; a device listens and reports "
            "on one exact topic, so they cannot be used here.");
    if (topic.startsWith(QLatin1Char('$')))
        return TopicProblem::tr(
            "Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.");
    if (topic.contains(QChar(0)))
        return TopicProblem::tr("A topic cannot contain the null character.");
    if (topic.front().isSpace() || topic.back().isSpace())
        return TopicProblem::tr(
            "The topic starts or ends with a space. Spaces count as part of a topic, so this is "
            "almost certainly not what the device uses.");
    const QByteArray bytes = topic.toUtf8();
    if (bytes.size() > 65535)
        return TopicProblem::tr("The topic is too long: MQTT allows at most 65,535 bytes.");
    if (!mqtt::TopicName(bytes).isValid())
        return TopicProblem::tr("This is not a valid MQTT topic name.");
    return {};
}

} // namespace homewire::ui
