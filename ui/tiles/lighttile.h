// LightTile: a dimmable light. The switch tile's toggle plus a brightness
// slider shown as a percentage ("60 %"). Dragging sends the level when the
// slider is released; clicks on the groove and the keys (Left/Right by 5 %,
// PageUp/PageDown by 25 %, on the focused tile; Up/Down are left to the
// page for moving between tiles) send it after a short pause,
// so a burst of key presses becomes one command. Until the device reports
// the level asked for, the slider stays where the user put it.
//
// Not here: colour and colour temperature.
#pragma once

#include "switchtile.h"

#include <QElapsedTimer>
#include <QTimer>
#include <optional>

class QSlider;

namespace homewire::ui {

class LightTile : public SwitchTile
{
    Q_OBJECT

public:
    LightTile(const devices::Device &device, const devices::Entity &entity, devices::DeviceService *service,
              QWidget *parent = nullptr);

    void setState(const devices::EntityState &state) override;
    QString valueText() const override;

    QSlider *slider() const { return m_slider; }
    // The pause before a key or click change is sent (default 350 ms).
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // `level` (0..brightnessMax) as a whole percentage.
    int percentOf(int level) const;

protected:
    QString activityText() const override;
    bool hasExtraRow() const override { return !isOffline(); }
    void layoutControls(const QRect &valueRow, const QRect &extraRow) override;
    void updateControls() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sliderMoved(int level);
    void sendLevel();
    void stepBy(int percent);
    bool userHoldsLevel() const;

    QSlider *m_slider;
    QTimer m_debounce;
    std::optional<int> m_requested; // sent, not yet reported back
    QElapsedTimer m_requestedAge;
};

} // namespace homewire::ui
