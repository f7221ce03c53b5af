// RoomList: the column of RoomSections inside the dashboard's scroll area,
// and the one widget that receives the dashboard's drops: a tile (it asks
// the section under the pointer where the tile would land, and that section
// shows the spot) or a room by its header (a horizontal accent bar between
// rooms). It also hosts the empty-state message above the rooms while there
// is no tile at all.
//
// Not here: building sections or starting drags (DashboardPage).
#pragma once

#include "devices/entitystate.h"

#include <QList>
#include <QWidget>

class QMimeData;
class QVBoxLayout;

namespace homewire::ui {

class RoomSection;

class RoomList : public QWidget
{
    Q_OBJECT

public:
    RoomList(QWidget *emptyState, QWidget *parent = nullptr);

    // Shows `sections` in this order (they become children of the list).
    void setSections(const QList<RoomSection *> &sections);
    const QList<RoomSection *> &sections() const { return m_sections; }
    // Shows the empty-state message; centred when there is no room at all.
    void setEmptyStateVisible(bool visible);

    // The room a tile dropped at `pos` would go to: the section under it, or
    // the nearest one above or below the gaps.
    RoomSection *sectionAt(const QPoint &pos) const;
    // Where a room dropped at `pos` would go: a slot from 0 (above the first
    // room) to sections().size() (below the last).
    int roomSlotAt(const QPoint &pos) const;
    bool isRoomIndicatorVisible() const;

signals:
    void tileDropped(const homewire::devices::EntityRef &ref, qint64 roomId, int slot);
    void roomDropped(qint64 roomId, int slot);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Shows where the drag would land; false when it cannot land here.
    bool track(const QMimeData *mime, const QPoint &pos);
    void showRoomIndicator(int slot);
    void hideIndicators();

    QVBoxLayout *m_layout;
    QWidget *m_emptyState;
    QWidget *m_indicator;
    QList<RoomSection *> m_sections;
};

} // namespace homewire::ui
