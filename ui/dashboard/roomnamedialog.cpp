#include "ui/dashboard/roomnamedialog.h"

#include "devices/deviceregistry.h"
#include "ui/dashboard/tonelabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homewire::ui {

RoomNameDialog::RoomNameDialog(const devices::DeviceRegistry *registry, qint64 roomId, const QString &name,
                               QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_roomId(roomId)
    , m_name(new QLineEdit(name, this))
    , m_problem(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("roomNameDialog"));
    setWindowTitle(roomId == 0 ? tr("Add room") : tr("Rename room"));
    auto *label = new QLabel(tr("Room &name:"), this);
    label->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("roomNameField"));
    m_name->setPlaceholderText(tr("e.g. Kitchen"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 36);
    m_name->selectAll();
    m_problem->setObjectName(QStringLiteral("roomNameProblem"));
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing());
    m_buttons->button(QDialogButtonBox::Ok)->setText(roomId == 0 ? tr("Add room") : tr("Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RoomNameDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

QString RoomNameDialog::name() const
{
    return m_name->text().trimmed();
}

bool RoomNameDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RoomNameDialog::validate()
{
    QString problem;
    const QString name = this->name();
    const auto current = m_roomId != 0 ? m_registry->room(m_roomId) : std::nullopt;
    if (name.isEmpty())
        problem = tr("Enter a name for the room.");
    else if (current && current->name == name)
        problem.clear(); // unchanged: OK simply closes
    else if (!m_registry->isRoomNameAvailable(name, m_roomId))
        problem = tr("There is already a room called “%1”.").arg(name);
    // An empty name needs no red text: the placeholder and the disabled
    // button say enough before the user has typed anything.
    m_problem->setText(name.isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace homewire::ui
