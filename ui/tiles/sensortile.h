// SensorTile: a reading with its unit, large ("21.4 °C"), or the text a
// sensor sends ("charging"); a dash before the first reading. Numeric
// sensors draw the last hour as a sparkline with its lowest and highest
// value.
//
// Not here: thresholds and alerts, longer history (the explorer's charts).
#pragma once

#include "entitytile.h"

namespace homewire::ui {

class Sparkline;

class SensorTile : public EntityTile
{
    Q_OBJECT

public:
    SensorTile(const devices::Device &device, const devices::Entity &entity, devices::DeviceService *service,
               QWidget *parent = nullptr);

    QString valueText() const override;
    Sparkline *sparkline() const { return m_sparkline; }

protected:
    bool hasExtraRow() const override;
    void layoutControls(const QRect &valueRow, const QRect &extraRow) override;
    void updateControls() override;

private:
    Sparkline *m_sparkline;
};

} // namespace homewire::ui
