// What the dashboard's tests share: an in-memory home (DeviceRegistry
// without a database, a DeviceService never started) with rooms and lamps,
// the page shown offscreen at 1366x768, and helpers that read the page as a
// user sees it (room names, tile names in order) or drive it (drag events,
// menu actions). HOMEWIRE_SCREENSHOT_DIR set: screenshots are saved there.
#pragma once

#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "devices/manualdevice.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/roomsection.h"
#include "ui/tiles/entitytile.h"

#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace homewire::testing {

using devices::EntityRef;
using ui::DashboardPage;
using namespace Qt::StringLiterals;

inline devices::Device lamp(const QString &name, const QByteArray &topic)
{
    return devices::makeManualDevice(name, {devices::makeSwitchEntity(name, topic)});
}

inline EntityRef refOf(const devices::Device &device)
{
    return {device.id, device.entities.constFirst().key};
}

// A discovered device, as a convention would announce it.
inline devices::Device discovered(const QString &id, const QString &name, const QString &suggestedRoom)
{
    devices::Device device;
    device.id = QStringLiteral("tasmota/") + id;
    device.name = name;
    device.convention = QStringLiteral("tasmota");
    device.manufacturer = QStringLiteral("Sonoff");
    device.model = QStringLiteral("Basic");
    device.suggestedRoom = suggestedRoom;
    devices::Entity power;
    power.key = QStringLiteral("power");
    power.name = name;
    power.commandTopic = "cmnd/" + id.toUtf8() + "/POWER";
    devices::Entity temperature;
    temperature.key = QStringLiteral("temperature");
    temperature.name = QStringLiteral("Temperature");
    temperature.kind = devices::EntityKind::Sensor;
    temperature.stateTopic = "tele/" + id.toUtf8() + "/SENSOR";
    device.entities = {power, temperature};
    return device;
}

inline QStringList roomNames(const DashboardPage &page)
{
    QStringList names;
    for (const ui::RoomSection *section : page.sections())
        names << section->name();
    return names;
}

// The tile names of one section, in the order shown.
inline QStringList tileNames(const ui::RoomSection *section)
{
    QStringList names;
    for (const ui::EntityTile *tile : section->tiles())
        names << tile->entity().name;
    return names;
}

inline QStringList tileNamesIn(const DashboardPage &page, const QString &room)
{
    for (const ui::RoomSection *section : page.sections()) {
        if (section->name() == room)
            return tileNames(section);
    }
    return {QStringLiteral("<no room %1>").arg(room)};
}

inline ui::RoomSection *sectionNamed(const DashboardPage &page, const QString &room)
{
    for (ui::RoomSection *section : page.sections()) {
        if (section->name() == room)
            return section;
    }
    return nullptr;
}

// Drag events as a window would deliver them to the list that takes drops.
inline void dragTo(QWidget *target, const QPoint &pos, const QMimeData *mime, bool drop)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    if (!drop)
        return;
    QDropEvent event(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
    QVERIFY(event.isAccepted());
}

inline QAction *findAction(QMenu *menu, const QString &name)
{
    return menu->findChild<QAction *>(name);
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

// The base of the dashboard test classes (each adds Q_OBJECT and its slots).
class DashboardTestHome : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<devices::DeviceRegistry> m_registry;
    std::unique_ptr<devices::DeviceService> m_service;
    std::unique_ptr<DashboardPage> m_page;
    qint64 m_office = 0;
    qint64 m_kitchen = 0;
    qint64 m_garden = 0;
    QHash<QString, EntityRef> m_refs; // by tile name

    // Office: Desk lamp, Ceiling, Printer; Kitchen: Kettle; Garden: empty.
    void makeHome()
    {
        m_office = m_registry->addRoom(QStringLiteral("Office"));
        m_kitchen = m_registry->addRoom(QStringLiteral("Kitchen"));
        m_garden = m_registry->addRoom(QStringLiteral("Garden"));
        const QList<std::pair<QString, qint64>> tiles{{QStringLiteral("Desk lamp"), m_office},
                                                      {QStringLiteral("Ceiling"), m_office},
                                                      {QStringLiteral("Printer"), m_office},
                                                      {QStringLiteral("Kettle"), m_kitchen}};
        for (const auto &[name, room] : tiles) {
            const devices::Device device = lamp(name, "home/" + devices::slugOf(name).toUtf8());
            QVERIFY(m_registry->addDevice(device, room));
            m_refs.insert(name, refOf(device));
        }
    }

    DashboardPage *showPage(const QSize &size = QSize(1366, 768))
    {
        m_page = std::make_unique<DashboardPage>(m_registry.get(), m_service.get());
        m_page->resize(size);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        return m_page.get();
    }

    // Dialogs and message boxes the page opens (open(), not exec()).
    template<typename T> T *waitForChild(const QString &name = {})
    {
        QDeadlineTimer deadline(5000);
        T *child = nullptr;
        while (!(child = m_page->findChild<T *>(name)) && !deadline.hasExpired())
            QTest::qWait(10);
        return child;
    }

    // For initTestCase(): QSettings (autoAdd) in a temporary directory.
    void isolateSettings()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    // For init() and cleanup().
    void makeRegistry()
    {
        m_registry = std::make_unique<devices::DeviceRegistry>();
        m_service = std::make_unique<devices::DeviceService>(m_registry.get(),
                                                             QList<devices::DeviceConventionPlugin *>{});
        m_refs.clear();
    }
    void dropAll()
    {
        m_page.reset();
        m_service.reset();
        m_registry.reset();
    }
};

} // namespace homewire::testing
