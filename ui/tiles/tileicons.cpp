#include "tileicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace homewire::ui {

namespace {

QString iconForClass(const QString &deviceClass, bool on)
{
    static const QHash<QString, QString> byClass = {
        {QStringLiteral("lamp"), QStringLiteral("lamp")},
        {QStringLiteral("light"), QStringLiteral("lamp")},
        {QStringLiteral("dimmer"), QStringLiteral("dimmer")},
        {QStringLiteral("switch"), QStringLiteral("switch")},
        {QStringLiteral("relay"), QStringLiteral("switch")},
        {QStringLiteral("plug"), QStringLiteral("plug")},
        {QStringLiteral("outlet"), QStringLiteral("plug")},
        {QStringLiteral("fan"), QStringLiteral("fan")},
        {QStringLiteral("heater"), QStringLiteral("heater")},
        {QStringLiteral("heating"), QStringLiteral("heater")},
        {QStringLiteral("temperature"), QStringLiteral("thermometer")},
        {QStringLiteral("humidity"), QStringLiteral("humidity")},
        {QStringLiteral("moisture"), QStringLiteral("humidity")},
        {QStringLiteral("power"), QStringLiteral("power")},
        {QStringLiteral("current"), QStringLiteral("power")},
        {QStringLiteral("voltage"), QStringLiteral("power")},
        {QStringLiteral("energy"), QStringLiteral("energy")},
        {QStringLiteral("battery"), QStringLiteral("battery")},
        {QStringLiteral("illuminance"), QStringLiteral("illuminance")},
        {QStringLiteral("motion"), QStringLiteral("motion")},
        {QStringLiteral("occupancy"), QStringLiteral("motion")},
        {QStringLiteral("presence"), QStringLiteral("motion")},
        {QStringLiteral("contact"), QStringLiteral("contact")},
        {QStringLiteral("door"), QStringLiteral("contact")},
        {QStringLiteral("window"), QStringLiteral("contact")},
        {QStringLiteral("opening"), QStringLiteral("contact")},
        {QStringLiteral("garage_door"), QStringLiteral("contact")},
    };
    const QString name = byClass.value(deviceClass.toLower());
    if (name == QLatin1String("lamp") && on)
        return QStringLiteral("lamp-on");
    return name;
}

QString iconForKind(devices::EntityKind kind, bool on)
{
    switch (kind) {
    case devices::EntityKind::Switch:
        return QStringLiteral("switch");
    case devices::EntityKind::Light:
        return on ? QStringLiteral("lamp-on") : QStringLiteral("lamp");
    case devices::EntityKind::Sensor:
    case devices::EntityKind::BinarySensor:
        break;
    }
    return QStringLiteral("sensor");
}

} // namespace

QString deviceIconPath(const devices::Entity &entity, bool on)
{
    QString name = iconForClass(entity.deviceClass, on);
    if (name.isEmpty())
        name = iconForKind(entity.kind, on);
    return QStringLiteral(":/icons/devices/%1.svg").arg(name);
}

QPixmap tintedIcon(const QString &path, const QColor &color, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("homewire-tile:%1:%2:%3:%4")
                            .arg(path, color.name(QColor::HexArgb))
                            .arg(size)
                            .arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;

    // Rendered at device pixels so a 4K screen gets crisp lines, not a
    // scaled-up bitmap.
    const int pixels = qMax(1, qRound(size * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();

    pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace homewire::ui
