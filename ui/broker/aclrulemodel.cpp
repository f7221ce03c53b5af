#include "ui/broker/aclrulemodel.h"

#include <QCoreApplication>

namespace homewire::ui {

using broker::access::AclAccess;
using broker::access::AclSubject;

QString aclSubjectText(AclSubject subject)
{
    switch (subject) {
    case AclSubject::User:
        return AclRuleModel::tr("User");
    case AclSubject::ClientId:
        return AclRuleModel::tr("Client identifier");
    case AclSubject::Anonymous:
        return AclRuleModel::tr("Anonymous clients");
    case AclSubject::Everyone:
        return AclRuleModel::tr("Everyone");
    }
    return {};
}

QString aclAccessText(AclAccess access)
{
    switch (access) {
    case AclAccess::Read:
        return AclRuleModel::tr("Read");
    case AclAccess::Write:
        return AclRuleModel::tr("Write");
    case AclAccess::ReadWrite:
        return AclRuleModel::tr("Read & write");
    }
    return {};
}

AclRuleModel::AclRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AclRuleModel::setRules(const QList<broker::access::AclRule> &rules)
{
    if (rules == m_rules)
        return;
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int AclRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AclRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AclRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const broker::access::AclRule &rule = m_rules.at(index.row());
    const bool named = rule.subject == AclSubject::User || rule.subject == AclSubject::ClientId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Who:
            return aclSubjectText(rule.subject);
        case Name:
            return named ? rule.name : QStringLiteral("—");
        case Filter:
            return QString::fromUtf8(rule.filter);
        case Access:
            return aclAccessText(rule.access);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Filter) {
        if (rule.filter.contains("%u"))
            return tr("%u stands for the user name the client logged in with.");
        if (rule.filter.contains("%c"))
            return tr("%c stands for the client's identifier.");
    }
    return {};
}

QVariant AclRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Who:
        return tr("Who");
    case Name:
        return tr("Name");
    case Filter:
        return tr("Topic filter");
    case Access:
        return tr("Access");
    default:
        return {};
    }
}

} // namespace homewire::ui
