// What bench_broker and bench_explorer print alike: the lost column, the
// ratio column, the brokers' version lines, and where homewire-broker lives
// next to the benchmark in a build tree.
#pragma once

#include "broker/loads.h"

#include <string>

namespace homewire::bench {

std::string formatLost(const Measurement &m);
// homewire/mosquitto when higher is better, mosquitto/homewire otherwise;
// "-" unless both were measured.
std::string formatRatio(const Measurement &homewire, const Measurement &mosquitto, bool higherIsBetter);
// The first line `command` prints (through the shell), without its newline.
std::string firstLine(const std::string &command);
// build/app/homewire-broker/homewire-broker beside this build's bench/.
std::string defaultHomewirePath();

} // namespace homewire::bench
