// How the explorer shows a topic tree: a QTreeView over the filter proxy with
// the change-highlight delegate, uniform rows (flat parents of 10^5 rows stay
// fast), the columns sized for topic, value and counts, and sorted by name.
// One setup for the explorer page and for the benchmark that measures it.
#pragma once

class QTreeView;

namespace homewire::ui {

class TopicFilterProxy;
class TopicTreeModel;

// `proxy` must already have `model` as its source.
void setUpTopicTreeView(QTreeView *view, TopicTreeModel *model, TopicFilterProxy *proxy);

} // namespace homewire::ui
