// Why a topic typed for a device cannot be used, in words a user can act on
// ("“+” and “#” are wildcards…"), following the MQTT rules for topic names
// (a device's command, state and availability topics are each one exact
// topic). Empty text: the topic is fine.
//
// Not here: the rules themselves (mqtt::TopicName), which this defers to
// for anything it has no better words for.
#pragma once

#include <QString>

namespace homewire::ui {

// `required`: an empty topic is a problem (otherwise it means "none").
QString topicProblem(const QString &topic, bool required);

} // namespace homewire::ui
