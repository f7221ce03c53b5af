#include "ui/broker/ruledialog.h"

#include "mqtt/topic.h"
#include "ui/broker/aclrulemodel.h"
#include "ui/broker/growtofit.h"
#include "ui/dashboard/tonelabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homewire::ui {

using broker::access::AclAccess;
using broker::access::AclRule;
using broker::access::AclSubject;

namespace {

constexpr int FieldChars = 34;

bool isNamed(AclSubject subject)
{
    return subject == AclSubject::User || subject == AclSubject::ClientId;
}

// A field with its problem underneath, as one cell of a form.
QWidget *fieldCell(QWidget *parent, QWidget *field, QLabel *problem, QLabel *note = nullptr)
{
    auto *cell = new QWidget(parent);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(problem);
    if (note)
        column->addWidget(note);
    return cell;
}

} // namespace

QString aclFilterProblem(const QString &filter)
{
    if (filter.isEmpty())
        return RuleDialog::tr("Enter a topic filter, e.g. home/# for everything under home.");
    if (filter.contains(QChar(0)))
        return RuleDialog::tr("A topic filter cannot contain the null character.");
    if (filter.startsWith(QStringLiteral("$share/")))
        return RuleDialog::tr(
            "Rules are not written for shared subscriptions ($share/…); write the topic filter "
            "itself.");
    if (filter.front().isSpace() || filter.back().isSpace())
        return RuleDialog::tr(
            "The filter starts or ends with a space. Spaces count as part of a topic, so this "
            "is almost certainly not what you mean.");
    const QStringList levels = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString &level = levels.at(i);
        if (level.contains(QLatin1Char('#')) && (level != QStringLiteral("#") || i != levels.size() - 1))
            return RuleDialog::tr(
                "“#” matches everything below a level, so it must be the last level and stand "
                "alone: home/#.");
        if (level.contains(QLatin1Char('+')) && level != QStringLiteral("+"))
            return RuleDialog::tr("“+” matches exactly one level and must stand alone between slashes: "
                                  "home/+/temperature.");
    }
    const QByteArray bytes = filter.toUtf8();
    if (bytes.size() > 65535)
        return RuleDialog::tr("The filter is too long: MQTT allows at most 65,535 bytes.");
    // %u and %c become a user name or client identifier without '/', '+' or '#'.
    QByteArray concrete = bytes;
    concrete.replace("%u", "u").replace("%c", "c");
    if (!mqtt::TopicFilter::validatePlain(concrete))
        return RuleDialog::tr("This is not a valid MQTT topic filter.");
    return {};
}

RuleDialog::RuleDialog(const QStringList &userNames, QWidget *parent)
    : QDialog(parent)
    , m_users(userNames)
    , m_subject(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_nameNote(new ToneLabel(ToneLabel::Tone::Secondary, QString(), this))
    , m_filter(new QLineEdit(this))
    , m_filterProblem(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_access(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(tr("Add rule"));

    QFormLayout *form = createForm();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add rule"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_name, m_filter}) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            validate();
        });
        connect(field, &QLineEdit::textChanged, this, &RuleDialog::validate);
    }
    connect(m_subject, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    connect(m_access, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    validate();
    m_subject->setFocus();
    resize(520, sizeHint().height());
}

QFormLayout *RuleDialog::createForm()
{
    m_subject->setObjectName(QStringLiteral("subject"));
    for (AclSubject subject :
         {AclSubject::User, AclSubject::ClientId, AclSubject::Anonymous, AclSubject::Everyone})
        m_subject->addItem(aclSubjectText(subject), int(subject));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * FieldChars);
    auto *completer = new QCompleter(m_users, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
    m_nameLabel->setBuddy(m_name);
    m_nameProblem->setObjectName(QStringLiteral("ruleNameProblem"));
    m_nameProblem->hide();
    m_nameNote->setObjectName(QStringLiteral("ruleNameNote"));
    m_nameNote->hide();

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("e.g. home/#"));
    m_filterProblem->setObjectName(QStringLiteral("filterProblem"));
    m_filterProblem->hide();
    auto *filterHelp =
        new ToneLabel(ToneLabel::Tone::Secondary,
                      tr("As in a subscription, “+” matches one level and “#” everything below. "
                         "%u stands for the client's user name and %c for its client "
                         "identifier: devices/%u/# gives each user a branch of their own."),
                      this);
    filterHelp->setObjectName(QStringLiteral("filterHelp"));

    m_access->setObjectName(QStringLiteral("access"));
    m_access->addItem(tr("Read & write"), int(AclAccess::ReadWrite));
    m_access->addItem(tr("Read (subscribe and receive)"), int(AclAccess::Read));
    m_access->addItem(tr("Write (publish)"), int(AclAccess::Write));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Who:"), m_subject);
    form->addRow(m_nameLabel, fieldCell(this, m_name, m_nameProblem, m_nameNote));
    auto *filterLabel = new QLabel(tr("&Topic filter:"), this);
    filterLabel->setBuddy(m_filter);
    form->addRow(filterLabel, fieldCell(this, m_filter, m_filterProblem, filterHelp));
    form->addRow(tr("&Access:"), m_access);

    return form;
}

void RuleDialog::setSubject(AclSubject subject)
{
    m_subject->setCurrentIndex(m_subject->findData(int(subject)));
}

void RuleDialog::setName(const QString &name)
{
    m_name->setText(name);
}

AclRule RuleDialog::rule() const
{
    AclRule rule;
    rule.subject = AclSubject(m_subject->currentData().toInt());
    rule.name = isNamed(rule.subject) ? m_name->text() : QString();
    rule.filter = m_filter->text().toUtf8();
    rule.access = AclAccess(m_access->currentData().toInt());
    return rule;
}

QString RuleDialog::nameProblem() const
{
    const auto subject = AclSubject(m_subject->currentData().toInt());
    if (!isNamed(subject) || !m_name->text().isEmpty())
        return {};
    return subject == AclSubject::User ? tr("Enter the user name.") : tr("Enter the client identifier.");
}

void RuleDialog::validate()
{
    const AclRule current = rule();
    const bool named = isNamed(current.subject);
    m_nameLabel->setText(current.subject == AclSubject::ClientId ? tr("Client &identifier:") : tr("&Name:"));
    m_name->setEnabled(named);
    m_name->setPlaceholderText(!named                                ? tr("not needed")
                               : current.subject == AclSubject::User ? tr("e.g. kitchen-sensor")
                                                                     : tr("e.g. tasmota_4F2A1C"));
    const QString nameIssue = nameProblem();
    m_nameProblem->setText(nameIssue);
    m_nameProblem->setVisible(!nameIssue.isEmpty() && m_touched.contains(m_name));
    const bool unknownUser =
        current.subject == AclSubject::User && !current.name.isEmpty() && !m_users.contains(current.name);
    m_nameNote->setText(
        tr("There is no user named “%1” yet. The rule applies once a client logs in with that "
           "name, or with a certificate of that name.")
            .arg(current.name));
    m_nameNote->setVisible(unknownUser);

    const QString filterIssue = aclFilterProblem(m_filter->text());
    m_filterProblem->setText(filterIssue);
    m_filterProblem->setVisible(!filterIssue.isEmpty() &&
                                (!m_filter->text().isEmpty() || m_touched.contains(m_filter)));

    const bool ok = isAcceptable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    QString who;
    switch (current.subject) {
    case AclSubject::User:
        who = tr("Clients logged in as “%1”").arg(current.name);
        break;
    case AclSubject::ClientId:
        who = tr("The client with the identifier “%1”").arg(current.name);
        break;
    case AclSubject::Anonymous:
        who = tr("Clients without a user name");
        break;
    case AclSubject::Everyone:
        who = tr("Every client");
        break;
    }
    const QString filter = QString::fromUtf8(current.filter);
    const QString what = current.access == AclAccess::Read    ? tr("%1 may subscribe to and receive %2.")
                         : current.access == AclAccess::Write ? tr("%1 may publish to %2.")
                                                              : tr("%1 may read and write %2.");
    m_summary->setText(ok ? what.arg(who, filter) : QString());
    growToFit(this);
}

bool RuleDialog::isAcceptable() const
{
    return nameProblem().isEmpty() && aclFilterProblem(m_filter->text()).isEmpty();
}

void RuleDialog::accept()
{
    if (!isAcceptable())
        return;
    QDialog::accept();
}

} // namespace homewire::ui
