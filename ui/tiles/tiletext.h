// TileText: the words and numbers dashboard tiles show: relative times
// ("5 minutes ago"), sensor readings with their unit ("21.4 °C"), and what
// a binary sensor's on and off mean for its device class ("Detected",
// "Open"). Pure functions, so tests can check every wording.
//
// Not here: choosing colours or icons, command progress texts (the tiles).
#pragma once

#include "devices/entitystate.h"

#include <QCoreApplication>
#include <QString>

namespace homewire::ui {

class TileText
{
    Q_DECLARE_TR_FUNCTIONS(TileText)

public:
    // "just now", "1 minute ago", "5 minutes ago", "2 hours ago", "3 days ago".
    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // The reading with its unit ("21.4 °C", "230 W"), a text reading as it
    // came ("charging"), or a dash when there is none yet. Numbers keep the
    // decimals the device sent (at most three) in the current locale.
    static QString reading(const devices::EntityState &state, const QString &unit);
    // `value` with `decimals` decimals in the current locale.
    static QString number(double value, int decimals);
    // Decimals to show for a reported reading text ("21.40" -> 2, "230" -> 0).
    static int decimalsOf(const QString &reported);
    // "Detected"/"Clear" (motion, occupancy, presence), "Open"/"Closed"
    // (contact, door, window, opening, garage door), else "On"/"Off".
    static QString binaryState(const QString &deviceClass, bool on);
    // "On" or "Off".
    static QString onOff(bool on);
    // Shown where there is no value yet.
    static QString noValue();
};

} // namespace homewire::ui
