// SwitchTile: a switch, plug, fan or lamp that turns on and off. A large
// toggle shows the reported state; pressing it (or Space/Enter on the
// focused tile) asks for the opposite. The status follows the command:
// "Turning on…" while pending (the toggle stands at the target, pulsing),
// "On · confirmed" for a few seconds after the device confirmed, a warning
// when it did not, "assumed" without a state topic, the error when the
// command could not be sent.
//
// Not here: brightness (LightTile).
#pragma once

#include "entitytile.h"

#include <QTimer>

namespace homewire::ui {

class ToggleSwitch;

class SwitchTile : public EntityTile
{
    Q_OBJECT

public:
    SwitchTile(const devices::Device &device, const devices::Entity &entity, devices::DeviceService *service,
               QWidget *parent = nullptr);

    void setState(const devices::EntityState &state) override;
    QString valueText() const override;

    // How long "· confirmed" stays after a confirmation (default 3 s).
    void setConfirmationHoldMs(int ms) { m_confirmedHold.setInterval(ms); }
    ToggleSwitch *toggleSwitch() const { return m_toggle; }

protected:
    QString activityText() const override;
    Tone activityTone() const override;
    bool isActive() const override;
    Accent accent() const override;
    int valueRowReserve() const override;
    void layoutControls(const QRect &valueRow, const QRect &extraRow) override;
    void updateControls() override;
    void keyPressEvent(QKeyEvent *event) override;

    // The on/off a press asks for: the opposite of what the toggle shows.
    void toggle();
    // The state the toggle shows: the target while pending.
    bool shownOn() const;

private:
    ToggleSwitch *m_toggle;
    QTimer m_confirmedHold;
};

} // namespace homewire::ui
