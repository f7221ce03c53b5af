// Test support: random valid topic names and filters built from given
// levels, for checking a structure against mqtt::topicMatches.
#pragma once

#include "mqtt/topic.h"

#include <QByteArrayList>
#include <QRandomGenerator>

// A random valid filter or topic name of one to `maxLevels` levels; '#' only last.
inline QByteArray randomTopic(QRandomGenerator &rng, const QByteArrayList &levels, bool filter,
                              int maxLevels = 4)
{
    for (;;) {
        const int count = 1 + rng.bounded(maxLevels);
        QByteArrayList picked;
        for (int i = 0; i < count; ++i) {
            QByteArray level = levels.at(rng.bounded(int(levels.size())));
            while (level == "#" && i != count - 1)
                level = levels.at(rng.bounded(int(levels.size())));
            picked.append(level);
        }
        QByteArray text = picked.join('/');
        const bool valid = filter ? homewire::mqtt::TopicFilter::validatePlain(text).hasValue()
                                  : homewire::mqtt::TopicName::validate(text).hasValue();
        if (valid)
            return text;
    }
}
