// Sparkline: a sensor's recent readings as a small line, with the lowest
// and highest value of the span written at its right end. Time runs left to
// right over a fixed span (an hour by default) ending now, so a sensor that
// went quiet shows its line stopping short instead of stretched.
//
// Not here: axes, hover values, zoom (a chart belongs in the explorer).
#pragma once

#include "devices/entitystate.h"

#include <QList>
#include <QPainter>
#include <QWidget>
#include <optional>

namespace homewire::ui {

class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // Samples oldest first; only those within `spanMs` before `endMs` show.
    void setSamples(const QList<devices::Sample> &samples, qint64 endMs, qint64 spanMs = 3'600'000);
    // Decimals of the min/max labels.
    void setDecimals(int decimals);
    void setLineColor(const QColor &color);

    // The samples inside the span.
    int pointCount() const { return int(m_points.size()); }
    // Lowest and highest value inside the span; none without samples.
    std::optional<std::pair<double, double>> range() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLine(QPainter &painter, const QRectF &plot, std::pair<double, double> range) const;
    int labelWidth() const;
    QFont labelFont() const;

    QList<devices::Sample> m_points;
    qint64 m_endMs = 0;
    qint64 m_spanMs = 3'600'000;
    int m_decimals = 1;
    QColor m_lineColor;
};

} // namespace homewire::ui
