// JsonPage: the JSON tab of the inspector. A collapsible tree (key, value, in
// document order) or the pretty-printed text, with expand/collapse, the path
// of the selected value and "Plot this field".
//
// The expensive part, decodeJson(), is a pure function the inspector runs on a
// worker thread for large payloads; the page only shows its result. The tree
// keeps which paths are expanded across messages of the same topic, so a live
// sensor does not fold the tree up every second.
//
// Not here: threads (TopicInspector), parsing (core/history/payload).
#pragma once

#include "history/payload/jsontree.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace homewire::ui {

class JsonTreeModel;
class PayloadTextView;
class StatusPage;

struct JsonContent
{
    bool valid = false;
    QString error;          // why the payload is not JSON
    payload::JsonTree tree; // possibly truncated, see JsonTree::isTruncated()
    QByteArray pretty;      // the whole pretty-printed text
    QString prettyExcerpt;  // its head, bounded for the text view
    qsizetype excerptBytes = 0;
};

// Validates, builds the tree and pretty-prints; text beyond `maxTextBytes`
// is left out of the excerpt. Safe on any thread.
JsonContent decodeJson(const QByteArray &payload, qsizetype maxTextBytes);

class JsonPage : public QWidget
{
    Q_OBJECT

public:
    explicit JsonPage(QWidget *parent = nullptr);

    void setContent(const JsonContent &content);
    void showDecoding(qsizetype payloadBytes);
    // The full pretty text, after showAllTextRequested().
    void setFullText(const QString &text);
    void setTextLoading();
    // A new topic: forget which paths were expanded.
    void resetExpansion();

    bool isShowingTree() const;
    void showTree(bool tree);
    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    PayloadTextView *textView() const { return m_text; }
    StatusPage *statusPage() const { return m_status; }
    const JsonContent &content() const { return m_content; }

signals:
    void plotFieldRequested(const QString &path);
    void showAllTextRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);
    void collectExpanded(const QModelIndex &parent, QSet<QString> &paths) const;
    void updateExpandButtons();

    JsonContent m_content;
    JsonTreeModel *m_model;
    QStackedWidget *m_stack;
    StatusPage *m_status;
    QToolButton *m_treeButton;
    QToolButton *m_textButton;
    QToolButton *m_expandAll;
    QToolButton *m_collapseAll;
    QLabel *m_path;
    QLabel *m_truncatedTree;
    QStackedWidget *m_views;
    QTreeView *m_tree;
    PayloadTextView *m_text;
    QSet<QString> m_expanded;
    bool m_seenContent = false;
};

} // namespace homewire::ui
