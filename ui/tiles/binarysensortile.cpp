#include "binarysensortile.h"

#include "tiletext.h"

namespace homewire::ui {

BinarySensorTile::BinarySensorTile(const devices::Device &device, const devices::Entity &entity,
                                   devices::DeviceService *service, QWidget *parent)
    : EntityTile(device, entity, service, parent)
{}

QString BinarySensorTile::valueText() const
{
    if (!m_state.on)
        return TileText::noValue();
    return TileText::binaryState(m_entity.deviceClass, *m_state.on);
}

} // namespace homewire::ui
