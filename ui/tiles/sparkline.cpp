#include "sparkline.h"

#include "tiletext.h"
#include "ui/theme.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace homewire::ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void Sparkline::setSamples(const QList<devices::Sample> &samples, qint64 endMs, qint64 spanMs)
{
    m_endMs = endMs;
    m_spanMs = std::max<qint64>(1, spanMs);
    m_points.clear();
    const qint64 startMs = endMs - m_spanMs;
    for (const devices::Sample &sample : samples) {
        if (sample.ms >= startMs && sample.ms <= endMs && std::isfinite(sample.value))
            m_points.append(sample);
    }
    update();
}

void Sparkline::setDecimals(int decimals)
{
    m_decimals = std::clamp(decimals, 0, 3);
    update();
}

void Sparkline::setLineColor(const QColor &color)
{
    m_lineColor = color;
    update();
}

std::optional<std::pair<double, double>> Sparkline::range() const
{
    if (m_points.isEmpty())
        return std::nullopt;
    double low = m_points.first().value;
    double high = low;
    for (const devices::Sample &sample : m_points) {
        low = std::min(low, sample.value);
        high = std::max(high, sample.value);
    }
    return std::pair{low, high};
}

QSize Sparkline::sizeHint() const
{
    return {fontMetrics().height() * 8, fontMetrics().height() * 2};
}

QFont Sparkline::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.75);
    return f;
}

int Sparkline::labelWidth() const
{
    const auto r = range();
    if (!r)
        return 0;
    const QFontMetrics fm(labelFont());
    return std::max(fm.horizontalAdvance(TileText::number(r->first, m_decimals)),
                    fm.horizontalAdvance(TileText::number(r->second, m_decimals)));
}

void Sparkline::paintEvent(QPaintEvent *)
{
    const auto r = range();
    if (!r)
        return;
    // The min/max labels on the right, the line in the rest.
    const int gap = fontMetrics().averageCharWidth();
    const int labels = labelWidth();
    const QRectF plot = QRectF(rect()).adjusted(1.5, 2.5, -(labels + gap + 1.5), -2.5);
    if (plot.width() < 4 || plot.height() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    paintLine(painter, plot, *r);

    const auto [low, high] = *r;
    painter.setFont(labelFont());
    painter.setPen(p.color(isEnabled() ? QPalette::PlaceholderText : QPalette::WindowText));
    const QRectF labelRect(rect().right() - labels, rect().top(), labels, rect().height());
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignTop, TileText::number(high, m_decimals));
    if (high > low)
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignBottom, TileText::number(low, m_decimals));
}

void Sparkline::paintLine(QPainter &painter, const QRectF &plot, std::pair<double, double> range) const
{
    const QColor line = isEnabled() && m_lineColor.isValid()
                            ? m_lineColor
                            : palette().color(QPalette::Disabled, QPalette::WindowText);
    const auto [low, high] = range;
    const double spread = high - low;
    const auto pointAt = [&](const devices::Sample &s) {
        const qreal x = plot.left() + plot.width() * qreal(s.ms - (m_endMs - m_spanMs)) / qreal(m_spanMs);
        // A flat line sits in the middle rather than on the floor.
        const qreal y =
            spread > 0 ? plot.bottom() - plot.height() * (s.value - low) / spread : plot.center().y();
        return QPointF(x, y);
    };

    if (m_points.size() == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(line);
        painter.drawEllipse(pointAt(m_points.first()), 2.5, 2.5);
        return;
    }
    QPainterPath path(pointAt(m_points.first()));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        path.lineTo(pointAt(m_points.at(i)));
    // A soft fill under the line, fading downwards.
    QPainterPath area = path;
    area.lineTo(path.currentPosition().x(), plot.bottom());
    area.lineTo(pointAt(m_points.first()).x(), plot.bottom());
    area.closeSubpath();
    QLinearGradient fill(plot.topLeft(), plot.bottomLeft());
    QColor top = line;
    top.setAlphaF(0.22);
    QColor bottom = line;
    bottom.setAlphaF(0.0);
    fill.setColorAt(0, top);
    fill.setColorAt(1, bottom);
    painter.fillPath(area, fill);

    QPen pen(line, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

} // namespace homewire::ui
