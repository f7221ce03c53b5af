#include "diffmodel.h"

#include "palettecolors.h"

#include <QFontDatabase>

namespace homewire::ui {

using Kind = payload::DiffLine::Kind;

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiffModel::setLines(QList<payload::DiffLine> lines)
{
    // Each diff compares another pair of messages: nothing carries over.
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void DiffModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const payload::DiffLine &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OldLine:
            return line.oldLine > 0 ? QString::number(line.oldLine) : QString();
        case NewLine:
            return line.newLine > 0 ? QString::number(line.newLine) : QString();
        default:
            switch (line.kind) {
            case Kind::Added:
                return QStringLiteral("+ ") + line.text;
            case Kind::Removed:
                return QStringLiteral("- ") + line.text;
            case Kind::Same:
                return QStringLiteral("  ") + line.text;
            case Kind::Skipped:
                return line.skipped == 1 ? tr("\u22EF 1 unchanged line")
                                         : tr("\u22EF %1 unchanged lines").arg(line.skipped);
            }
        }
        return {};
    case Qt::BackgroundRole:
        if (line.kind == Kind::Added)
            return addedLineBackground(m_palette);
        if (line.kind == Kind::Removed)
            return removedLineBackground(m_palette);
        if (line.kind == Kind::Skipped)
            return m_palette.color(QPalette::AlternateBase);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Text || line.kind == Kind::Skipped)
            return secondaryTextColor(m_palette);
        return m_palette.color(QPalette::Text);
    case Qt::FontRole: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setItalic(line.kind == Kind::Skipped);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(index.column() == Text ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
    case KindRole:
        return int(line.kind);
    default:
        return {};
    }
}

} // namespace homewire::ui
