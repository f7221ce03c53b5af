// RoomSection: one room on the dashboard. A header (the room's name, how many
// tiles, a menu to rename, move or remove the room; dragged to reorder the
// rooms) above the room's tiles in a FlowLayout. During a tile drag it tells
// where a tile would land and shows the spot with an accent-coloured bar.
//
// The section only places tiles the page made and reports what the user
// asked for (signals); the page changes the registry, which answers with a
// new layout.
//
// Not here: making tiles, the registry, starting drags (DashboardPage),
// receiving drops (RoomList takes every drop, so one widget decides).
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace homewire::ui {

class EntityTile;
class FlowLayout;

// The accent-coloured bar that shows where a dragged tile (in a room) or a
// room (between rooms) would land. It lets the mouse through to the drop
// target under it.
class DropBar : public QWidget
{
public:
    static constexpr int Thickness = 4;

    explicit DropBar(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

class RoomSection : public QFrame
{
    Q_OBJECT

public:
    RoomSection(qint64 roomId, QWidget *parent = nullptr);

    qint64 roomId() const { return m_roomId; }
    QString name() const { return m_name; }
    void setRoom(const QString &name, bool canMoveUp, bool canMoveDown);

    // Shows `tiles` in this order; they become children of the section.
    void setTiles(const QList<EntityTile *> &tiles);
    const QList<EntityTile *> &tiles() const { return m_tiles; }

    // Where a tile dropped at `pos` (section coordinates) would go: a slot
    // from 0 (before the first tile) to tiles().size() (after the last).
    int dropSlotAt(const QPoint &pos) const;
    void showDropIndicator(int slot);
    void hideDropIndicator();
    bool isDropIndicatorVisible() const;

    QWidget *header() const { return m_header; }
    QToolButton *menuButton() const { return m_menuButton; }
    // The room's menu (Rename…, Move up, Move down, Remove room…), also
    // shown on a right click on the header.
    QMenu *roomMenu() const { return m_menu; }

signals:
    void renameRequested(qint64 roomId);
    void removeRequested(qint64 roomId);
    void moveRequested(qint64 roomId, int delta);
    void dragRequested(qint64 roomId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    QMenu *createMenu();
    void updateCount();

    qint64 m_roomId;
    QString m_name;
    QWidget *m_header = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QWidget *m_tileArea = nullptr;
    FlowLayout *m_flow = nullptr;
    QWidget *m_emptyHint = nullptr;
    QWidget *m_indicator = nullptr;
    QList<EntityTile *> m_tiles;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace homewire::ui
