#include "lighttile.h"

#include "tiletext.h"
#include "toggleswitch.h"

#include <QKeyEvent>
#include <QSignalBlocker>
#include <QSlider>

namespace homewire::ui {

namespace {

// How long the slider keeps a sent level the device has not reported yet;
// after that the device's word wins.
constexpr qint64 kRequestedHoldMs = 4000;

} // namespace

LightTile::LightTile(const devices::Device &device, const devices::Entity &entity,
                     devices::DeviceService *service, QWidget *parent)
    : SwitchTile(device, entity, service, parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
{
    const int max = std::max(1, entity.brightnessMax);
    m_slider->setRange(0, max);
    m_slider->setSingleStep(std::max(1, max / 20));
    m_slider->setPageStep(std::max(1, max / 4));
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setAccessibleName(tr("Brightness of %1").arg(entity.name));
    m_slider->setEnabled(entity.isCommandable());
    connect(m_slider, &QSlider::valueChanged, this, &LightTile::sliderMoved);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setFocus(Qt::MouseFocusReason); });
    connect(m_slider, &QSlider::sliderReleased, this, &LightTile::sendLevel);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, &LightTile::sendLevel);
}

int LightTile::percentOf(int level) const
{
    const int max = std::max(1, m_entity.brightnessMax);
    return qRound(100.0 * std::clamp(level, 0, max) / max);
}

bool LightTile::userHoldsLevel() const
{
    return m_slider->isSliderDown() || m_debounce.isActive() || m_requested.has_value();
}

void LightTile::setState(const devices::EntityState &state)
{
    const bool answered = state.brightness == m_requested || state.command == devices::CommandState::Failed ||
                          state.command == devices::CommandState::TimedOut;
    if (m_requested && (answered || m_requestedAge.elapsed() > kRequestedHoldMs))
        m_requested.reset();
    SwitchTile::setState(state);
}

QString LightTile::valueText() const
{
    //: A brightness: "60 %".
    const QString percent = tr("%1 %").arg(percentOf(m_slider->value()));
    if (userHoldsLevel() && !isOffline())
        return percent;
    if (!m_state.on)
        return TileText::noValue();
    if (!*m_state.on)
        return TileText::onOff(false);
    return m_state.brightness ? percent : TileText::onOff(true);
}

QString LightTile::activityText() const
{
    // A level sent to a lamp that is already on is pending "on" too; say
    // what the user actually did.
    if (m_state.command == devices::CommandState::Pending && m_state.commandTarget &&
        m_state.on.value_or(false))
        return tr("Setting brightness…");
    return SwitchTile::activityText();
}

void LightTile::layoutControls(const QRect &valueRow, const QRect &extraRow)
{
    SwitchTile::layoutControls(valueRow, extraRow);
    const int height = std::min(extraRow.height(), m_slider->sizeHint().height());
    m_slider->setGeometry(extraRow.left(), extraRow.center().y() - height / 2 + 1, extraRow.width(), height);
}

void LightTile::updateControls()
{
    SwitchTile::updateControls();
    QPalette sliderPalette = palette();
    sliderPalette.setColor(QPalette::Highlight, accentColor(accent(), palette()));
    m_slider->setPalette(sliderPalette);
    m_slider->setEnabled(m_entity.isCommandable() && !isOffline());
    m_slider->setVisible(hasExtraRow());
    if (userHoldsLevel())
        return;
    const QSignalBlocker blocker(m_slider);
    // Off shows the slider at zero; on without a reported level, full.
    int level = m_state.brightness.value_or(m_slider->maximum());
    if (!m_state.on.value_or(false))
        level = 0;
    m_slider->setValue(level);
}

void LightTile::sliderMoved(int)
{
    if (!m_slider->isSliderDown())
        m_debounce.start();
    refresh();
}

void LightTile::sendLevel()
{
    m_debounce.stop();
    if (isOffline() || !m_entity.isCommandable())
        return;
    m_requested = m_slider->value();
    m_requestedAge.start();
    requestBrightness(m_slider->value());
    refresh();
}

void LightTile::stepBy(int percent)
{
    const int max = std::max(1, m_entity.brightnessMax);
    const int step = std::max(1, qRound(max * std::abs(percent) / 100.0));
    m_slider->setValue(std::clamp(m_slider->value() + (percent < 0 ? -step : step), 0, max));
}

void LightTile::keyPressEvent(QKeyEvent *event)
{
    if (isOffline() || !m_entity.isCommandable())
        return SwitchTile::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        stepBy(-5);
        break;
    case Qt::Key_Right:
        stepBy(5);
        break;
    case Qt::Key_PageDown:
        stepBy(-25);
        break;
    case Qt::Key_PageUp:
        stepBy(25);
        break;
    default:
        return SwitchTile::keyPressEvent(event);
    }
    event->accept();
}

} // namespace homewire::ui
