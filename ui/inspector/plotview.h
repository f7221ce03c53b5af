// PlotView: the Plot tab. A line chart of a topic's numbers over time: the
// payload itself ("21.5", "ON"/"OFF") or a numeric JSON field chosen in a
// combo box ("sensor.temp"), with the last, lowest and highest value.
//
// The chart takes its colours from the palette, so it sits in a dark theme.
//
// Not here: reading numbers out of payloads (core/history/payload/plotseries.h).
#pragma once

#include "history/payload/plotseries.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace homewire::ui {

class StatusPage;

class PlotView : public QWidget
{
    Q_OBJECT

public:
    explicit PlotView(QWidget *parent = nullptr);

    // What can be plotted. Keeps the current choice when it is still offered,
    // else prefers `preferred`, else the payload, else the first field.
    void setSources(const payload::PlotSources &sources, const QString &preferred = {});
    // The chosen source: empty for the payload itself, else a JSON path.
    QString currentSource() const;
    bool hasSources() const;

    void setPoints(const QList<payload::PlotPoint> &points);
    void showDecoding(qsizetype bytes);
    void showNothingToPlot();

    int pointCount() const;
    QString summary() const;
    StatusPage *statusPage() const { return m_status; }
    QChartView *chartView() const { return m_chartView; }

signals:
    void sourceChanged(const QString &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QStackedWidget *m_stack;
    StatusPage *m_status;
    QComboBox *m_source;
    QLabel *m_summary;
    QChartView *m_chartView;
    QChart *m_chart;
    QLineSeries *m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
};

} // namespace homewire::ui
