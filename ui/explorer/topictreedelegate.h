// TopicTreeDelegate: paints a fading highlight behind the rows of topics
// that just changed (TopicTreeModel::FlashRole), in the palette's highlight
// colour at low opacity, so it reads on light and dark themes alike.
//
// The fade needs repaints between messages, but only then: a timer updates
// the view's viewport while some topic is within the model's flash duration
// and stops as soon as nothing is, so an idle explorer costs no CPU.
//
// Not here: what a row shows (TopicTreeModel).
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace homewire::ui {

class TopicTreeModel;

class TopicTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int RepaintIntervalMs = 50;
    // Opacity of the highlight at full intensity.
    static constexpr qreal MaxAlpha = 0.45;

    // `view` shows `model`, directly or through proxies.
    TopicTreeDelegate(TopicTreeModel *model, QAbstractItemView *view);

    // Whether the fade timer runs.
    bool isAnimating() const { return m_repaint.isActive(); }
    static QColor flashColor(const QPalette &palette, qreal intensity);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void startIfFlashing();
    void repaint();

    QPointer<TopicTreeModel> m_model;
    QPointer<QAbstractItemView> m_view;
    QTimer m_repaint;
};

} // namespace homewire::ui
