#include "ui/dashboard/roomsection.h"

#include "ui/dashboard/flowlayout.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/inspector/palettecolors.h"
#include "ui/tiles/entitytile.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

constexpr int TileSpacing = 12;
constexpr int BarWidth = DropBar::Thickness;

// Six dots: the header can be dragged.
class Grip : public QWidget
{
public:
    explicit Grip(QWidget *parent)
        : QWidget(parent)
    {
        setFixedSize(10, 16);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(secondaryTextColor(palette()));
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 2; ++column)
                painter.drawEllipse(QPointF(2.5 + column * 5, 3 + row * 5), 1.5, 1.5);
        }
    }
};

// An empty room: a dashed outline the size of a tile that invites a drop.
class EmptyRoomHint : public QWidget
{
public:
    explicit EmptyRoomHint(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFixedSize(EntityTile::tileSize().width() * 2 + TileSpacing, EntityTile::tileSize().height());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        // Between text and window: visible on light and dark windows alike.
        const QColor line =
            mixColors(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.35);
        QPen pen(line, 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
        painter.setPen(secondaryTextColor(palette()));
        painter.drawText(rect().adjusted(16, 8, -16, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         RoomSection::tr("No tiles in this room yet. Drag a tile here."));
    }
};

} // namespace

DropBar::DropBar(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}

void DropBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    // Round ends, whichever way the bar runs.
    const qreal radius = qMin(width(), height()) / 2.0;
    painter.drawRoundedRect(rect(), radius, radius);
}

RoomSection::RoomSection(qint64 roomId, QWidget *parent)
    : QFrame(parent)
    , m_roomId(roomId)
{
    setObjectName(QStringLiteral("roomSection"));
    m_menu = createMenu();

    m_tileArea = new QWidget(this);
    m_flow = new FlowLayout(m_tileArea, TileSpacing, TileSpacing);
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_emptyHint = new EmptyRoomHint(m_tileArea);
    m_flow->addWidget(m_emptyHint);
    m_indicator = new DropBar(m_tileArea);
    m_indicator->setObjectName(QStringLiteral("tileDropIndicator"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    layout->addWidget(m_tileArea);
}

QWidget *RoomSection::createHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("roomHeader"));
    m_header->setCursor(Qt::OpenHandCursor);
    m_header->setToolTip(tr("Drag to move the room; right-click for more"));
    m_header->installEventFilter(this);

    m_nameLabel = new QLabel(m_header);
    m_nameLabel->setObjectName(QStringLiteral("roomName"));
    QFont font = m_nameLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_nameLabel->setFont(font);
    m_countLabel = new ToneLabel(ToneLabel::Tone::Secondary, QString(), m_header);
    m_countLabel->setObjectName(QStringLiteral("roomCount"));
    m_countLabel->setWordWrap(false);

    m_menuButton = new QToolButton(m_header);
    m_menuButton->setObjectName(QStringLiteral("roomMenuButton"));
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    // Popped up by hand: a button menu would add an arrow to the dots.
    connect(m_menuButton, &QToolButton::clicked, this,
            [this] { m_menu->popup(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height()))); });
    m_menuButton->setCursor(Qt::ArrowCursor);

    auto *layout = new QHBoxLayout(m_header);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new Grip(m_header));
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_menuButton);
    layout->addStretch(1);
    return m_header;
}

QMenu *RoomSection::createMenu()
{
    auto *menu = new QMenu(this);
    QAction *rename = menu->addAction(tr("Rename…"));
    rename->setObjectName(QStringLiteral("renameRoom"));
    connect(rename, &QAction::triggered, this, [this] { emit renameRequested(m_roomId); });
    m_moveUp = menu->addAction(tr("Move up"));
    m_moveUp->setObjectName(QStringLiteral("moveRoomUp"));
    connect(m_moveUp, &QAction::triggered, this, [this] { emit moveRequested(m_roomId, -1); });
    m_moveDown = menu->addAction(tr("Move down"));
    m_moveDown->setObjectName(QStringLiteral("moveRoomDown"));
    connect(m_moveDown, &QAction::triggered, this, [this] { emit moveRequested(m_roomId, 1); });
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Remove room…"));
    remove->setObjectName(QStringLiteral("removeRoom"));
    connect(remove, &QAction::triggered, this, [this] { emit removeRequested(m_roomId); });
    return menu;
}

void RoomSection::setRoom(const QString &name, bool canMoveUp, bool canMoveDown)
{
    m_name = name;
    m_nameLabel->setText(name);
    m_menuButton->setToolTip(tr("Actions for %1").arg(name));
    m_menuButton->setAccessibleName(tr("Actions for %1").arg(name));
    m_moveUp->setEnabled(canMoveUp);
    m_moveDown->setEnabled(canMoveDown);
}

void RoomSection::setTiles(const QList<EntityTile *> &tiles)
{
    while (QLayoutItem *item = m_flow->takeAt(0))
        delete item;
    m_tiles = tiles;
    for (EntityTile *tile : tiles) {
        if (tile->parentWidget() != m_tileArea)
            tile->setParent(m_tileArea);
        m_flow->addWidget(tile);
        tile->show();
    }
    m_emptyHint->setVisible(tiles.isEmpty());
    if (tiles.isEmpty())
        m_flow->addWidget(m_emptyHint);
    m_indicator->raise();
    updateCount();
}

void RoomSection::updateCount()
{
    const qsizetype count = m_tiles.size();
    m_countLabel->setText(count == 1 ? tr("1 tile") : tr("%1 tiles").arg(count));
}

int RoomSection::dropSlotAt(const QPoint &pos) const
{
    const QPoint p = m_tileArea->mapFrom(this, pos);
    if (p.y() < 0)
        return int(m_tiles.size()); // over the header: the end of the room
    const int half = TileSpacing / 2;
    for (int i = 0; i < m_tiles.size(); ++i) {
        const QRect r = m_tiles.at(i)->geometry();
        // Reading order: a point above this tile's row comes before it; a
        // point in its row comes before it when left of its centre.
        if (p.y() < r.top() - half)
            return i;
        if (p.y() <= r.bottom() + half && p.x() < r.center().x())
            return i;
    }
    return int(m_tiles.size());
}

void RoomSection::showDropIndicator(int slot)
{
    const QSize tile = EntityTile::tileSize();
    QRect bar(0, 0, BarWidth, tile.height());
    if (m_tiles.isEmpty()) {
        bar.moveTopLeft(QPoint(0, 0));
    } else if (slot < m_tiles.size()) {
        const QRect r = m_tiles.at(slot)->geometry();
        bar.moveTopLeft(QPoint(r.left() - TileSpacing / 2 - BarWidth / 2, r.top()));
    } else {
        const QRect r = m_tiles.constLast()->geometry();
        bar.moveTopLeft(QPoint(r.right() + 1 + TileSpacing / 2 - BarWidth / 2, r.top()));
    }
    bar.moveLeft(qMax(0, bar.left()));
    m_indicator->setGeometry(bar);
    m_indicator->raise();
    m_indicator->show();
}

void RoomSection::hideDropIndicator()
{
    m_indicator->hide();
}

bool RoomSection::isDropIndicatorVisible() const
{
    return m_indicator->isVisibleTo(this);
}

bool RoomSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_header)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton;
        m_pressPos = mouse->position().toPoint();
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_pressed && (mouse->buttons() & Qt::LeftButton) &&
            (mouse->position().toPoint() - m_pressPos).manhattanLength() >=
                QApplication::startDragDistance()) {
            m_pressed = false;
            emit dragRequested(m_roomId);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        m_pressed = false;
        break;
    case QEvent::ContextMenu:
        m_menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace homewire::ui
