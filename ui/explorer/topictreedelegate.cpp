#include "topictreedelegate.h"

#include "topictreemodel.h"

#include <QAbstractItemView>

namespace homewire::ui {

TopicTreeDelegate::TopicTreeDelegate(TopicTreeModel *model, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_model(model)
    , m_view(view)
{
    m_repaint.setInterval(RepaintIntervalMs);
    connect(&m_repaint, &QTimer::timeout, this, &TopicTreeDelegate::repaint);
    connect(model, &TopicTreeModel::messagesApplied, this, &TopicTreeDelegate::startIfFlashing);
}

QColor TopicTreeDelegate::flashColor(const QPalette &palette, qreal intensity)
{
    QColor color = palette.color(QPalette::Active, QPalette::Highlight);
    color.setAlphaF(float(MaxAlpha * qBound(0.0, intensity, 1.0)));
    return color;
}

void TopicTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Selected rows keep the selection colour; the style paints backgroundBrush
    // over the (alternating) base, so the tint blends with either.
    const qreal flash = index.data(TopicTreeModel::FlashRole).toReal();
    if (flash > 0.0 && !option->state.testFlag(QStyle::State_Selected))
        option->backgroundBrush = flashColor(option->palette, flash);
}

void TopicTreeDelegate::startIfFlashing()
{
    if (m_model && m_model->isFlashing() && !m_repaint.isActive())
        m_repaint.start();
}

void TopicTreeDelegate::repaint()
{
    if (m_view)
        m_view->viewport()->update();
    // The update above paints the last faded frame; then rest until the next change.
    if (!m_model || !m_model->isFlashing())
        m_repaint.stop();
}

} // namespace homewire::ui
