#include "ui/dashboard/newdevicespanel.h"

#include "devices/deviceregistry.h"
#include "ui/dashboard/roomnamedialog.h"
#include "ui/dashboard/tonelabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace homewire::ui {

using devices::EntityKind;

namespace {

constexpr int PanelWidth = 360;
constexpr int NewRoomRole = Qt::UserRole + 1; // a room the device would make
constexpr int AskRoomRole = Qt::UserRole + 2; // the "New room…" item

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    return new ToneLabel(ToneLabel::Tone::Secondary, text, parent);
}

QString kindCount(EntityKind kind, int count)
{
    switch (kind) {
    case EntityKind::Switch:
        return count == 1 ? NewDevicesPanel::tr("switch") : NewDevicesPanel::tr("%1 switches").arg(count);
    case EntityKind::Light:
        return count == 1 ? NewDevicesPanel::tr("light") : NewDevicesPanel::tr("%1 lights").arg(count);
    case EntityKind::Sensor:
        return count == 1 ? NewDevicesPanel::tr("sensor") : NewDevicesPanel::tr("%1 sensors").arg(count);
    case EntityKind::BinarySensor:
        return count == 1 ? NewDevicesPanel::tr("binary sensor")
                          : NewDevicesPanel::tr("%1 binary sensors").arg(count);
    }
    return {};
}

} // namespace

NewDevicesPanel::NewDevicesPanel(devices::DeviceRegistry *registry, QWidget *parent)
    : QFrame(parent)
    , m_registry(registry)
    , m_cards(new QVBoxLayout)
    , m_empty(secondaryLabel(tr("No new devices. Devices appear here as they announce themselves on the "
                                "broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie)."),
                             this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
{
    setObjectName(QStringLiteral("newDevicesPanel"));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(PanelWidth);
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    connect(m_acceptAll, &QPushButton::clicked, this, &NewDevicesPanel::acceptAll);

    auto *title = new QLabel(tr("New devices"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    title->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_acceptAll);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_cards);
    contentLayout->addWidget(m_empty);
    contentLayout->addStretch(1);
    m_cards->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(secondaryLabel(tr("Choose a room for each and accept it onto the dashboard."), this));
    layout->addWidget(scroll, 1);

    connect(m_registry, &devices::DeviceRegistry::newDevicesChanged, this, &NewDevicesPanel::scheduleRefresh);
    connect(m_registry, &devices::DeviceRegistry::layoutChanged, this, &NewDevicesPanel::scheduleRefresh);
    refresh();
}

QString NewDevicesPanel::entitySummary(const devices::Device &device)
{
    QStringList parts;
    for (EntityKind kind :
         {EntityKind::Switch, EntityKind::Light, EntityKind::Sensor, EntityKind::BinarySensor}) {
        const auto count = std::count_if(device.entities.cbegin(), device.entities.cend(),
                                         [kind](const devices::Entity &e) { return e.kind == kind; });
        if (count > 0)
            parts << kindCount(kind, int(count));
    }
    return parts.isEmpty() ? tr("nothing to show yet") : parts.join(tr(", "));
}

QComboBox *NewDevicesPanel::roomChooser(const QString &deviceId) const
{
    return m_cardsById.value(deviceId).room;
}

QPushButton *NewDevicesPanel::acceptButton(const QString &deviceId) const
{
    return m_cardsById.value(deviceId).accept;
}

QPushButton *NewDevicesPanel::ignoreButton(const QString &deviceId) const
{
    return m_cardsById.value(deviceId).ignore;
}

QStringList NewDevicesPanel::listedDevices() const
{
    QStringList ids;
    for (const devices::Device &device : m_registry->newDevices()) {
        if (m_cardsById.contains(device.id))
            ids << device.id;
    }
    return ids;
}

void NewDevicesPanel::scheduleRefresh()
{
    // Deferred: the change may come from a click on a card about to go.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &NewDevicesPanel::refresh);
}

void NewDevicesPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        refresh();
}

void NewDevicesPanel::refresh()
{
    m_refreshPending = false;
    // Hidden, a burst of announcements costs nothing; showing catches up.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QList<devices::Device> devices = m_registry->newDevices();
    QSet<QString> listed;
    for (const devices::Device &device : devices)
        listed.insert(device.id);
    for (auto it = m_cardsById.begin(); it != m_cardsById.end();) {
        if (listed.contains(it.key())) {
            ++it;
            continue;
        }
        m_cards->removeWidget(it->widget);
        it->widget->hide();
        it->widget->deleteLater(); // the change may come from a click on this card
        it = m_cardsById.erase(it);
    }
    m_chosenRoom.removeIf(
        [&listed](const QHash<QString, QString>::iterator &it) { return !listed.contains(it.key()); });
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const devices::Device &device = devices[i];
        auto it = m_cardsById.find(device.id);
        if (it == m_cardsById.end()) {
            Card card;
            m_cards->insertWidget(int(i), createCard(device, &card));
            card.widget->show(); // now, not when the layout gets to it
            m_cardsById.insert(device.id, card);
            continue;
        }
        if (m_cards->indexOf(it->widget) != i) {
            m_cards->removeWidget(it->widget);
            m_cards->insertWidget(int(i), it->widget);
        }
        updateCard(*it, device);
    }
    m_empty->setVisible(devices.isEmpty());
    m_acceptAll->setEnabled(!devices.isEmpty());
}

QWidget *NewDevicesPanel::createCard(const devices::Device &device, Card *card)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("newDevice"));
    frame->setFrameShape(QFrame::StyledPanel);
    card->widget = frame;
    card->name = new QLabel(frame);
    QFont bold = card->name->font();
    bold.setBold(true);
    card->name->setFont(bold);
    card->name->setWordWrap(true);
    card->origin = secondaryLabel(QString(), frame);
    card->summary = secondaryLabel(QString(), frame);

    card->room = new QComboBox(frame);
    card->room->setObjectName(QStringLiteral("room"));
    const QString id = device.id;
    connect(card->room, &QComboBox::currentIndexChanged, this,
            [this, id](int index) { recordChoice(id, index); });
    connect(card->room, &QComboBox::activated, this, [this, id](int index) { onRoomActivated(id, index); });
    card->accept = new QPushButton(tr("Accept"), frame);
    card->accept->setObjectName(QStringLiteral("accept"));
    connect(card->accept, &QPushButton::clicked, this, [this, id] { acceptDevice(id); });
    card->ignore = new QPushButton(tr("Ignore"), frame);
    card->ignore->setObjectName(QStringLiteral("ignore"));
    card->ignore->setToolTip(tr("Leave this device off the dashboard; it is not offered again"));
    connect(card->ignore, &QPushButton::clicked, this, [this, id] { m_registry->ignore(id); });

    auto *actions = new QHBoxLayout;
    actions->addWidget(card->room, 1);
    actions->addWidget(card->accept);
    actions->addWidget(card->ignore);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(4);
    layout->addWidget(card->name);
    layout->addWidget(card->origin);
    layout->addWidget(card->summary);
    layout->addLayout(actions);
    describe(*card, device);
    fillRooms(card->room, device);
    return frame;
}

void NewDevicesPanel::describe(Card &card, const devices::Device &device)
{
    QStringList origin;
    const QString model = QStringList{device.manufacturer, device.model}.join(QLatin1Char(' ')).trimmed();
    if (!model.isEmpty())
        origin << model;
    origin << tr("via %1").arg(device.convention);
    card.name->setText(device.name);
    card.origin->setText(origin.join(QStringLiteral(" · ")));
    card.summary->setText(entitySummary(device));
    card.room->setAccessibleName(tr("Room for %1").arg(device.name));
    card.accept->setAccessibleName(tr("Accept %1").arg(device.name));
    card.ignore->setAccessibleName(tr("Ignore %1").arg(device.name));
    card.device = device;
}

// In place: the combo (and an open drop-down of it) stays.
void NewDevicesPanel::updateCard(Card &card, const devices::Device &device)
{
    if (card.device != device)
        describe(card, device);
    fillRooms(card.room, device);
}

QList<NewDevicesPanel::RoomItem> NewDevicesPanel::roomItems(const devices::Device &device,
                                                            int *selected) const
{
    QList<RoomItem> items;
    for (const store::Room &room : m_registry->rooms())
        items.append(RoomItem{room.name, QVariant(room.id), QString(), false});
    // Rooms that do not exist yet: the user's earlier choice, the device's
    // suggestion, or "Home" for a dashboard without rooms.
    QStringList wanted{m_chosenRoom.value(device.id), device.suggestedRoom.trimmed()};
    if (items.isEmpty())
        wanted << tr("Home");
    *selected = -1;
    for (const QString &name : std::as_const(wanted)) {
        if (name.isEmpty())
            continue;
        const auto same = std::find_if(items.cbegin(), items.cend(), [&name](const RoomItem &item) {
            const QString &itemName = item.newRoom.isEmpty() ? item.text : item.newRoom;
            return itemName.compare(name, Qt::CaseInsensitive) == 0;
        });
        qsizetype index = same - items.cbegin();
        if (same == items.cend()) {
            items.append(RoomItem{tr("%1 (new room)").arg(name), QVariant(), name, false});
            index = items.size() - 1;
        }
        if (*selected < 0)
            *selected = int(index);
    }
    items.append(RoomItem{tr("New room…"), QVariant(), QString(), true});
    *selected = qMax(0, *selected);
    return items;
}

void NewDevicesPanel::fillRooms(QComboBox *combo, const devices::Device &device)
{
    int selected = 0;
    const QList<RoomItem> items = roomItems(device, &selected);
    QList<RoomItem> shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(RoomItem{combo->itemText(i), combo->itemData(i),
                              combo->itemData(i, NewRoomRole).toString(),
                              combo->itemData(i, AskRoomRole).toBool()});
    const QSignalBlocker blocker(combo); // filling is not choosing
    if (shown == items) {
        // Unchanged: the user's selection stays, unless it rests on "New
        // room…" after the dialog was cancelled.
        if (combo->currentData(AskRoomRole).toBool())
            combo->setCurrentIndex(selected);
        return;
    }
    combo->clear();
    for (const RoomItem &item : items) {
        combo->addItem(item.text, item.roomId);
        if (!item.newRoom.isEmpty())
            combo->setItemData(combo->count() - 1, item.newRoom, NewRoomRole);
        if (item.ask)
            combo->setItemData(combo->count() - 1, true, AskRoomRole);
    }
    combo->setCurrentIndex(selected);
}

void NewDevicesPanel::recordChoice(const QString &deviceId, int index)
{
    // Kept by name, so the choice survives the panel being rebuilt.
    QComboBox *combo = roomChooser(deviceId);
    if (!combo || index < 0 || combo->itemData(index, AskRoomRole).toBool())
        return;
    const QString newName = combo->itemData(index, NewRoomRole).toString();
    m_chosenRoom.insert(deviceId, newName.isEmpty() ? combo->itemText(index) : newName);
}

void NewDevicesPanel::onRoomActivated(const QString &deviceId, int index)
{
    QComboBox *combo = roomChooser(deviceId);
    if (!combo || !combo->itemData(index, AskRoomRole).toBool())
        return;
    auto *dialog = new RoomNameDialog(m_registry, 0, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, deviceId](int result) {
        if (result == QDialog::Accepted)
            m_chosenRoom.insert(deviceId, dialog->name());
        const auto devices = m_registry->newDevices();
        for (const devices::Device &device : devices) {
            if (device.id == deviceId && roomChooser(deviceId))
                fillRooms(roomChooser(deviceId), device);
        }
    });
    dialog->open();
}

qint64 NewDevicesPanel::resolveRoom(const QString &deviceId)
{
    QComboBox *combo = roomChooser(deviceId);
    if (!combo)
        return 0;
    const QVariant id = combo->currentData();
    if (id.isValid() && id.toLongLong() > 0)
        return id.toLongLong();
    const QString name = combo->currentData(NewRoomRole).toString();
    if (name.isEmpty())
        return 0;
    if (const auto existing = m_registry->roomByName(name))
        return existing->id;
    return m_registry->addRoom(name);
}

bool NewDevicesPanel::acceptDevice(const QString &deviceId)
{
    const qint64 roomId = resolveRoom(deviceId);
    return roomId != 0 && m_registry->accept(deviceId, roomId);
}

void NewDevicesPanel::acceptAll()
{
    // Room choices are read before the first accept changes the layout.
    QList<QPair<QString, qint64>> choices;
    for (const QString &id : listedDevices())
        choices.append({id, resolveRoom(id)});
    for (const auto &[id, roomId] : std::as_const(choices)) {
        if (roomId != 0)
            m_registry->accept(id, roomId);
    }
}

} // namespace homewire::ui
