// BinarySensorTile: a reading that is on or off, in the words of its device
// class: "Detected"/"Clear" for motion, "Open"/"Closed" for a contact,
// "On"/"Off" otherwise. An active reading lights the card.
//
// Not here: commands (a binary sensor takes none).
#pragma once

#include "entitytile.h"

namespace homewire::ui {

class BinarySensorTile : public EntityTile
{
    Q_OBJECT

public:
    BinarySensorTile(const devices::Device &device, const devices::Entity &entity,
                     devices::DeviceService *service, QWidget *parent = nullptr);

    QString valueText() const override;

protected:
    bool isActive() const override { return !isOffline() && m_state.on.value_or(false); }
    Accent accent() const override { return Accent::Active; }
};

} // namespace homewire::ui
