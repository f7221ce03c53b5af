#include "ui/dashboard/dashboardpage.h"

#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "ui/dashboard/adddevicedialog.h"
#include "ui/dashboard/badgebutton.h"
#include "ui/dashboard/brokerdialog.h"
#include "ui/dashboard/connectionindicator.h"
#include "ui/dashboard/dragpayload.h"
#include "ui/dashboard/newdevicespanel.h"
#include "ui/dashboard/roomlist.h"
#include "ui/dashboard/roomnamedialog.h"
#include "ui/dashboard/roomsection.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/tiles/entitytile.h"
#include "ui/trayfavourites.h"

#include <QApplication>
#include <QCheckBox>
#include <QDrag>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace homewire::ui {

using devices::EntityRef;

namespace {

constexpr int AutoScrollMargin = 48;
constexpr int AutoScrollStep = 16;
constexpr int AutoScrollIntervalMs = 30;
constexpr int EmptyStateWidth = 560;
constexpr int TitleGap = 8;         // between the title and the connection line
constexpr int ConnectionRoom = 260; // the connection line's least width on a one-row header

} // namespace

DashboardPage::DashboardPage(devices::DeviceRegistry *registry, devices::DeviceService *service,
                             QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_service(service)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_emptyState = createEmptyState();
    m_list = new RoomList(m_emptyState);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_newDevices = new NewDevicesPanel(registry, this);
    m_newDevices->hide();
    m_autoScroll = new QTimer(this);
    m_autoScroll->setInterval(AutoScrollIntervalMs);
    connect(m_autoScroll, &QTimer::timeout, this, &DashboardPage::autoScrollStep);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_scroll, 1);
    body->addWidget(m_newDevices);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);

    connect(m_list, &RoomList::roomDropped, this, &DashboardPage::dropRoom);
    connect(m_list, &RoomList::tileDropped, this, &DashboardPage::dropTile);
    connect(m_registry, &devices::DeviceRegistry::layoutChanged, this, &DashboardPage::scheduleRebuild);
    connect(m_registry, &devices::DeviceRegistry::loaded, this, &DashboardPage::scheduleRebuild);
    connect(m_registry, &devices::DeviceRegistry::deviceChanged, this, [this](const QString &deviceId) {
        m_staleDevices.insert(deviceId);
        scheduleRebuild();
    });
    connect(m_registry, &devices::DeviceRegistry::newDevicesChanged, this,
            &DashboardPage::updateNewDevicesCount);
    connect(m_service, &devices::DeviceService::statesChanged, this, &DashboardPage::applyStates);
    connect(m_service, &devices::DeviceService::connectionChanged, this, &DashboardPage::updateConnection);
    updateConnection();
    updateNewDevicesCount();
    rebuild();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeHeader();
}

void DashboardPage::arrangeHeader()
{
    const QList<QWidget *> actions{m_autoAdd, m_addRoom, m_addDevice, m_newDevicesButton};
    // What one row needs: the title, room for the connection line to say
    // something, and every visible control at its natural width.
    const int spacing = m_headerTop->spacing();
    const QMargins margins = m_title->parentWidget()->layout()->contentsMargins();
    int needed =
        margins.left() + margins.right() + m_title->sizeHint().width() + TitleGap + spacing + ConnectionRoom;
    for (QWidget *widget : QList<QWidget *>{m_changeBroker} + actions) {
        if (!widget->isHidden())
            needed += widget->sizeHint().width() + spacing;
    }
    const int rows = width() >= needed ? 1 : 2;
    if (rows == m_headerRows)
        return;
    m_headerRows = rows;
    for (QWidget *widget : actions) {
        m_headerTop->removeWidget(widget);
        m_headerBottom->removeWidget(widget);
    }
    while (QLayoutItem *item = m_headerBottom->takeAt(0))
        delete item; // spacers only: the widgets were taken out above
    if (rows == 1) {
        for (QWidget *widget : actions)
            m_headerTop->addWidget(widget);
    } else {
        // The switch on the left, the buttons on the right.
        m_headerBottom->addWidget(m_autoAdd);
        m_headerBottom->addStretch(1);
        for (QWidget *widget : actions.mid(1))
            m_headerBottom->addWidget(widget);
    }
}

QWidget *DashboardPage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("dashboardHeader"));
    auto *title = new QLabel(tr("Dashboard"), header);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_connection = new ConnectionIndicator(header);
    m_changeBroker = new QPushButton(tr("Change broker…"), header);
    m_changeBroker->setObjectName(QStringLiteral("changeBroker"));
    m_changeBroker->setFlat(true);
    m_changeBroker->setToolTip(tr("Choose the broker the dashboard's devices are on"));
    m_changeBroker->hide(); // until setProfiles()
    connect(m_changeBroker, &QPushButton::clicked, this, &DashboardPage::showBrokerDialog);

    m_addDevice = new QPushButton(tr("Add device…"), header);
    m_addDevice->setObjectName(QStringLiteral("addDevice"));
    connect(m_addDevice, &QPushButton::clicked, this, &DashboardPage::showAddDeviceDialog);
    m_addRoom = new QPushButton(tr("Add room…"), header);
    m_addRoom->setObjectName(QStringLiteral("addRoom"));
    connect(m_addRoom, &QPushButton::clicked, this, &DashboardPage::showAddRoomDialog);
    m_newDevicesButton = new BadgeButton(tr("New devices"), header);
    m_newDevicesButton->setObjectName(QStringLiteral("newDevices"));
    m_newDevicesButton->setCheckable(true);
    m_newDevicesButton->setToolTip(tr("Devices that announced themselves and wait for a room"));
    connect(m_newDevicesButton, &QPushButton::toggled, m_newDevices, &QWidget::setVisible);
    m_autoAdd = new QCheckBox(tr("Add discovered devices automatically"), header);
    m_autoAdd->setObjectName(QStringLiteral("autoAdd"));
    m_autoAdd->setToolTip(tr("New devices go straight onto the dashboard, into the room they suggest"));
    m_autoAdd->setChecked(m_registry->autoAdd());
    connect(m_autoAdd, &QCheckBox::toggled, m_registry, &devices::DeviceRegistry::setAutoAdd);

    m_title = title;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(24, 16, 24, 8);
    layout->setSpacing(8);
    m_headerTop = new QHBoxLayout;
    m_headerTop->setSpacing(12);
    m_headerBottom = new QHBoxLayout;
    m_headerBottom->setSpacing(12);
    layout->addLayout(m_headerTop);
    layout->addLayout(m_headerBottom);
    m_headerTop->addWidget(title);
    m_headerTop->addSpacing(TitleGap);
    // The connection line takes the free width (a long text elides).
    m_headerTop->addWidget(m_connection, 1);
    m_headerTop->addWidget(m_changeBroker);
    arrangeHeader();
    return header;
}

QWidget *DashboardPage::createEmptyState()
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("emptyState"));
    box->setFixedWidth(EmptyStateWidth);
    auto *title = new QLabel(tr("Nothing on your dashboard yet"), box);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text =
        new ToneLabel(ToneLabel::Tone::Secondary,
                      tr("Devices that announce themselves on the broker (Home Assistant discovery, "
                         "Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as "
                         "they are online: choose a room and accept them. For any other device, add it "
                         "by hand with its MQTT topic."),
                      box);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("Add device…"), box);
    add->setObjectName(QStringLiteral("emptyAddDevice"));
    connect(add, &QPushButton::clicked, this, &DashboardPage::showAddDeviceDialog);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(24, 32, 24, 32);
    // The wrapped text's height at the box's one width: layouts size by
    // minimum sizes, which do not follow word wrapping.
    text->setMinimumHeight(text->heightForWidth(EmptyStateWidth - 48));
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    return box;
}

void DashboardPage::setProfiles(store::ProfileStore *profiles, store::SecretStore *secrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
    m_changeBroker->setVisible(profiles && secrets);
    m_headerRows = 0; // one more control to fit
    arrangeHeader();
}

void DashboardPage::showBrokerDialog()
{
    if (!m_profiles || !m_secrets)
        return;
    auto *dialog = new BrokerDialog(*m_profiles, *m_secrets, m_service->profile().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit brokerChosen(dialog->chosenProfile()); });
    dialog->open();
}

QString DashboardPage::connectionText() const
{
    return m_connection->text();
}

void DashboardPage::updateConnection()
{
    const bool connected = m_service->isConnected();
    const QString error = m_service->lastError();
    const bool started = connected || !error.isEmpty() || m_service->profile() != client::ConnectionProfile();
    m_connection->setState(m_service->profile(), started, connected, error);
}

void DashboardPage::updateNewDevicesCount()
{
    m_newDevicesButton->setCount(int(m_registry->newDevices().size()));
}

QList<RoomSection *> DashboardPage::sections() const
{
    return m_list->sections();
}

void DashboardPage::scheduleRebuild()
{
    // Deferred: the change may come from a tile's own menu or a drop on a
    // section that the rebuild would take away under it.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &DashboardPage::rebuild);
}

void DashboardPage::rebuild()
{
    m_rebuildPending = false;
    const int scroll = m_scroll->verticalScrollBar()->value();
    // The focused tile (or a control in it) gets the focus back afterwards:
    // moving a tile to another room reparents it, which drops the focus.
    std::optional<EntityRef> focused;
    for (QWidget *w = QApplication::focusWidget(); w && !focused; w = w->parentWidget()) {
        if (auto *tile = qobject_cast<EntityTile *>(w); tile && m_tiles.value(tile->ref()) == tile)
            focused = tile->ref();
    }

    // Sections and tiles that are still wanted are kept (with their state,
    // focus and animations); the others go.
    QHash<EntityRef, EntityTile *> oldTiles = std::exchange(m_tiles, {});
    for (auto it = oldTiles.begin(); it != oldTiles.end();) {
        if (m_staleDevices.contains(it.key().deviceId)) {
            discard(it.value());
            it = oldTiles.erase(it);
        } else {
            ++it;
        }
    }
    m_staleDevices.clear();
    QHash<qint64, RoomSection *> oldSections = std::exchange(m_sections, {});
    QList<RoomSection *> sections;
    const QList<store::Room> rooms = m_registry->rooms();
    for (int i = 0; i < rooms.size(); ++i) {
        RoomSection *section = oldSections.take(rooms.at(i).id);
        if (!section)
            section = createSection(rooms.at(i).id);
        section->setRoom(rooms.at(i).name, i > 0, i + 1 < rooms.size());
        section->setTiles(takeTiles(rooms.at(i).id, &oldTiles));
        m_sections.insert(rooms.at(i).id, section);
        sections.append(section);
    }
    for (EntityTile *tile : std::as_const(oldTiles))
        discard(tile);
    for (RoomSection *section : std::as_const(oldSections))
        discard(section);
    m_list->setSections(sections);
    m_list->setEmptyStateVisible(m_tiles.isEmpty());
    updateTabOrder();

    // Keep the user where they were: let the scroll area learn the new
    // height before restoring the position.
    m_list->layout()->activate();
    m_list->adjustSize();
    m_scroll->verticalScrollBar()->setValue(scroll);
    if (focused) {
        if (EntityTile *tile = m_tiles.value(*focused))
            tile->setFocus(Qt::OtherFocusReason);
    }
}

QList<EntityTile *> DashboardPage::takeTiles(qint64 roomId, QHash<EntityRef, EntityTile *> *oldTiles)
{
    QList<EntityTile *> tiles;
    for (const EntityRef &ref : m_registry->tiles(roomId)) {
        EntityTile *tile = oldTiles->take(ref);
        if (!tile)
            tile = createTile(ref);
        if (!tile)
            continue;
        m_tiles.insert(ref, tile);
        tiles.append(tile);
    }
    return tiles;
}

void DashboardPage::discard(QWidget *widget)
{
    // Later: it may be the widget whose menu or drop led here.
    widget->hide();
    widget->deleteLater();
}

RoomSection *DashboardPage::createSection(qint64 roomId)
{
    auto *section = new RoomSection(roomId, m_list);
    connect(section, &RoomSection::renameRequested, this, &DashboardPage::renameRoom);
    connect(section, &RoomSection::removeRequested, this, &DashboardPage::confirmRemoveRoom);
    connect(section, &RoomSection::moveRequested, this, &DashboardPage::moveRoomBy);
    connect(section, &RoomSection::dragRequested, this, &DashboardPage::startRoomDrag);
    return section;
}

EntityTile *DashboardPage::createTile(const EntityRef &ref)
{
    const store::StoredDevice *stored = m_registry->device(ref.deviceId);
    const devices::Entity *entity = stored ? stored->device.entity(ref.entityKey) : nullptr;
    if (!entity)
        return nullptr;
    EntityTile *tile = EntityTile::create(stored->device, *entity, m_service, nullptr);
    if (!tile)
        return nullptr;
    connect(tile, &EntityTile::dragRequested, this, &DashboardPage::startTileDrag);
    connect(tile, &EntityTile::menuRequested, this, &DashboardPage::showTileMenu);
    tile->setState(m_service->state(ref));
    return tile;
}

void DashboardPage::updateTabOrder()
{
    // Tab follows the page as it reads: the header, then each room's menu
    // button and its tiles in order.
    QWidget *previous = m_newDevicesButton;
    for (RoomSection *section : m_list->sections()) {
        QWidget::setTabOrder(previous, section->menuButton());
        previous = section->menuButton();
        for (EntityTile *tile : section->tiles()) {
            QWidget::setTabOrder(previous, tile);
            previous = tile;
        }
    }
}

void DashboardPage::applyStates(const QList<devices::EntityState> &states)
{
    for (const devices::EntityState &state : states) {
        if (EntityTile *tile = m_tiles.value(state.ref))
            tile->setState(state);
    }
}

std::optional<std::pair<qint64, int>> DashboardPage::placeOf(const EntityRef &ref) const
{
    for (const store::Room &room : m_registry->rooms()) {
        const int index = int(m_registry->tiles(room.id).indexOf(ref));
        if (index >= 0)
            return std::pair{room.id, index};
    }
    return std::nullopt;
}

bool DashboardPage::dropTile(const EntityRef &ref, qint64 roomId, int slot)
{
    const auto place = placeOf(ref);
    if (!place)
        return false;
    int index = slot;
    // The slot counts the tile where it is now; the registry wants its place
    // among the others.
    if (place->first == roomId && place->second < slot)
        --index;
    if (place->first == roomId && place->second == index)
        return true; // dropped where it was
    return m_registry->moveTile(ref, roomId, index);
}

bool DashboardPage::dropRoom(qint64 roomId, int slot)
{
    const QList<store::Room> rooms = m_registry->rooms();
    const auto it =
        std::find_if(rooms.cbegin(), rooms.cend(), [roomId](const auto &r) { return r.id == roomId; });
    if (it == rooms.cend())
        return false;
    const int current = int(it - rooms.cbegin());
    const int index = current < slot ? slot - 1 : slot;
    if (index == current)
        return true;
    return m_registry->moveRoom(roomId, index);
}

void DashboardPage::startTileDrag(EntityTile *tile)
{
    QPointer<EntityTile> source(tile);
    auto *drag = new QDrag(this);
    drag->setMimeData(dragpayload::tileMimeData(tile->ref()));
    const QPixmap pixmap = tile->grab();
    drag->setPixmap(pixmap);
    drag->setHotSpot(tile->mapFromGlobal(QCursor::pos()));
    // The tile stays in place, faded, until it is dropped elsewhere.
    auto *fade = new QGraphicsOpacityEffect(tile);
    fade->setOpacity(0.35);
    tile->setGraphicsEffect(fade);
    m_autoScroll->start();
    drag->exec(Qt::MoveAction);
    m_autoScroll->stop();
    if (source)
        source->setGraphicsEffect(nullptr);
}

void DashboardPage::startRoomDrag(qint64 roomId)
{
    RoomSection *section = m_sections.value(roomId);
    if (!section)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragpayload::roomMimeData(roomId));
    drag->setPixmap(section->header()->grab());
    drag->setHotSpot(section->header()->mapFromGlobal(QCursor::pos()));
    m_autoScroll->start();
    drag->exec(Qt::MoveAction);
    m_autoScroll->stop();
}

void DashboardPage::autoScrollStep()
{
    // Near the top or bottom edge of the rooms, a drag scrolls them.
    QWidget *viewport = m_scroll->viewport();
    const QPoint pos = viewport->mapFromGlobal(QCursor::pos());
    if (pos.x() < 0 || pos.x() > viewport->width())
        return;
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (pos.y() < AutoScrollMargin && pos.y() > -AutoScrollMargin)
        bar->setValue(bar->value() - AutoScrollStep);
    else if (pos.y() > viewport->height() - AutoScrollMargin &&
             pos.y() < viewport->height() + AutoScrollMargin)
        bar->setValue(bar->value() + AutoScrollStep);
}

QMenu *DashboardPage::createTileMenu(EntityTile *tile)
{
    const EntityRef ref = tile->ref();
    const auto place = placeOf(ref);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tileMenu"));
    QMenu *rooms = menu->addMenu(tr("Move to room"));
    rooms->setObjectName(QStringLiteral("moveToRoom"));
    for (const store::Room &room : m_registry->rooms()) {
        QAction *action = rooms->addAction(room.name);
        action->setObjectName(QStringLiteral("moveToRoom:%1").arg(room.id));
        const bool here = place && place->first == room.id;
        action->setEnabled(!here);
        const qint64 roomId = room.id;
        connect(action, &QAction::triggered, this, [this, ref, roomId] {
            m_registry->moveTile(ref, roomId, int(m_registry->tiles(roomId).size()));
        });
    }
    const int count = place ? int(m_registry->tiles(place->first).size()) : 0;
    QAction *earlier = menu->addAction(tr("Move earlier"));
    earlier->setObjectName(QStringLiteral("moveEarlier"));
    earlier->setEnabled(place && place->second > 0);
    connect(earlier, &QAction::triggered, this, [this, ref] { moveTileBy(ref, -1); });
    QAction *later = menu->addAction(tr("Move later"));
    later->setObjectName(QStringLiteral("moveLater"));
    later->setEnabled(place && place->second + 1 < count);
    connect(later, &QAction::triggered, this, [this, ref] { moveTileBy(ref, 1); });
    if (m_favourites && m_favourites->canBeFavourite(ref)) {
        menu->addSeparator();
        QAction *tray = menu->addAction(tr("Show in tray menu"));
        tray->setObjectName(QStringLiteral("trayFavourite"));
        tray->setCheckable(true);
        tray->setChecked(m_favourites->contains(ref));
        connect(tray, &QAction::toggled, this, [this, ref](bool on) {
            if (m_favourites)
                m_favourites->setFavourite(ref, on);
        });
    }
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Remove device…"));
    remove->setObjectName(QStringLiteral("removeDevice"));
    const QString deviceId = ref.deviceId;
    connect(remove, &QAction::triggered, this, [this, deviceId] { confirmRemoveDevice(deviceId); });
    return menu;
}

void DashboardPage::setTrayFavourites(TrayFavourites *favourites)
{
    m_favourites = favourites;
}

void DashboardPage::showTileMenu(EntityTile *tile, const QPoint &globalPos)
{
    QMenu *menu = createTileMenu(tile);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void DashboardPage::moveTileBy(const EntityRef &ref, int delta)
{
    const auto place = placeOf(ref);
    if (!place)
        return;
    const int index = place->second + delta;
    if (index < 0 || index >= m_registry->tiles(place->first).size())
        return;
    m_registry->moveTile(ref, place->first, index);
}

void DashboardPage::confirmRemoveDevice(const QString &deviceId)
{
    const store::StoredDevice *stored = m_registry->device(deviceId);
    if (!stored)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove device"),
                                tr("Remove “%1” from the dashboard?").arg(stored->device.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeDeviceBox"));
    box->setInformativeText(stored->device.convention == QLatin1String("manual")
                                ? tr("Its tiles and settings are deleted.")
                                : tr("Its tiles are deleted. If it announces itself again it comes back "
                                     "under New devices."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, deviceId] { m_registry->removeDevice(deviceId); });
    box->open();
}

void DashboardPage::showAddDeviceDialog()
{
    auto *dialog = new AddDeviceDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DashboardPage::showAddRoomDialog()
{
    auto *dialog = new RoomNameDialog(m_registry, 0, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_registry->addRoom(dialog->name()); });
    dialog->open();
}

void DashboardPage::renameRoom(qint64 roomId)
{
    const auto room = m_registry->room(roomId);
    if (!room)
        return;
    auto *dialog = new RoomNameDialog(m_registry, roomId, room->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, roomId] { m_registry->renameRoom(roomId, dialog->name()); });
    dialog->open();
}

void DashboardPage::confirmRemoveRoom(qint64 roomId)
{
    const auto room = m_registry->room(roomId);
    if (!room)
        return;
    const int count = int(m_registry->tiles(roomId).size());
    QString fate;
    if (count > 0) {
        const QList<store::Room> rooms = m_registry->rooms();
        const auto other =
            std::find_if(rooms.cbegin(), rooms.cend(), [roomId](const auto &r) { return r.id != roomId; });
        const QString target = other != rooms.cend() ? other->name : tr("Home");
        fate = count == 1 ? tr("Its tile moves to “%1”.").arg(target)
                          : tr("Its %1 tiles move to “%2”.").arg(count).arg(target);
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove room"),
                                tr("Remove the room “%1”?").arg(room->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeRoomBox"));
    box->setInformativeText(fate);
    QPushButton *remove = box->addButton(tr("Remove room"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, roomId] { m_registry->removeRoom(roomId); });
    box->open();
}

void DashboardPage::moveRoomBy(qint64 roomId, int delta)
{
    const QList<store::Room> rooms = m_registry->rooms();
    for (int i = 0; i < rooms.size(); ++i) {
        if (rooms.at(i).id == roomId && i + delta >= 0 && i + delta < rooms.size()) {
            m_registry->moveRoom(roomId, i + delta);
            return;
        }
    }
}

} // namespace homewire::ui
