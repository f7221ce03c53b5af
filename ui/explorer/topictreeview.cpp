#include "ui/explorer/topictreeview.h"

#include "ui/explorer/topicfilterproxy.h"
#include "ui/explorer/topictreedelegate.h"
#include "ui/explorer/topictreemodel.h"

#include <QHeaderView>
#include <QTreeView>

namespace homewire::ui {

void setUpTopicTreeView(QTreeView *view, TopicTreeModel *model, TopicFilterProxy *proxy)
{
    view->setModel(proxy);
    view->setUniformRowHeights(true);
    view->setItemDelegate(new TopicTreeDelegate(model, view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopicTreeModel::TopicColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TopicTreeModel::ValueColumn, QHeaderView::Stretch);
    for (int column : {int(TopicTreeModel::MessagesColumn), int(TopicTreeModel::QosColumn),
                       int(TopicTreeModel::RetainedColumn), int(TopicTreeModel::UpdatedColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    view->setColumnWidth(TopicTreeModel::TopicColumn, 260);
    // Sorted by name unless the user clicks another column (the proxy sorts
    // each parent's rows as the view fetches them).
    view->setSortingEnabled(true);
    view->sortByColumn(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
}

} // namespace homewire::ui
