#include "ui/broker/accesspage.h"

#include "ui/broker/accesscontroller.h"
#include "ui/broker/aclrulemodel.h"
#include "ui/broker/networkaccesspanel.h"
#include "ui/broker/noticebanner.h"
#include "ui/broker/ruledialog.h"
#include "ui/broker/userdialog.h"
#include "ui/dashboard/tonelabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace homewire::ui {

using broker::access::AclAccess;
using broker::access::AclRule;
using broker::access::AclSubject;

namespace {

// Whether `rule` lets clients without a user name read or write anything.
bool grantsAnonymous(const AclRule &rule)
{
    // %u never matches an anonymous client.
    return (rule.subject == AclSubject::Anonymous || rule.subject == AclSubject::Everyone) &&
           !rule.filter.contains("%u");
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

AccessPage::AccessPage(AccessController *access, const QString &brokerDataDirectory, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
    , m_network(new NetworkAccessPanel(access, brokerDataDirectory, this))
    , m_error(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_busy(new ToneLabel(ToneLabel::Tone::Secondary, tr("Updating…"), this))
    , m_userModel(new QStringListModel(this))
    , m_ruleModel(new AclRuleModel(this))
{
    setObjectName(QStringLiteral("accessPage"));
    m_error->setObjectName(QStringLiteral("accessError"));
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("accessBusy"));
    m_busy->hide();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(createUsersGroup(), 1);
    columns->addWidget(createRulesGroup(), 2);
    auto *status = new QHBoxLayout;
    status->addWidget(m_error, 1);
    status->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(m_network);
    layout->addLayout(status);
    layout->addLayout(columns, 1);

    connect(m_access, &AccessController::changed, this, &AccessPage::onChanged);
    connect(m_access, &AccessController::errorOccurred, this, &AccessPage::showError);
    connect(m_access, &AccessController::busyChanged, m_busy, &QWidget::setVisible);
    if (m_access->isLoaded())
        onChanged();
    updateButtons();
}

QWidget *AccessPage::createUsersGroup()
{
    auto *box = new QGroupBox(tr("Users"), this);
    auto *column = new QVBoxLayout(box);
    auto *intro = new ToneLabel(ToneLabel::Tone::Secondary,
                                tr("The names and passwords devices and programs log in with."), box);
    column->addWidget(intro);
    m_users = new QListView(box);
    m_users->setObjectName(QStringLiteral("users"));
    m_users->setModel(m_userModel);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->setSpacing(2);
    column->addWidget(m_users, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add user…"), QStringLiteral("addUserButton"), box);
    m_changePassword = button(tr("Change password…"), QStringLiteral("changePasswordButton"), box);
    m_removeUser = button(tr("Remove"), QStringLiteral("removeUserButton"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_changePassword);
    buttons->addWidget(m_removeUser);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AccessPage::addUser);
    connect(m_changePassword, &QPushButton::clicked, this, &AccessPage::changePassword);
    connect(m_removeUser, &QPushButton::clicked, this, &AccessPage::removeUser);
    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateButtons);
    connect(m_users, &QListView::doubleClicked, this, &AccessPage::changePassword);
    return box;
}

QWidget *AccessPage::createRulesGroup()
{
    auto *box = new QGroupBox(tr("Access rules"), this);
    auto *column = new QVBoxLayout(box);
    auto *explanation = new QLabel(tr("With no rules every client may read and write everything; once a rule "
                                      "exists, anything no rule allows is denied."),
                                   box);
    explanation->setObjectName(QStringLiteral("rulesExplanation"));
    explanation->setWordWrap(true);
    column->addWidget(explanation);

    m_anonymousWarning = new NoticeBanner(NoticeBanner::Tone::Warning, box);
    m_anonymousWarning->setObjectName(QStringLiteral("anonymousWarning"));
    m_anonymousWarning->setText(tr(
        "No rule lets anonymous clients read or write anything. Homewire's own dashboard and explorer "
        "connect to this broker anonymously over this computer's loopback address, so they see and control "
        "nothing while this is so. Anonymous clients only get in through listeners that allow them, which "
        "by default means this computer only."));
    QPushButton *fix = m_anonymousWarning->addButton(tr("Allow local anonymous clients everything"),
                                                     QStringLiteral("allowLocalAnonymous"));
    connect(fix, &QPushButton::clicked, this, &AccessPage::allowLocalAnonymous);
    m_anonymousWarning->hide();
    column->addWidget(m_anonymousWarning);

    m_rules = new QTableView(box);
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setModel(m_ruleModel);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setAlternatingRowColors(true);
    m_rules->verticalHeader()->hide();
    QHeaderView *header = m_rules->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(AclRuleModel::Who, 150);
    header->resizeSection(AclRuleModel::Name, 150);
    header->resizeSection(AclRuleModel::Access, 110);
    header->setSectionResizeMode(AclRuleModel::Filter, QHeaderView::Stretch);
    column->addWidget(m_rules, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add rule…"), QStringLiteral("addRuleButton"), box);
    m_removeRule = button(tr("Remove"), QStringLiteral("removeRuleButton"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_removeRule);
    buttons->addStretch(1);
    m_activity = new ToneLabel(ToneLabel::Tone::Secondary, QString(), box);
    m_activity->setObjectName(QStringLiteral("accessActivity"));
    // Its own line under the buttons, wrapping: the three counts are long in
    // some languages and must not widen the window.
    m_activity->setWordWrap(true);
    m_activity->setToolTip(tr("Since the broker started. Each refusal is explained in the log on the "
                              "Overview tab."));
    column->addLayout(buttons);
    column->addWidget(m_activity);
    connect(add, &QPushButton::clicked, this, &AccessPage::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &AccessPage::removeRule);
    connect(m_rules->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateButtons);
    return box;
}

void AccessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_access->setWatching(true);
    m_access->reload();
    m_network->refresh();
}

void AccessPage::hideEvent(QHideEvent *event)
{
    m_access->setWatching(false);
    QWidget::hideEvent(event);
}

QString AccessPage::selectedUser() const
{
    const QModelIndexList rows = m_users->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void AccessPage::onChanged()
{
    const QString selected = selectedUser();
    m_userModel->setStringList(m_access->userNames());
    if (const qsizetype row = m_access->userNames().indexOf(selected); row >= 0)
        m_users->setCurrentIndex(m_userModel->index(int(row)));
    m_ruleModel->setRules(m_access->rules());
    const QList<AclRule> &rules = m_access->rules();
    m_anonymousWarning->setVisible(!rules.isEmpty() &&
                                   std::none_of(rules.begin(), rules.end(), grantsAnonymous));
    updateButtons();
}

void AccessPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AccessPage::updateButtons()
{
    const bool user = !selectedUser().isEmpty();
    m_changePassword->setEnabled(user);
    m_removeUser->setEnabled(user);
    m_removeRule->setEnabled(m_rules->selectionModel()->hasSelection());
}

void AccessPage::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::Add, m_access->userNames(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showError({});
        m_access->addUser(dialog->userName(), dialog->password());
    });
    dialog->open();
}

void AccessPage::changePassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto *dialog = new UserDialog(UserDialog::Mode::ChangePassword, m_access->userNames(), name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showError({});
        m_access->changePassword(dialog->userName(), dialog->password());
    });
    dialog->open();
}

void AccessPage::removeUser()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove user"),
                                tr("Remove the user “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveUser"));
    box->setInformativeText(tr("Devices logging in as %1 are refused from then on, and the rules written for "
                               "%1 go too.")
                                .arg(name));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, name] {
        showError({});
        m_access->removeUser(name);
    });
    box->open();
}

void AccessPage::addRule()
{
    auto *dialog = new RuleDialog(m_access->userNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showError({});
        m_access->addRule(dialog->rule());
    });
    dialog->open();
}

void AccessPage::removeRule()
{
    const QModelIndexList rows = m_rules->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    showError({});
    m_access->removeRule(m_ruleModel->rule(rows.first().row()).id);
}

void AccessPage::allowLocalAnonymous()
{
    AclRule rule;
    rule.subject = AclSubject::Anonymous;
    rule.filter = "#";
    rule.access = AclAccess::ReadWrite;
    showError({});
    m_access->addRule(rule);
    // '#' never covers "$SYS/..." (MQTT-4.7.2-1); the broker page and the
    // explorer read the broker's own figures there.
    rule.filter = "$SYS/#";
    rule.access = AclAccess::Read;
    m_access->addRule(rule);
}

void AccessPage::setActivity(qint64 refusedLogins, qint64 deniedPublishes, qint64 deniedSubscriptions)
{
    const QLocale locale;
    m_activity->setText(tr("Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3")
                            .arg(locale.toString(refusedLogins), locale.toString(deniedPublishes),
                                 locale.toString(deniedSubscriptions)));
}

} // namespace homewire::ui
