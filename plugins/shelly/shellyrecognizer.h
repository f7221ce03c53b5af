// ShellyRecognizer: finds Shelly devices of both API generations and hands
// each message to the one it belongs to: Gen1 topics start with "shellies/",
// Gen2/Gen3 devices publish under their own topic prefix
// ("shellyplus1pm-441793/status/switch:0").
//
// Not here: what the topics mean (ShellyGen1, ShellyGen2).
#pragma once

#include "shellygen1.h"
#include "shellygen2.h"

#include <QCoreApplication>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::shelly {

class ShellyRecognizer final : public devices::DeviceRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(ShellyRecognizer)

public:
    static constexpr int MaxPayloadBytes = 64 * 1024;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    ShellyGen1 m_gen1;
    ShellyGen2 m_gen2;
};

} // namespace homewire::plugins::shelly
