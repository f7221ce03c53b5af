// RuleDialog: "Add rule": who (a user, a client identifier, anonymous
// clients or everyone), the name when it applies, a topic filter and the
// access granted. The filter is checked as it is typed, with the reason in
// words (wildcards, %u and %c), and a sentence says what the rule will allow.
//
// Not here: storing (AccessController), how the broker applies rules (TopicAcl).
#pragma once

#include "broker/access/accesspolicy.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace homewire::ui {

// Why `filter` cannot be a rule's topic filter, in words a user can act on;
// empty when it can. %u and %c may stand anywhere in a level.
QString aclFilterProblem(const QString &filter);

class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleDialog(const QStringList &userNames, QWidget *parent = nullptr);

    void setSubject(broker::access::AclSubject subject);
    void setName(const QString &name);
    broker::access::AclRule rule() const;
    bool isAcceptable() const;

    void accept() override;

private:
    QFormLayout *createForm();
    QString nameProblem() const;
    void validate();

    QStringList m_users;
    QComboBox *m_subject;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_nameNote;
    QLineEdit *m_filter;
    QLabel *m_filterProblem;
    QComboBox *m_access;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QSet<QLineEdit *> m_touched;
};

} // namespace homewire::ui
