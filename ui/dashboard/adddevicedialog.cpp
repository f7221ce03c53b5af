#include "ui/dashboard/adddevicedialog.h"

#include "devices/deviceregistry.h"
#include "devices/manualdevice.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/dashboard/topicproblem.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace homewire::ui {

using devices::EntityKind;

namespace {

constexpr int FieldChars = 34;

} // namespace

AddDeviceDialog::AddDeviceDialog(devices::DeviceRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("addDeviceDialog"));
    setWindowTitle(tr("Add device"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(createDeviceGroup(), 1);
    columns->addWidget(createOptionalGroup(), 1);

    m_problem = new ToneLabel(ToneLabel::Tone::Error, QString(), this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add device"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDeviceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    for (QLineEdit *field : m_problems.keys()) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            validate();
        });
        connect(field, &QLineEdit::textChanged, this, &AddDeviceDialog::validate);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddDeviceDialog::onKindChanged);
    connect(m_room, &QComboBox::currentTextChanged, this, &AddDeviceDialog::validate);
    connect(m_brightnessMax, &QSpinBox::valueChanged, this, &AddDeviceDialog::validate);
    onKindChanged();
    m_name->setFocus();
}

QLineEdit *AddDeviceDialog::addField(QFormLayout *form, const QString &label, const QString &objectName,
                                     const QString &placeholder)
{
    // The field with its problem underneath, as one row of the form.
    auto *cell = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *field = new QLineEdit(cell);
    field->setObjectName(objectName);
    // Wide enough for a typical topic, and for an explanation to wrap in
    // a few lines rather than a column of words.
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * FieldChars);
    field->setPlaceholderText(placeholder);
    auto *problem = new ToneLabel(ToneLabel::Tone::Error, QString(), cell);
    problem->setObjectName(objectName + QStringLiteral("Problem"));
    problem->hide();
    column->addWidget(field);
    column->addWidget(problem);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, cell);
    m_problems.insert(field, problem);
    return field;
}

QWidget *AddDeviceDialog::createDeviceGroup()
{
    auto *box = new QGroupBox(tr("Device"), this);
    m_deviceForm = new QFormLayout(box);
    m_deviceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Lamp or switch"), int(EntityKind::Switch));
    m_kind->addItem(tr("Dimmable light"), int(EntityKind::Light));
    m_kind->addItem(tr("Sensor"), int(EntityKind::Sensor));
    m_kind->addItem(tr("Binary sensor"), int(EntityKind::BinarySensor));
    m_deviceForm->addRow(tr("&Kind:"), m_kind);

    m_name = addField(m_deviceForm, tr("&Name:"), QStringLiteral("name"), tr("e.g. Office lamp"));

    m_room = new QComboBox(box);
    m_room->setObjectName(QStringLiteral("room"));
    m_room->setEditable(true);
    m_room->setInsertPolicy(QComboBox::NoInsert);
    for (const store::Room &room : m_registry->rooms())
        m_room->addItem(room.name, room.id);
    m_room->setCurrentText(m_room->count() > 0 ? m_room->itemText(0) : tr("Home"));
    m_roomNote = new ToneLabel(ToneLabel::Tone::Secondary, QString(), box);
    m_roomNote->setObjectName(QStringLiteral("roomNote"));
    auto *roomCell = new QWidget(box);
    auto *roomColumn = new QVBoxLayout(roomCell);
    roomColumn->setContentsMargins(0, 0, 0, 0);
    roomColumn->setSpacing(2);
    roomColumn->addWidget(m_room);
    roomColumn->addWidget(m_roomNote);
    auto *roomLabel = new QLabel(tr("&Room:"), box);
    roomLabel->setBuddy(m_room);
    m_deviceForm->addRow(roomLabel, roomCell);

    m_topic =
        addField(m_deviceForm, tr("&Command topic:"), QStringLiteral("topic"), tr("e.g. home/office/lamp"));
    m_topicLabel = qobject_cast<QLabel *>(m_deviceForm->labelForField(m_topic->parentWidget()));
    m_unit = addField(m_deviceForm, tr("&Unit:"), QStringLiteral("unit"), tr("e.g. °C, %, W"));
    m_brightnessMax = new QSpinBox(box);
    m_brightnessMax->setObjectName(QStringLiteral("brightnessMax"));
    m_brightnessMax->setRange(1, 65535);
    m_brightnessMax->setValue(100);
    m_brightnessMax->setToolTip(tr("The brightness the light calls full: 100 for a percentage, 255 for many "
                                   "LED controllers"));
    m_deviceForm->addRow(tr("&Full brightness:"), m_brightnessMax);
    return box;
}

QWidget *AddDeviceDialog::createOptionalGroup()
{
    auto *box = new QGroupBox(tr("State and availability (optional)"), this);
    m_optionalForm = new QFormLayout(box);
    m_optionalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_payloadOn = addField(m_optionalForm, tr("Payload o&n:"), QStringLiteral("payloadOn"), QString());
    m_payloadOn->setText(QStringLiteral("on"));
    m_payloadOff = addField(m_optionalForm, tr("Payload o&ff:"), QStringLiteral("payloadOff"), QString());
    m_payloadOff->setText(QStringLiteral("off"));
    m_stateTopic = addField(m_optionalForm, tr("&State topic:"), QStringLiteral("stateTopic"),
                            tr("e.g. home/office/lamp/state"));
    m_jsonField =
        addField(m_optionalForm, tr("&JSON field:"), QStringLiteral("jsonField"), tr("whole payload"));
    m_jsonField->setToolTip(tr("When the state is JSON, the member to read; dots for nesting, e.g. "
                               "ENERGY.Power"));
    m_availabilityTopic = addField(m_optionalForm, tr("&Availability topic:"),
                                   QStringLiteral("availabilityTopic"), tr("e.g. home/office/lamp/status"));
    m_online = addField(m_optionalForm, tr("Payload on&line:"), QStringLiteral("payloadOnline"), QString());
    m_online->setText(QStringLiteral("online"));
    m_offline =
        addField(m_optionalForm, tr("Payload offl&ine:"), QStringLiteral("payloadOffline"), QString());
    m_offline->setText(QStringLiteral("offline"));
    m_optionalNote = new ToneLabel(ToneLabel::Tone::Secondary, QString(), box);
    m_optionalNote->setObjectName(QStringLiteral("optionalNote"));
    m_optionalForm->addRow(m_optionalNote);
    return box;
}

void AddDeviceDialog::setKind(EntityKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void AddDeviceDialog::setRoomName(const QString &name)
{
    m_room->setCurrentText(name);
}

QString AddDeviceDialog::roomName() const
{
    return m_room->currentText().trimmed();
}

void AddDeviceDialog::onKindChanged()
{
    const auto kind = EntityKind(m_kind->currentData().toInt());
    const bool commandable = kind == EntityKind::Switch || kind == EntityKind::Light;
    // A sensor's one topic is where it reports; a switch's is where it listens.
    m_topicLabel->setText(commandable ? tr("&Command topic:") : tr("&Topic:"));
    m_topic->setPlaceholderText(commandable ? tr("e.g. home/office/lamp")
                                            : tr("e.g. home/kitchen/temperature"));
    m_deviceForm->setRowVisible(m_unit->parentWidget(), kind == EntityKind::Sensor);
    m_deviceForm->setRowVisible(m_brightnessMax, kind == EntityKind::Light);
    m_optionalForm->setRowVisible(m_stateTopic->parentWidget(), commandable);
    const bool onOff = kind != EntityKind::Sensor;
    m_optionalForm->setRowVisible(m_payloadOn->parentWidget(), onOff);
    m_optionalForm->setRowVisible(m_payloadOff->parentWidget(), onOff);
    auto *onLabel = qobject_cast<QLabel *>(m_optionalForm->labelForField(m_payloadOn->parentWidget()));
    auto *offLabel = qobject_cast<QLabel *>(m_optionalForm->labelForField(m_payloadOff->parentWidget()));
    onLabel->setText(commandable ? tr("Payload o&n:") : tr("Value o&n:"));
    offLabel->setText(commandable ? tr("Payload o&ff:") : tr("Value o&ff:"));
    m_optionalNote->setText(commandable ? tr("Without a state topic Homewire cannot tell whether a command "
                                             "worked, and shows the state it asked for as assumed.")
                                        : tr("Without an availability topic the sensor always counts as "
                                             "online; its last reading shows how old it is."));
    validate();
}

devices::Device AddDeviceDialog::device() const
{
    const auto kind = EntityKind(m_kind->currentData().toInt());
    const bool commandable = kind == EntityKind::Switch || kind == EntityKind::Light;
    const QString name = m_name->text().trimmed();
    const QByteArray topic = m_topic->text().toUtf8();
    const QByteArray stateTopic = commandable ? m_stateTopic->text().toUtf8() : topic;
    devices::Entity entity = devices::makeSwitchEntity(name, commandable ? topic : QByteArray(), stateTopic,
                                                       m_availabilityTopic->text().toUtf8());
    entity.kind = kind;
    entity.payloadOn = entity.stateOn = m_payloadOn->text().toUtf8();
    entity.payloadOff = entity.stateOff = m_payloadOff->text().toUtf8();
    entity.state.field = m_jsonField->text().trimmed();
    entity.payloadAvailable = m_online->text().toUtf8();
    entity.payloadNotAvailable = m_offline->text().toUtf8();
    if (kind == EntityKind::Sensor)
        entity.unit = m_unit->text().trimmed();
    if (kind == EntityKind::Light)
        entity.brightnessMax = m_brightnessMax->value();
    return devices::makeManualDevice(name, {entity});
}

QString AddDeviceDialog::payloadProblem(QLineEdit *on, QLineEdit *off) const
{
    if (on->text().isEmpty() || off->text().isEmpty())
        return tr("Enter both payloads.");
    if (on->text() == off->text())
        return tr("The two payloads must differ, or on and off could not be told apart.");
    return {};
}

void AddDeviceDialog::showProblem(QLineEdit *field, const QString &problem)
{
    QLabel *label = problemLabel(field);
    // An untouched empty field is not yet wrong: the disabled button says it
    // is needed; red text before any typing would only scold.
    const bool show = !problem.isEmpty() && (!field->text().isEmpty() || m_touched.contains(field));
    label->setText(problem);
    // Layouts size the dialog by minimum sizes, which do not follow word
    // wrapping: reserve the height the text needs at the field's width.
    label->setMinimumHeight(show ? qMax(0, label->heightForWidth(qMax(field->width(), field->minimumWidth())))
                                 : 0);
    label->setVisible(show);
}

std::optional<qint64> AddDeviceDialog::existingRoom(const QString &name) const
{
    for (const store::Room &room : m_registry->rooms()) {
        if (room.name.compare(name, Qt::CaseInsensitive) == 0)
            return room.id;
    }
    return std::nullopt;
}

void AddDeviceDialog::validate()
{
    const auto kind = EntityKind(m_kind->currentData().toInt());
    const bool commandable = kind == EntityKind::Switch || kind == EntityKind::Light;
    QHash<QLineEdit *, QString> problems;
    if (m_name->text().trimmed().isEmpty())
        problems.insert(m_name, tr("Enter a name, e.g. Office lamp."));
    problems.insert(m_topic, topicProblem(m_topic->text(), true));
    if (commandable)
        problems.insert(m_stateTopic, topicProblem(m_stateTopic->text(), false));
    problems.insert(m_availabilityTopic, topicProblem(m_availabilityTopic->text(), false));
    if (kind != EntityKind::Sensor)
        problems.insert(m_payloadOff, payloadProblem(m_payloadOn, m_payloadOff));
    if (!m_availabilityTopic->text().isEmpty())
        problems.insert(m_offline, payloadProblem(m_online, m_offline));
    for (QLineEdit *field : m_problems.keys())
        showProblem(field, problems.value(field));

    bool ok = std::all_of(problems.cbegin(), problems.cend(), [](const QString &p) { return p.isEmpty(); });
    const QString room = roomName();
    if (room.isEmpty()) {
        m_roomNote->setText(tr("Choose a room or type a new one."));
        ok = false;
    } else {
        m_roomNote->setText(existingRoom(room) ? QString() : tr("A new room “%1” will be added.").arg(room));
    }
    m_roomNote->setMinimumHeight(
        qMax(0, m_roomNote->heightForWidth(qMax(m_room->width(), m_room->minimumWidth()))));
    m_roomNote->setVisible(!m_roomNote->text().isEmpty());

    // What the field checks cannot see (the device model's own rules).
    QString general;
    if (ok) {
        const devices::Device device = this->device();
        general = devices::validateEntity(device.entities.constFirst());
    }
    m_problem->setText(general);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && general.isEmpty());
}

bool AddDeviceDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void AddDeviceDialog::accept()
{
    validate();
    if (!isAcceptable())
        return;
    const devices::Device device = this->device();
    qint64 roomId = existingRoom(roomName()).value_or(0);
    if (roomId == 0)
        roomId = m_registry->addRoom(roomName());
    if (roomId == 0 || !m_registry->addDevice(device, roomId)) {
        m_problem->setText(tr("The device could not be added."));
        return;
    }
    m_addedDeviceId = device.id;
    QDialog::accept();
}

} // namespace homewire::ui
