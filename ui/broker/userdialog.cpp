#include "ui/broker/userdialog.h"

#include "ui/broker/growtofit.h"
#include "ui/dashboard/tonelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

constexpr int FieldChars = 30;
constexpr int MaxNameLength = 256;
constexpr int GoodPasswordLength = 12;

} // namespace

UserDialog::UserDialog(Mode mode, const QStringList &takenNames, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_taken(takenNames)
    , m_fixedName(name)
{
    setObjectName(QStringLiteral("userDialog"));
    const bool adding = mode == Mode::Add;
    setWindowTitle(adding ? tr("Add user") : tr("Change password"));

    auto *intro =
        new QLabel(adding ? tr("Devices and programs log in to the broker with this name and password. "
                               "Homewire keeps only a salted hash of the password and cannot show it "
                               "again.")
                          : tr("The new password for “%1”. Devices logging in as %1 need it from their "
                               "next connection on.")
                                .arg(name),
                   this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (adding) {
        m_name = addField(form, tr("&User name:"), QStringLiteral("userName"));
        m_name->setMaxLength(MaxNameLength);
        m_nameNote = new ToneLabel(ToneLabel::Tone::Secondary, QString(), this);
        m_nameNote->setObjectName(QStringLiteral("userNameNote"));
        m_nameNote->hide();
        form->addRow(QString(), m_nameNote);
    }
    m_password = addField(form, adding ? tr("&Password:") : tr("New &password:"), QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new ToneLabel(ToneLabel::Tone::Secondary, QString(), this);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->hide();
    form->addRow(QString(), m_passwordNote);
    m_repeat = addField(form, tr("&Repeat password:"), QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add user") : tr("Change password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : m_problems.keys()) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            validate();
        });
        connect(field, &QLineEdit::textChanged, this, &UserDialog::validate);
    }
    validate();
    (m_name ? m_name : m_password)->setFocus();
    resize(440, sizeHint().height());
}

QLineEdit *UserDialog::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *field = new QLineEdit(cell);
    field->setObjectName(objectName);
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * FieldChars);
    auto *problem = new ToneLabel(ToneLabel::Tone::Error, QString(), cell);
    problem->setObjectName(objectName + QStringLiteral("Problem"));
    problem->hide();
    column->addWidget(field);
    column->addWidget(problem);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, cell);
    m_problems.insert(field, problem);
    return field;
}

QString UserDialog::userName() const
{
    return m_name ? m_name->text() : m_fixedName;
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
    validate();
}

QString UserDialog::nameProblem() const
{
    if (!m_name)
        return {};
    const QString name = m_name->text();
    if (name.isEmpty())
        return tr("Enter a user name.");
    if (name.front().isSpace() || name.back().isSpace())
        return tr("The name starts or ends with a space; devices would have to send it exactly so.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A user name cannot contain control characters.");
    }
    if (m_taken.contains(name))
        return tr("A user named “%1” already exists.").arg(name);
    return {};
}

void UserDialog::showProblem(QLineEdit *field, const QString &problem)
{
    QLabel *label = m_problems.value(field);
    // An untouched empty field is not yet wrong: the disabled button says so.
    const bool show = !problem.isEmpty() && (!field->text().isEmpty() || m_touched.contains(field));
    label->setText(problem);
    label->setVisible(show);
}

void UserDialog::validate()
{
    const QString nameIssue = nameProblem();
    if (m_name) {
        showProblem(m_name, nameIssue);
        const QString name = m_name->text();
        const bool special = name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('+')) ||
                             name.contains(QLatin1Char('#'));
        m_nameNote->setText(tr("Rules that use %u do not apply to names containing “/”, “+” or “#”."));
        m_nameNote->setVisible(special && nameIssue.isEmpty());
    }
    const QString password = m_password->text();
    showProblem(m_password, password.isEmpty() ? tr("Enter a password.") : QString());
    m_passwordNote->setText(
        tr("Short passwords are easy to guess: %1 characters or more are better.").arg(GoodPasswordLength));
    m_passwordNote->setVisible(!password.isEmpty() && password.size() < GoodPasswordLength);
    const QString repeat = m_repeat->text();
    QString repeatIssue;
    if (repeat != password) {
        // "Do not match" while the second one is still being typed would only scold.
        const bool typing = !repeat.isEmpty() && password.startsWith(repeat);
        if (repeat.isEmpty())
            repeatIssue = tr("Repeat the password.");
        else if (!typing)
            repeatIssue = tr("The passwords do not match.");
    }
    showProblem(m_repeat, repeatIssue);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
    growToFit(this);
}

bool UserDialog::isAcceptable() const
{
    return nameProblem().isEmpty() && !m_password->text().isEmpty() && m_repeat->text() == m_password->text();
}

void UserDialog::accept()
{
    if (!isAcceptable())
        return;
    QDialog::accept();
}

} // namespace homewire::ui
