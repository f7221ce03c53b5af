#include "jsontreemodel.h"

#include "palettecolors.h"

namespace homewire::ui {

namespace {

using payload::JsonTree;
using payload::JsonType;

constexpr int MaxShownChars = 500; // a value cell never lays out a whole document

QString countText(JsonType type, int count)
{
    if (type == JsonType::Object)
        return count == 1 ? JsonTreeModel::tr("{1 key}") : JsonTreeModel::tr("{%1 keys}").arg(count);
    return count == 1 ? JsonTreeModel::tr("[1 item]") : JsonTreeModel::tr("[%1 items]").arg(count);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void JsonTreeModel::setTree(payload::JsonTree tree)
{
    // A new document: nothing of the old one maps onto it, so reset.
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

void JsonTreeModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

bool JsonTreeModel::rootIsContainer() const
{
    if (m_tree.isEmpty())
        return false;
    const JsonType type = m_tree.type(JsonTree::Root);
    return type == JsonType::Object || type == JsonType::Array;
}

QModelIndex JsonTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || (node == JsonTree::Root && rootIsContainer()))
        return {};
    return createIndex(node == JsonTree::Root ? 0 : m_tree.row(node), column, quintptr(node));
}

QModelIndex JsonTreeModel::indexOfPath(const QString &path) const
{
    return indexOfNode(m_tree.find(path));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid()) {
        if (!rootIsContainer())
            return createIndex(row, column, quintptr(JsonTree::Root));
        return createIndex(row, column, quintptr(m_tree.child(JsonTree::Root, row)));
    }
    return createIndex(row, column, quintptr(m_tree.child(nodeOf(parent), row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node <= JsonTree::Root)
        return {};
    return indexOfNode(m_tree.parent(node));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_tree.isEmpty())
        return 0;
    if (!parent.isValid())
        return rootIsContainer() ? m_tree.childCount(JsonTree::Root) : 1;
    if (parent.column() != 0)
        return 0;
    const int node = nodeOf(parent);
    const JsonType type = m_tree.type(node);
    return type == JsonType::Object || type == JsonType::Array ? m_tree.childCount(node) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString JsonTreeModel::valueText(int node) const
{
    const JsonType type = m_tree.type(node);
    if (type == JsonType::Object || type == JsonType::Array)
        return countText(type, m_tree.childCount(node));
    QString text = m_tree.scalarText(node);
    if (type == JsonType::String) {
        if (text.size() > MaxShownChars)
            text = text.left(MaxShownChars) + QChar(0x2026);
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"))
            .replace(QLatin1Char('\t'), QLatin1String("\\t"));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Key) {
            if (node == JsonTree::Root)
                return tr("(value)");
            if (m_tree.type(m_tree.parent(node)) == JsonType::Array)
                return QStringLiteral("[%1]").arg(m_tree.row(node));
            return m_tree.key(node);
        }
        return valueText(node);
    case Qt::ToolTipRole:
        if (index.column() == Value && m_tree.type(node) == JsonType::String)
            return m_tree.scalarText(node).left(4 * MaxShownChars);
        return m_tree.path(node);
    case Qt::ForegroundRole: {
        if (index.column() == Key)
            return {};
        const bool dark = isDarkPalette(m_palette);
        switch (m_tree.type(node)) {
        case JsonType::String:
            return dark ? QColor(230, 160, 120) : QColor(163, 21, 21);
        case JsonType::Number:
            return dark ? QColor(160, 210, 150) : QColor(9, 120, 80);
        case JsonType::Bool:
        case JsonType::Null:
            return dark ? QColor(110, 170, 230) : QColor(0, 70, 200);
        default:
            return secondaryTextColor(m_palette);
        }
    }
    case PathRole:
        return m_tree.path(node);
    case RawJsonRole:
        return QString::fromUtf8(m_tree.rawValue(node));
    case IsNumericRole: {
        const JsonType type = m_tree.type(node);
        return type != JsonType::Object && type != JsonType::Array && m_tree.number(node).has_value();
    }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Key") : tr("Value");
}

} // namespace homewire::ui
