// What the dashboard carries in a drag: a tile (device id and entity key) or
// a room (its id), each under a private MIME type so nothing outside the
// dashboard accepts it and the dashboard accepts nothing else.
//
// Not here: starting drags or handling drops (DashboardPage, RoomSection,
// RoomList).
#pragma once

#include "devices/entitystate.h"

#include <QString>
#include <optional>

class QMimeData;

namespace homewire::ui::dragpayload {

QString tileMimeType();
QString roomMimeType();

// The caller owns the returned object (QDrag takes it).
QMimeData *tileMimeData(const devices::EntityRef &ref);
QMimeData *roomMimeData(qint64 roomId);

std::optional<devices::EntityRef> tileFrom(const QMimeData *mime);
std::optional<qint64> roomFrom(const QMimeData *mime);

} // namespace homewire::ui::dragpayload
