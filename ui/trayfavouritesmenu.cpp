#include "trayfavouritesmenu.h"

#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "ui/tiles/tiletext.h"
#include "ui/trayfavourites.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QMenu>

namespace homewire::ui {

using devices::Availability;
using devices::CommandState;
using devices::EntityRef;
using devices::EntityState;

TrayFavouritesMenu::TrayFavouritesMenu(TrayFavourites *favourites, devices::DeviceService *service,
                                       TrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_favourites(favourites)
    , m_registry(favourites->registry())
    , m_service(service)
    , m_tray(tray)
    , m_menu(tray->menu())
{
    connect(m_favourites, &TrayFavourites::changed, this, &TrayFavouritesMenu::rebuild);
    connect(m_registry, &devices::DeviceRegistry::layoutChanged, this, &TrayFavouritesMenu::rebuild);
    connect(m_registry, &devices::DeviceRegistry::deviceChanged, this, &TrayFavouritesMenu::rebuild);
    connect(m_registry, &devices::DeviceRegistry::loaded, this, &TrayFavouritesMenu::rebuild);
    connect(m_service, &devices::DeviceService::statesChanged, this, &TrayFavouritesMenu::applyStates);
    connect(m_service, &devices::DeviceService::connectionChanged, this, &TrayFavouritesMenu::updateAll);
    rebuild();
}

TrayFavouritesMenu::~TrayFavouritesMenu()
{
    clear();
}

void TrayFavouritesMenu::clear()
{
    QList<QAction *> actions = std::exchange(m_order, {});
    actions << std::exchange(m_header, nullptr) << std::exchange(m_separator, nullptr);
    m_entries.clear();
    for (QAction *action : std::as_const(actions)) {
        if (!action)
            continue;
        if (m_menu)
            m_menu->removeAction(action);
        // Later: the change may come from a slot of the menu's own entries.
        action->deleteLater();
    }
}

void TrayFavouritesMenu::rebuild()
{
    clear();
    QList<std::pair<EntityRef, QString>> placed; // with the room's name
    for (const store::Room &room : m_registry->rooms()) {
        for (const EntityRef &ref : m_registry->tiles(room.id)) {
            if (m_favourites->contains(ref) && m_favourites->canBeFavourite(ref))
                placed.append({ref, room.name});
        }
    }
    if (placed.isEmpty())
        return;

    m_header = new QAction(this);
    m_header->setObjectName(QStringLiteral("trayFavouritesHeader"));
    m_header->setEnabled(false); // a heading, not a command
    m_tray->insertAboveBroker(m_header);
    for (const auto &[ref, room] : std::as_const(placed)) {
        auto *entry = new QAction(label(ref, room), this);
        entry->setObjectName(QStringLiteral("trayFavourite:%1/%2").arg(ref.deviceId, ref.entityKey));
        entry->setCheckable(true);
        connect(entry, &QAction::triggered, this, [this, ref] { toggle(ref); });
        m_tray->insertAboveBroker(entry);
        m_order.append(entry);
        m_entries.insert(ref, entry);
    }
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_tray->insertAboveBroker(m_separator);
    updateAll();
}

QString TrayFavouritesMenu::label(const EntityRef &ref, const QString &room) const
{
    // The names the tile shows: the entity's, and its device's when that differs.
    const store::StoredDevice *stored = m_registry->device(ref.deviceId);
    const devices::Entity *entity = stored ? stored->device.entity(ref.entityKey) : nullptr;
    if (!entity)
        return room;
    const QString &device = stored->device.name;
    const QString name = device.isEmpty() || device == entity->name
                             ? entity->name
                             //: An entity of a device: "Power (Bathroom heater)".
                             : tr("%1 (%2)").arg(entity->name, device);
    //: A favourite in the tray menu: "Desk lamp — Office".
    return tr("%1 — %2").arg(name, room);
}

void TrayFavouritesMenu::updateAll()
{
    if (!m_header)
        return;
    m_header->setText(m_service->isConnected() ? tr("Favourites")
                                               : tr("Favourites · not connected to the broker"));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        updateEntry(it.value(), m_service->state(it.key()));
}

void TrayFavouritesMenu::applyStates(const QList<EntityState> &states)
{
    for (const EntityState &state : states) {
        if (QAction *entry = m_entries.value(state.ref))
            updateEntry(entry, state);
    }
}

void TrayFavouritesMenu::updateEntry(QAction *entry, const EntityState &state)
{
    const QString reason = unavailableReason(state.ref, state);
    entry->setEnabled(reason.isEmpty());
    entry->setChecked(state.on.value_or(false));
    const QString tip = reason.isEmpty() ? stateText(state) : reason;
    entry->setToolTip(tip);
    entry->setStatusTip(tip);
}

QString TrayFavouritesMenu::unavailableReason(const EntityRef &ref, const EntityState &state) const
{
    if (!m_service->isConnected())
        return tr("Not connected to the broker");
    if (state.availability == Availability::Offline)
        return tr("Offline");
    // Without an availability topic Unknown is all there will ever be, and
    // the device counts as there (as on its tile).
    const devices::Entity *entity = m_registry->entity(ref);
    if (state.availability == Availability::Unknown && entity && !entity->availabilityTopic.isEmpty())
        return tr("Not heard from yet: the device has not said whether it is online");
    return {};
}

QString TrayFavouritesMenu::stateText(const EntityState &state)
{
    switch (state.command) {
    case CommandState::Pending:
        return state.commandTarget ? tr("Turning on…") : tr("Turning off…");
    case CommandState::TimedOut:
        return tr("No answer from the device");
    case CommandState::Failed:
        return state.commandError.isEmpty() ? tr("The command could not be sent")
                                            //: The reason comes as a fragment: "not connected to a broker".
                                            : tr("Not sent: %1").arg(state.commandError);
    case CommandState::Optimistic:
        return state.commandTarget ? tr("On · assumed (no state topic)")
                                   : tr("Off · assumed (no state topic)");
    case CommandState::Idle:
    case CommandState::Confirmed:
        break;
    }
    return state.on ? TileText::onOff(*state.on) : tr("No report yet");
}

void TrayFavouritesMenu::toggle(const EntityRef &ref)
{
    // The menu has already flipped the check mark; it shows what the device
    // reports, so it goes back until the device says otherwise.
    const EntityState state = m_service->state(ref);
    if (QAction *entry = m_entries.value(ref))
        updateEntry(entry, state);
    if (!unavailableReason(ref, state).isEmpty())
        return;
    m_service->setSwitch(ref, !state.shownOn());
}

} // namespace homewire::ui
