// ToggleSwitch: the large on/off switch on switch and lamp tiles. It shows
// what it is told (setOn), never flips itself when clicked: a click only
// emits clicked(), and the tile sends the command and shows the device's
// answer. While a command is pending it shows the target position with a
// muted, pulsing track, so the user sees both what was asked for and that
// it is not done yet.
//
// Not here: sending commands, keyboard handling (the tile has the focus).
#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QVariantAnimation>

namespace homewire::ui {

class ToggleSwitch : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ToggleSwitch(QWidget *parent = nullptr);

    // The position shown; `animate` slides the knob.
    void setOn(bool on, bool animate = true);
    bool isOn() const { return isChecked(); }
    // Pending: the knob stands at the target and the track pulses.
    void setPending(bool pending);
    bool isPending() const { return m_pending; }
    // The track colour when on (the tile's accent).
    void setAccent(const QColor &accent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void nextCheckState() override {}
    bool hitButton(const QPoint &pos) const override { return rect().contains(pos); }

private:
    QColor trackColor() const;

    QColor m_accent;
    bool m_pending = false;
    qreal m_knob = 0;  // 0: off position, 1: on position
    qreal m_pulse = 1; // track opacity while pending
    QVariantAnimation m_slide;
    QVariantAnimation m_pulseAnimation;
};

} // namespace homewire::ui
