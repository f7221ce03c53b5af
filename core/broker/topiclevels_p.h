// Internal: walking a topic name or filter level by level without copying.
#pragma once

#include <QByteArrayView>

namespace homewire::broker::detail {

// One level of a topic or filter, and where the next level starts
// (text.size() + 1 when this was the last one).
struct Level
{
    QByteArrayView text;
    qsizetype next;
};

inline Level levelAt(QByteArrayView text, qsizetype start)
{
    qsizetype end = text.indexOf('/', start);
    if (end < 0)
        end = text.size();
    return {text.sliced(start, end - start), end + 1};
}

} // namespace homewire::broker::detail
