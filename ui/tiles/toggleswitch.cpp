#include "toggleswitch.h"

#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace homewire::ui {

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    m_accent = palette().color(QPalette::Highlight);

    m_slide.setDuration(140);
    m_slide.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_slide, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_knob = value.toReal();
        update();
    });

    m_pulseAnimation.setDuration(1800);
    m_pulseAnimation.setLoopCount(-1);
    m_pulseAnimation.setKeyValueAt(0, 0.9);
    m_pulseAnimation.setKeyValueAt(0.5, 0.35);
    m_pulseAnimation.setKeyValueAt(1, 0.9);
    m_pulseAnimation.setEasingCurve(QEasingCurve::InOutSine);
    connect(&m_pulseAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_pulse = value.toReal();
        update();
    });
}

void ToggleSwitch::setOn(bool on, bool animate)
{
    const qreal target = on ? 1 : 0;
    setChecked(on);
    if (!animate || !isVisible()) {
        m_slide.stop();
        m_knob = target;
        update();
        return;
    }
    if (qFuzzyCompare(m_knob + 1, target + 1) && m_slide.state() != QAbstractAnimation::Running)
        return;
    m_slide.stop();
    m_slide.setStartValue(m_knob);
    m_slide.setEndValue(target);
    m_slide.start();
}

void ToggleSwitch::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    if (pending) {
        m_pulseAnimation.start();
    } else {
        m_pulseAnimation.stop();
        m_pulse = 1;
    }
    update();
}

void ToggleSwitch::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

QSize ToggleSwitch::sizeHint() const
{
    // Sized by the font, so it grows with the user's text size and scales
    // cleanly on high-density screens.
    const int h = qRound(fontMetrics().height() * 1.5);
    return {qRound(h * 1.8), h};
}

QColor ToggleSwitch::trackColor() const
{
    const QPalette &p = palette();
    const QColor base = cardColor(p);
    const QColor offColor = mixColors(base, p.color(QPalette::WindowText), isDark(p) ? 0.3 : 0.22);
    if (!isEnabled())
        return mixColors(base, p.color(QPalette::Disabled, QPalette::WindowText), 0.25);
    QColor color = mixColors(offColor, m_accent, m_knob);
    if (m_pending) {
        // Muted towards the off colour and pulsing: asked for, not done.
        color = mixColors(offColor, color, 0.55);
        color.setAlphaF(color.alphaF() * m_pulse);
    }
    return color;
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize hint = sizeHint();
    const QSizeF size(std::min(width(), hint.width()), std::min(height(), hint.height()));
    const QRectF track(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    const qreal radius = track.height() / 2;

    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor());
    painter.drawRoundedRect(track, radius, radius);

    const qreal margin = std::max<qreal>(2, track.height() * 0.12);
    const qreal diameter = track.height() - 2 * margin;
    const qreal x = track.left() + margin + m_knob * (track.width() - diameter - 2 * margin);
    const QRectF knob(x, track.top() + margin, diameter, diameter);
    QColor knobColor = isDark(palette()) ? QColor(0xf0, 0xf2, 0xf5) : QColor(0xff, 0xff, 0xff);
    if (!isEnabled())
        knobColor = mixColors(knobColor, palette().color(QPalette::Window), 0.4);
    // A faint shadow lifts the knob off a light track.
    painter.setBrush(QColor(0, 0, 0, isEnabled() ? 40 : 15));
    painter.drawEllipse(knob.translated(0, 0.8));
    painter.setBrush(knobColor);
    painter.drawEllipse(knob);
    if (m_pending) {
        // A small ring in the knob: the command is on its way.
        QPen ring(mixColors(knobColor, m_accent, 0.8), std::max<qreal>(1.2, diameter * 0.09));
        ring.setCapStyle(Qt::RoundCap);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        const qreal inset = diameter * 0.28;
        painter.drawArc(knob.adjusted(inset, inset, -inset, -inset), 90 * 16, 270 * 16);
    }
}

} // namespace homewire::ui
