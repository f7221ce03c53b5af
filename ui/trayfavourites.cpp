#include "trayfavourites.h"

#include "devices/deviceregistry.h"

#include <QSettings>
#include <QUrl>

namespace homewire::ui {

using devices::EntityRef;

namespace {

const QString FavouritesKey = QStringLiteral("tray/favourites");
constexpr char Separator = '#';

// Percent-encoded but for the characters of an MQTT-ish id, so the setting
// stays readable: "tasmota/tasmota_5A3F2C#power".
QByteArray encodePart(const QString &part)
{
    return QUrl::toPercentEncoding(part, "/:@!$&'()*+,;=");
}

} // namespace

TrayFavourites::TrayFavourites(devices::DeviceRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    const QStringList stored = QSettings().value(FavouritesKey).toStringList();
    for (const QString &text : stored) {
        const std::optional<EntityRef> ref = fromSetting(text);
        if (ref && !m_refs.contains(*ref))
            m_refs.append(*ref);
    }
    connect(m_registry, &devices::DeviceRegistry::loaded, this, &TrayFavourites::prune);
    connect(m_registry, &devices::DeviceRegistry::layoutChanged, this, &TrayFavourites::prune);
    connect(m_registry, &devices::DeviceRegistry::deviceChanged, this, &TrayFavourites::prune);
    connect(m_registry, &devices::DeviceRegistry::acceptedDevicesChanged, this, &TrayFavourites::prune);
    prune();
}

bool TrayFavourites::canBeFavourite(const EntityRef &ref) const
{
    const store::StoredDevice *stored = m_registry->device(ref.deviceId);
    if (!stored || stored->status != store::DeviceStatus::Accepted)
        return false;
    const devices::Entity *entity = stored->device.entity(ref.entityKey);
    return entity && entity->isCommandable();
}

bool TrayFavourites::setFavourite(const EntityRef &ref, bool favourite)
{
    if (favourite == m_refs.contains(ref))
        return true;
    if (favourite) {
        if (!canBeFavourite(ref))
            return false;
        m_refs.append(ref);
        m_seen.insert(ref);
    } else {
        m_refs.removeOne(ref);
    }
    save();
    emit changed();
    return true;
}

QList<EntityRef> TrayFavourites::ordered() const
{
    QList<EntityRef> refs;
    if (m_refs.isEmpty())
        return refs;
    for (const store::Room &room : m_registry->rooms()) {
        for (const EntityRef &ref : m_registry->tiles(room.id)) {
            if (m_refs.contains(ref) && canBeFavourite(ref))
                refs.append(ref);
        }
    }
    return refs;
}

QString TrayFavourites::toSetting(const EntityRef &ref)
{
    return QString::fromLatin1(encodePart(ref.deviceId) + Separator + encodePart(ref.entityKey));
}

std::optional<EntityRef> TrayFavourites::fromSetting(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(Separator));
    if (parts.size() != 2)
        return std::nullopt;
    const EntityRef ref{QUrl::fromPercentEncoding(parts.at(0).toLatin1()),
                        QUrl::fromPercentEncoding(parts.at(1).toLatin1())};
    // Only the form toSetting() writes: one text, one reference.
    if (ref.deviceId.isEmpty() || ref.entityKey.isEmpty() || toSetting(ref) != text)
        return std::nullopt;
    return ref;
}

void TrayFavourites::prune()
{
    // Before devices.db is read the registry knows only part of the home:
    // what it has not known yet may still come.
    QList<EntityRef> gone;
    for (const EntityRef &ref : std::as_const(m_refs)) {
        if (canBeFavourite(ref))
            m_seen.insert(ref);
        else if (m_registry->isLoaded() || m_seen.contains(ref))
            gone.append(ref);
    }
    if (gone.isEmpty())
        return;
    for (const EntityRef &ref : std::as_const(gone)) {
        m_refs.removeOne(ref);
        m_seen.remove(ref);
    }
    save();
    emit changed();
}

void TrayFavourites::save() const
{
    QStringList texts;
    for (const EntityRef &ref : m_refs)
        texts.append(toSetting(ref));
    QSettings settings;
    if (texts.isEmpty())
        settings.remove(FavouritesKey);
    else
        settings.setValue(FavouritesKey, texts);
}

} // namespace homewire::ui
