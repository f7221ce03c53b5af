#include "switchtile.h"

#include "tiletext.h"
#include "toggleswitch.h"

#include <QDateTime>
#include <QKeyEvent>

namespace homewire::ui {

using devices::CommandState;

namespace {

// A confirmation older than this is history, not news: a tile made later
// (or reshown) does not announce it again.
constexpr qint64 kConfirmationNewsMs = 30'000;

} // namespace

SwitchTile::SwitchTile(const devices::Device &device, const devices::Entity &entity,
                       devices::DeviceService *service, QWidget *parent)
    : EntityTile(device, entity, service, parent)
    , m_toggle(new ToggleSwitch(this))
{
    m_toggle->setAccessibleName(entity.name);
    m_toggle->setEnabled(entity.isCommandable());
    connect(m_toggle, &ToggleSwitch::clicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        toggle();
    });
    m_confirmedHold.setSingleShot(true);
    m_confirmedHold.setInterval(3000);
    connect(&m_confirmedHold, &QTimer::timeout, this, &SwitchTile::refresh);
}

void SwitchTile::setState(const devices::EntityState &state)
{
    const bool newConfirmation =
        state.command == CommandState::Confirmed &&
        (m_state.command != CommandState::Confirmed || m_state.commandSentMs != state.commandSentMs) &&
        QDateTime::currentMSecsSinceEpoch() - state.commandSentMs < kConfirmationNewsMs;
    if (newConfirmation)
        m_confirmedHold.start();
    else if (state.command != CommandState::Confirmed)
        m_confirmedHold.stop();
    EntityTile::setState(state);
}

QString SwitchTile::valueText() const
{
    if (!m_state.on)
        return TileText::noValue();
    return TileText::onOff(*m_state.on);
}

QString SwitchTile::activityText() const
{
    const bool target = m_state.commandTarget;
    switch (m_state.command) {
    case CommandState::Idle:
        break;
    case CommandState::Pending:
        return target ? tr("Turning on…") : tr("Turning off…");
    case CommandState::Confirmed:
        if (m_confirmedHold.isActive())
            return target ? tr("On · confirmed") : tr("Off · confirmed");
        break;
    case CommandState::TimedOut:
        if (m_state.on && *m_state.on != target)
            return *m_state.on ? tr("No answer from the device — it still reports On")
                               : tr("No answer from the device — it still reports Off");
        return tr("No answer from the device");
    case CommandState::Optimistic:
        return target ? tr("On · assumed (no state topic)") : tr("Off · assumed (no state topic)");
    case CommandState::Failed:
        if (!m_state.commandError.isEmpty()) {
            // Errors come as sentence fragments ("not connected to a broker").
            QString error = m_state.commandError;
            error[0] = error.at(0).toUpper();
            return error;
        }
        return tr("The command could not be sent");
    }
    return {};
}

EntityTile::Tone SwitchTile::activityTone() const
{
    switch (m_state.command) {
    case CommandState::TimedOut:
        return Tone::Warning;
    case CommandState::Failed:
        return Tone::Error;
    default:
        return Tone::Muted;
    }
}

bool SwitchTile::shownOn() const
{
    return m_state.shownOn();
}

bool SwitchTile::isActive() const
{
    return !isOffline() &&
           m_state.on.value_or(m_state.command == CommandState::Optimistic && m_state.commandTarget);
}

Accent SwitchTile::accent() const
{
    const QString c = m_entity.deviceClass.toLower();
    if (m_entity.kind == devices::EntityKind::Light || c == QLatin1String("lamp") ||
        c == QLatin1String("light") || c == QLatin1String("dimmer"))
        return Accent::Lamp;
    if (c == QLatin1String("heater") || c == QLatin1String("heating"))
        return Accent::Heat;
    return Accent::Power;
}

int SwitchTile::valueRowReserve() const
{
    return m_toggle->sizeHint().width() + fontMetrics().averageCharWidth();
}

void SwitchTile::layoutControls(const QRect &valueRow, const QRect &)
{
    const QSize size = m_toggle->sizeHint();
    m_toggle->setGeometry(valueRow.right() - size.width() + 1, valueRow.center().y() - size.height() / 2 + 1,
                          size.width(), size.height());
}

void SwitchTile::updateControls()
{
    m_toggle->setAccent(accentColor(accent(), palette()));
    m_toggle->setEnabled(m_entity.isCommandable() && !isOffline());
    m_toggle->setPending(m_state.command == CommandState::Pending && !isOffline());
    m_toggle->setOn(shownOn());
}

void SwitchTile::toggle()
{
    if (!m_entity.isCommandable())
        return;
    requestSwitch(!shownOn());
}

void SwitchTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->isAutoRepeat()) {
            event->accept();
            return;
        }
        toggle();
        event->accept();
        return;
    default:
        EntityTile::keyPressEvent(event);
    }
}

} // namespace homewire::ui
