// Shared by the DeviceRegistry tests: discovered plugs with predictable
// topics, short names for tiles, and a spy on every registry signal.
#pragma once

#include "devices/deviceregistry.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

namespace homewire::devices::test {

using store::Room;

// QSettings in a folder of the test's own while it lives: the registry reads
// preferences (devices/autoAdd), and the user's must stay untouched.
class TemporarySettings
{
public:
    // False when the folder could not be made.
    bool install()
    {
        if (!m_dir.isValid())
            return false;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        return true;
    }

private:
    QTemporaryDir m_dir;
};

inline Entity switchEntity(const QString &key, const QByteArray &state, const QByteArray &command = {})
{
    Entity e;
    e.key = key;
    e.name = key;
    e.stateTopic = state;
    e.commandTopic = command;
    return e;
}

// A discovered plug with one relay per key: state "stat/<id>/<key>",
// command "cmnd/<id>/<key>".
inline Device plug(const QString &id, const QStringList &keys = {QStringLiteral("relay")},
                   const QString &suggestedRoom = {})
{
    Device d;
    d.id = QStringLiteral("tasmota/") + id;
    d.name = id;
    d.convention = QStringLiteral("tasmota");
    d.suggestedRoom = suggestedRoom;
    for (const QString &key : keys)
        d.entities.append(switchEntity(key, QStringLiteral("stat/%1/%2").arg(id, key).toUtf8(),
                                       QStringLiteral("cmnd/%1/%2").arg(id, key).toUtf8()));
    return d;
}

inline EntityRef ref(const Device &d, const QString &key = QStringLiteral("relay"))
{
    return EntityRef{d.id, key};
}

inline QStringList ids(const QList<Device> &devices)
{
    QStringList list;
    for (const Device &d : devices)
        list.append(d.id);
    return list;
}

inline QStringList keys(const QList<EntityRef> &refs)
{
    QStringList list;
    for (const EntityRef &r : refs)
        list.append(r.deviceId.section(QLatin1Char('/'), -1) + QLatin1Char(':') + r.entityKey);
    return list;
}

inline QStringList roomNames(const DeviceRegistry &registry)
{
    QStringList names;
    for (const Room &room : registry.rooms())
        names.append(room.name);
    return names;
}

struct Spies
{
    explicit Spies(DeviceRegistry *r)
        : layout(r, &DeviceRegistry::layoutChanged)
        , fresh(r, &DeviceRegistry::newDevicesChanged)
        , accepted(r, &DeviceRegistry::acceptedDevicesChanged)
        , changed(r, &DeviceRegistry::deviceChanged)
        , loaded(r, &DeviceRegistry::loaded)
        , failed(r, &DeviceRegistry::storeFailed)
    {}
    // layoutChanged, newDevicesChanged, acceptedDevicesChanged, deviceChanged
    QList<qsizetype> counts() const { return {layout.size(), fresh.size(), accepted.size(), changed.size()}; }
    void clear()
    {
        for (QSignalSpy *spy : {&layout, &fresh, &accepted, &changed, &loaded, &failed})
            spy->clear();
    }
    QSignalSpy layout, fresh, accepted, changed, loaded, failed;
};

using Counts = QList<qsizetype>;

inline bool openAndWait(DeviceRegistry &registry, const QString &path)
{
    QSignalSpy loaded(&registry, &DeviceRegistry::loaded);
    registry.open(path);
    return loaded.wait(10000) || loaded.size() == 1;
}

} // namespace homewire::devices::test
