#include "ui/dashboard/roomlist.h"

#include "ui/dashboard/dragpayload.h"
#include "ui/dashboard/roomsection.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

constexpr int SectionSpacing = 28;
constexpr int BarHeight = DropBar::Thickness;

} // namespace

RoomList::RoomList(QWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_emptyState(emptyState)
    , m_indicator(new DropBar(this))
{
    m_indicator->setObjectName(QStringLiteral("roomDropIndicator"));
    setObjectName(QStringLiteral("roomList"));
    setAcceptDrops(true);
    m_layout->setContentsMargins(24, 8, 24, 24);
    m_layout->setSpacing(SectionSpacing);
    // [top stretch] [empty state] [sections...] [bottom stretch]
    m_layout->addStretch(0);
    m_emptyState->setParent(this);
    m_layout->addWidget(m_emptyState, 0, Qt::AlignHCenter);
    m_layout->addStretch(1);
}

void RoomList::setSections(const QList<RoomSection *> &sections)
{
    for (RoomSection *section : std::as_const(m_sections))
        m_layout->removeWidget(section);
    m_sections = sections;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i)->parentWidget() != this)
            sections.at(i)->setParent(this);
        m_layout->insertWidget(2 + i, sections.at(i));
        sections.at(i)->show();
    }
    m_indicator->raise();
    setEmptyStateVisible(!m_emptyState->isHidden());
}

void RoomList::setEmptyStateVisible(bool visible)
{
    m_emptyState->setVisible(visible);
    // Alone, the message sits in the middle of the page.
    m_layout->setStretch(0, visible && m_sections.isEmpty() ? 1 : 0);
}

RoomSection *RoomList::sectionAt(const QPoint &pos) const
{
    for (RoomSection *section : m_sections) {
        if (pos.y() <= section->geometry().bottom() + SectionSpacing / 2)
            return section;
    }
    return m_sections.isEmpty() ? nullptr : m_sections.constLast();
}

int RoomList::roomSlotAt(const QPoint &pos) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (pos.y() < m_sections.at(i)->geometry().center().y())
            return i;
    }
    return int(m_sections.size());
}

bool RoomList::isRoomIndicatorVisible() const
{
    return m_indicator->isVisibleTo(this);
}

void RoomList::showRoomIndicator(int slot)
{
    if (m_sections.isEmpty())
        return;
    int y = 0;
    if (slot < m_sections.size())
        y = m_sections.at(slot)->geometry().top() - SectionSpacing / 2;
    else
        y = m_sections.constLast()->geometry().bottom() + SectionSpacing / 2;
    const QMargins margins = m_layout->contentsMargins();
    m_indicator->setGeometry(margins.left(), qMax(0, y - BarHeight / 2),
                             width() - margins.left() - margins.right(), BarHeight);
    m_indicator->raise();
    m_indicator->show();
}

void RoomList::hideIndicators()
{
    m_indicator->hide();
    for (RoomSection *section : std::as_const(m_sections))
        section->hideDropIndicator();
}

bool RoomList::track(const QMimeData *mime, const QPoint &pos)
{
    if (dragpayload::roomFrom(mime)) {
        showRoomIndicator(roomSlotAt(pos));
        return !m_sections.isEmpty();
    }
    if (!dragpayload::tileFrom(mime))
        return false;
    RoomSection *target = sectionAt(pos);
    for (RoomSection *section : std::as_const(m_sections)) {
        if (section != target)
            section->hideDropIndicator();
    }
    if (!target)
        return false;
    target->showDropIndicator(target->dropSlotAt(target->mapFrom(this, pos)));
    return true;
}

void RoomList::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event); // an enter is the first move
}

void RoomList::dragMoveEvent(QDragMoveEvent *event)
{
    if (track(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RoomList::dragLeaveEvent(QDragLeaveEvent *)
{
    hideIndicators();
}

void RoomList::dropEvent(QDropEvent *event)
{
    hideIndicators();
    const QPoint pos = event->position().toPoint();
    if (const auto roomId = dragpayload::roomFrom(event->mimeData())) {
        event->acceptProposedAction();
        emit roomDropped(*roomId, roomSlotAt(pos));
        return;
    }
    const auto ref = dragpayload::tileFrom(event->mimeData());
    RoomSection *target = sectionAt(pos);
    if (!ref || !target) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit tileDropped(*ref, target->roomId(), target->dropSlotAt(target->mapFrom(this, pos)));
}

} // namespace homewire::ui
