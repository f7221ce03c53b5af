#include "jsonpage.h"

#include "history/payload/payloadtext.h"
#include "jsontreemodel.h"
#include "payloadtextview.h"
#include "statuspage.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

// Expanding everything lays out every row: fine for documents a person reads,
// not for a generated one with hundreds of thousands of values.
constexpr qsizetype MaxExpandAllNodes = 20'000;
constexpr qsizetype MaxInitialExpandNodes = 2'000;

} // namespace

JsonContent decodeJson(const QByteArray &payload, qsizetype maxTextBytes)
{
    JsonContent content;
    auto tree = payload::JsonTree::parse(payload);
    if (!tree) {
        content.error = payload::describeJsonError(tree.error());
        return content;
    }
    content.valid = true;
    content.tree = std::move(*tree);
    content.pretty = payload::prettyJson(payload);
    const payload::TextExcerpt excerpt = payload::textExcerpt(content.pretty, maxTextBytes);
    content.prettyExcerpt = excerpt.text;
    content.excerptBytes = excerpt.bytesShown;
    return content;
}

JsonPage::JsonPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new StatusPage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_status);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    m_treeButton = new QToolButton(content);
    m_treeButton->setObjectName(QStringLiteral("jsonTreeButton"));
    m_treeButton->setText(tr("Tree"));
    m_textButton = new QToolButton(content);
    m_textButton->setObjectName(QStringLiteral("jsonTextButton"));
    m_textButton->setText(tr("Text"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_treeButton, m_textButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
        toolbar->addWidget(button);
    }
    m_treeButton->setChecked(true);
    toolbar->addSpacing(8);
    m_path = new QLabel(content);
    m_path->setObjectName(QStringLiteral("jsonPath"));
    m_path->setEnabled(false);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_path, 1);
    m_expandAll = new QToolButton(content);
    m_expandAll->setText(tr("Expand All"));
    m_expandAll->setAutoRaise(true);
    toolbar->addWidget(m_expandAll);
    m_collapseAll = new QToolButton(content);
    m_collapseAll->setText(tr("Collapse All"));
    m_collapseAll->setAutoRaise(true);
    toolbar->addWidget(m_collapseAll);
    contentLayout->addLayout(toolbar);

    m_truncatedTree = new QLabel(content);
    m_truncatedTree->setEnabled(false);
    m_truncatedTree->setWordWrap(true);
    m_truncatedTree->hide();
    contentLayout->addWidget(m_truncatedTree);

    m_views = new QStackedWidget(content);
    m_tree = new QTreeView(m_views);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(JsonTreeModel::Key, 220);
    m_views->addWidget(m_tree);
    m_text = new PayloadTextView(m_views);
    m_text->setWrapping(false);
    m_views->addWidget(m_text);
    contentLayout->addWidget(m_views, 1);
    m_stack->addWidget(content);

    connect(m_treeButton, &QToolButton::toggled, this, [this](bool on) { showTree(on); });
    connect(m_textButton, &QToolButton::toggled, this, [this](bool on) { showTree(!on); });
    connect(m_expandAll, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(m_collapseAll, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &JsonPage::showContextMenu);
    connect(m_text, &PayloadTextView::showAllRequested, this, &JsonPage::showAllTextRequested);
    m_model->setPalette(palette());
}

void JsonPage::setContent(const JsonContent &content)
{
    if (!content.valid) {
        m_content = {};
        m_model->setTree({});
        m_status->showMessage(tr("This payload is not JSON"), content.error);
        m_stack->setCurrentWidget(m_status);
        return;
    }
    if (m_seenContent)
        collectExpanded({}, m_expanded);
    m_content = content;
    m_model->setTree(content.tree);
    const qsizetype nodes = content.tree.nodeCount();
    if (!m_seenContent) {
        if (nodes <= MaxInitialExpandNodes)
            m_tree->expandToDepth(0);
    } else {
        for (const QString &path : std::as_const(m_expanded)) {
            const QModelIndex index = m_model->indexOfPath(path);
            if (index.isValid())
                m_tree->expand(index);
        }
    }
    m_seenContent = true;
    m_expanded.clear();
    m_truncatedTree->setVisible(content.tree.isTruncated());
    m_truncatedTree->setText(tr("The tree shows the first %1 values; the Text view shows the whole document.")
                                 .arg(QLocale().toString(nodes)));
    m_text->setExcerpt(content.prettyExcerpt, content.excerptBytes, content.pretty.size());
    m_path->clear();
    updateExpandButtons();
    m_stack->setCurrentIndex(1);
}

void JsonPage::showDecoding(qsizetype payloadBytes)
{
    m_status->showMessage(tr("Decoding %1\u2026").arg(payload::humanSize(payloadBytes)),
                          tr("Large payloads are parsed in the background."), true);
    m_stack->setCurrentWidget(m_status);
}

void JsonPage::setFullText(const QString &text)
{
    m_text->setFullText(text);
}

void JsonPage::setTextLoading()
{
    m_text->setLoadingAll();
}

void JsonPage::resetExpansion()
{
    m_expanded.clear();
    m_seenContent = false;
}

bool JsonPage::isShowingTree() const
{
    return m_views->currentWidget() == m_tree;
}

void JsonPage::showTree(bool tree)
{
    m_views->setCurrentWidget(tree ? static_cast<QWidget *>(m_tree) : m_text);
    m_treeButton->setChecked(tree);
    m_textButton->setChecked(!tree);
    m_path->setVisible(tree);
    updateExpandButtons();
}

void JsonPage::updateExpandButtons()
{
    const bool tree = isShowingTree();
    m_expandAll->setVisible(tree);
    m_collapseAll->setVisible(tree);
    const bool small = m_content.tree.nodeCount() <= MaxExpandAllNodes;
    m_expandAll->setEnabled(small);
    m_expandAll->setToolTip(small ? QString()
                                  : tr("Too many values to expand at once; expand the parts you need."));
}

void JsonPage::collectExpanded(const QModelIndex &parent, QSet<QString> &paths) const
{
    const int rows = m_model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_tree->isExpanded(index)) {
            paths.insert(index.data(JsonTreeModel::PathRole).toString());
            collectExpanded(index, paths); // only expanded branches are walked
        }
    }
}

void JsonPage::onCurrentChanged(const QModelIndex &current)
{
    m_path->setText(current.isValid() ? current.data(JsonTreeModel::PathRole).toString() : QString());
}

void JsonPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(0);
    if (!index.isValid())
        return;
    QMenu menu(this);
    QAction *copyValue = menu.addAction(tr("Copy Value"));
    QAction *copyPath = menu.addAction(tr("Copy Path"));
    menu.addSeparator();
    QAction *plot = menu.addAction(tr("Plot This Field"));
    plot->setEnabled(index.data(JsonTreeModel::IsNumericRole).toBool());
    QAction *chosen = menu.exec(m_tree->viewport()->mapToGlobal(pos));
    if (chosen == copyValue)
        QApplication::clipboard()->setText(index.data(JsonTreeModel::RawJsonRole).toString());
    else if (chosen == copyPath)
        QApplication::clipboard()->setText(index.data(JsonTreeModel::PathRole).toString());
    else if (chosen == plot)
        emit plotFieldRequested(index.data(JsonTreeModel::PathRole).toString());
}

void JsonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace homewire::ui
