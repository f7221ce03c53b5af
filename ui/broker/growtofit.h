// growToFit: makes a dialog tall enough for what it shows now. Notes and
// problems under fields come and go and wrap; a window's minimum size does
// not follow word wrapping, so without this a dialog could squeeze its
// fields when a long explanation appears.
#pragma once

#include <QLayout>
#include <QWidget>

namespace homewire::ui {

inline void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace homewire::ui
