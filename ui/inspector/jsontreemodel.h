// JsonTreeModel: a JsonTree (core/history/payload) as a two-column tree,
// key and value, in document order.
//
// Nodes are addressed by their index in the JsonTree (internalId), so the model
// holds no per-item objects and decodes a key or value only when the view
// paints it. A top-level object or array shows its members as top-level rows;
// a top-level scalar is one row.
//
// Not here: parsing (done off the GUI thread by the inspector), expansion state
// (JsonPage keeps it across messages).
#pragma once

#include "history/payload/jsontree.h"

#include <QAbstractItemModel>
#include <QPalette>

namespace homewire::ui {

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Value,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString: "sensor.temp"
        RawJsonRole,                 // QString: the value as JSON text
        IsNumericRole,               // bool: can be plotted
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setTree(payload::JsonTree tree);
    const payload::JsonTree &tree() const { return m_tree; }
    // Colours of string, number and literal values follow this palette.
    void setPalette(const QPalette &palette);
    QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    bool rootIsContainer() const;
    QModelIndex indexOfNode(int node, int column = 0) const;
    QString valueText(int node) const;

    payload::JsonTree m_tree;
    QPalette m_palette;
};

} // namespace homewire::ui
