#include "sensortile.h"

#include "sparkline.h"
#include "tiletext.h"

#include <QDateTime>

namespace homewire::ui {

SensorTile::SensorTile(const devices::Device &device, const devices::Entity &entity,
                       devices::DeviceService *service, QWidget *parent)
    : EntityTile(device, entity, service, parent)
    , m_sparkline(new Sparkline(this))
{}

QString SensorTile::valueText() const
{
    return TileText::reading(m_state, m_entity.unit);
}

bool SensorTile::hasExtraRow() const
{
    // A text sensor has no line to draw; its value sits centred instead.
    return !isOffline() && (m_state.number.has_value() || !m_state.history.isEmpty());
}

void SensorTile::layoutControls(const QRect &, const QRect &extraRow)
{
    m_sparkline->setGeometry(extraRow);
}

void SensorTile::updateControls()
{
    m_sparkline->setVisible(hasExtraRow());
    m_sparkline->setEnabled(!isOffline());
    m_sparkline->setLineColor(accentColor(Accent::Active, palette()));
    m_sparkline->setDecimals(TileText::decimalsOf(m_state.value));
    m_sparkline->setSamples(m_state.history, QDateTime::currentMSecsSinceEpoch());
    const auto range = m_sparkline->range();
    if (range) {
        const int decimals = TileText::decimalsOf(m_state.value);
        const QString unit = m_entity.unit.isEmpty() ? QString() : QLatin1Char(' ') + m_entity.unit;
        m_sparkline->setToolTip(tr("Last hour: lowest %1, highest %2")
                                    .arg(TileText::number(range->first, decimals) + unit,
                                         TileText::number(range->second, decimals) + unit));
    } else {
        m_sparkline->setToolTip(QString());
    }
}

} // namespace homewire::ui
