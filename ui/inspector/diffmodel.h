// DiffModel: a line diff (core/history/payload/linediff.h) as rows with old
// and new line numbers, tinted green and red from the view's palette.
//
// Not here: computing the diff (off the GUI thread for large payloads).
#pragma once

#include "history/payload/linediff.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace homewire::ui {

class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OldLine,
        NewLine,
        Text,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(payload::DiffLine::Kind)
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setLines(QList<payload::DiffLine> lines);
    const QList<payload::DiffLine> &lines() const { return m_lines; }
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<payload::DiffLine> m_lines;
    QPalette m_palette;
};

} // namespace homewire::ui
