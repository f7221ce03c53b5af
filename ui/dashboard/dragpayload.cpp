#include "ui/dashboard/dragpayload.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace homewire::ui::dragpayload {

QString tileMimeType()
{
    return QStringLiteral("application/x-homewire-tile");
}

QString roomMimeType()
{
    return QStringLiteral("application/x-homewire-room");
}

QMimeData *tileMimeData(const devices::EntityRef &ref)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ref.deviceId << ref.entityKey;
    auto *mime = new QMimeData;
    mime->setData(tileMimeType(), bytes);
    return mime;
}

QMimeData *roomMimeData(qint64 roomId)
{
    auto *mime = new QMimeData;
    mime->setData(roomMimeType(), QByteArray::number(roomId));
    return mime;
}

std::optional<devices::EntityRef> tileFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(tileMimeType()))
        return std::nullopt;
    QDataStream stream(mime->data(tileMimeType()));
    devices::EntityRef ref;
    stream >> ref.deviceId >> ref.entityKey;
    if (stream.status() != QDataStream::Ok || ref.deviceId.isEmpty())
        return std::nullopt;
    return ref;
}

std::optional<qint64> roomFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(roomMimeType()))
        return std::nullopt;
    bool ok = false;
    const qint64 id = mime->data(roomMimeType()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace homewire::ui::dragpayload
