// AclRuleModel: the broker's ACL rules as a table (who, name, topic filter,
// access), in the order they were added. A thin adapter over the list the
// AccessController holds; the list is short and changes by user action only,
// so a new list resets the model.
//
// Not here: loading and storing rules (AccessController).
#pragma once

#include "broker/access/accesspolicy.h"

#include <QAbstractTableModel>
#include <QList>

namespace homewire::ui {

// Words for a rule's parts, shared by the table and the rule dialog.
QString aclSubjectText(broker::access::AclSubject subject);
QString aclAccessText(broker::access::AclAccess access);

class AclRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Who,
        Name,
        Filter,
        Access,
        ColumnCount
    };

    explicit AclRuleModel(QObject *parent = nullptr);

    void setRules(const QList<broker::access::AclRule> &rules);
    const broker::access::AclRule &rule(int row) const { return m_rules.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<broker::access::AclRule> m_rules;
};

} // namespace homewire::ui
