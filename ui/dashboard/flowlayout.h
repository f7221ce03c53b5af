// FlowLayout: lays widgets out left to right and wraps to the next row when
// the width runs out, like text. The dashboard puts a room's tiles in one, so
// a room reflows from one wide row to several narrow ones as the window
// changes size. Height follows width (heightForWidth), so a scroll area sizes
// it correctly.
//
// Not here: drag and drop or tile logic (RoomSection); items are laid out in
// the order they were added.
#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace homewire::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int smartSpacing(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace homewire::ui
