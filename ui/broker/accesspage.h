// AccessPage: the "Users & Access" tab of the Broker section: network
// access at the top, then the broker's users (add, change password, remove)
// and its ACL rules (add, remove), with a sentence on what rules mean and a
// warning, with a one-click fix, when rules leave Homewire's own anonymous
// loopback clients (dashboard, explorer) without access.
//
// Everything it shows comes from the AccessController, which reads and
// writes access.db on its own thread; errors are written on the page.
//
// Not here: the dialogs (UserDialog, RuleDialog, NetworkAccessDialog).
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;

namespace homewire::ui {

class AccessController;
class AclRuleModel;
class NetworkAccessPanel;
class NoticeBanner;

class AccessPage : public QWidget
{
    Q_OBJECT

public:
    AccessPage(AccessController *access, const QString &brokerDataDirectory, QWidget *parent = nullptr);

    NetworkAccessPanel *networkPanel() const { return m_network; }
    AclRuleModel *ruleModel() const { return m_ruleModel; }

    void addUser();
    void changePassword();
    void removeUser();
    void addRule();
    void removeRule();
    void allowLocalAnonymous();
    // What the rules and logins turned away since the broker started.
    void setActivity(qint64 refusedLogins, qint64 deniedPublishes, qint64 deniedSubscriptions);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createUsersGroup();
    QWidget *createRulesGroup();
    QString selectedUser() const;
    void onChanged();
    void showError(const QString &message);
    void updateButtons();

    AccessController *m_access;
    NetworkAccessPanel *m_network;
    QLabel *m_error;
    QLabel *m_busy;
    QStringListModel *m_userModel;
    QListView *m_users = nullptr;
    QPushButton *m_changePassword = nullptr;
    QPushButton *m_removeUser = nullptr;
    AclRuleModel *m_ruleModel;
    QTableView *m_rules = nullptr;
    QPushButton *m_removeRule = nullptr;
    NoticeBanner *m_anonymousWarning = nullptr;
    QLabel *m_activity = nullptr;
};

} // namespace homewire::ui
