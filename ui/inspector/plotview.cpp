#include "plotview.h"

#include "palettecolors.h"
#include "statuspage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace homewire::ui {

namespace {

QString formatValue(double value)
{
    return QLocale().toString(value, 'g', 8);
}

} // namespace

PlotView::PlotView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_status(new StatusPage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_status);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    auto *toolbar = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("Plot:"), content);
    toolbar->addWidget(sourceLabel);
    m_source = new QComboBox(content);
    m_source->setObjectName(QStringLiteral("plotSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setMinimumContentsLength(12);
    sourceLabel->setBuddy(m_source);
    toolbar->addWidget(m_source);
    toolbar->addSpacing(12);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("plotSummary"));
    m_summary->setEnabled(false);
    toolbar->addWidget(m_summary, 1);
    contentLayout->addLayout(toolbar);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_series = new QLineSeries(m_chart);
    m_series->setPointsVisible(true);
    m_chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_series->attachAxis(m_timeAxis);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    m_chartView = new QChartView(m_chart, content); // takes ownership of the chart
    m_chartView->setObjectName(QStringLiteral("plotChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    contentLayout->addWidget(m_chartView, 1);
    m_stack->addWidget(content);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { emit sourceChanged(currentSource()); });
    applyPalette();
    showNothingToPlot();
}

void PlotView::setSources(const payload::PlotSources &sources, const QString &preferred)
{
    const QString previous = m_source->count() > 0 ? currentSource() : preferred;
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    if (sources.payloadIsNumeric)
        m_source->addItem(tr("Payload value"), QString());
    for (const QString &path : sources.jsonPaths)
        m_source->addItem(path, path);
    int index = m_source->findData(preferred.isEmpty() ? previous : preferred);
    if (index < 0)
        index = m_source->findData(previous);
    m_source->setCurrentIndex(qMax(0, index));
    m_source->setEnabled(m_source->count() > 1);
}

QString PlotView::currentSource() const
{
    return m_source->currentData().toString();
}

bool PlotView::hasSources() const
{
    return m_source->count() > 0;
}

void PlotView::setPoints(const QList<payload::PlotPoint> &points)
{
    if (points.isEmpty()) {
        m_series->clear();
        m_status->showMessage(tr("No numbers in the kept messages"),
                              tr("None of the messages has a number at \u201c%1\u201d.")
                                  .arg(currentSource().isEmpty() ? tr("the payload") : currentSource()));
        m_stack->setCurrentWidget(m_status);
        return;
    }
    QList<QPointF> xy;
    xy.reserve(points.size());
    double low = points.first().value;
    double high = low;
    for (const payload::PlotPoint &point : points) {
        xy.append(QPointF(double(point.timeMs), point.value));
        low = qMin(low, point.value);
        high = qMax(high, point.value);
    }
    m_series->replace(xy);
    qint64 first = points.first().timeMs;
    qint64 last = points.last().timeMs;
    if (last - first < 1000) { // one point, or a burst: give the axis some width
        first -= 30'000;
        last += 30'000;
    }
    const bool sameDay =
        QDateTime::fromMSecsSinceEpoch(first).date() == QDateTime::fromMSecsSinceEpoch(last).date();
    m_timeAxis->setFormat(sameDay ? QStringLiteral("HH:mm:ss") : QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    const double span = high - low;
    const double pad = span > 0 ? span * 0.1 : qMax(1.0, qAbs(high) * 0.1);
    m_valueAxis->setRange(low - pad, high + pad);
    m_valueAxis->applyNiceNumbers();
    m_summary->setText(tr("Last %1 \u00b7 lowest %2 \u00b7 highest %3 \u00b7 %4 points")
                           .arg(formatValue(points.last().value), formatValue(low), formatValue(high))
                           .arg(points.size()));
    m_stack->setCurrentIndex(1);
}

void PlotView::showDecoding(qsizetype bytes)
{
    Q_UNUSED(bytes);
    m_status->showMessage(tr("Reading values\u2026"), tr("Large payloads are read in the background."), true);
    m_stack->setCurrentWidget(m_status);
}

void PlotView::showNothingToPlot()
{
    m_series->clear();
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
    }
    m_status->showMessage(
        tr("Nothing to plot"),
        tr("Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric "
           "fields."));
    m_stack->setCurrentWidget(m_status);
}

int PlotView::pointCount() const
{
    return m_stack->currentWidget() == m_status ? 0 : int(m_series->count());
}

QString PlotView::summary() const
{
    return m_stack->currentWidget() == m_status ? m_status->title() : m_summary->text();
}

void PlotView::applyPalette()
{
    const QPalette &pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = mixColors(pal.color(QPalette::Base), text, 0.15);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidthF(2.0);
    m_series->setPen(pen);
    m_series->setColor(pal.color(QPalette::Highlight));
}

void PlotView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace homewire::ui
