#include "report.h"

#include <cstdio>
#include <filesystem>

namespace homewire::bench {

std::string formatLost(const Measurement &m)
{
    std::string text = m.lost < 0 ? "-" : std::to_string(m.lost);
    if (m.timedOut)
        text += " timeout";
    return text;
}

std::string formatRatio(const Measurement &homewire, const Measurement &mosquitto, bool higherIsBetter)
{
    if (homewire.value <= 0 || mosquitto.value <= 0)
        return "-";
    const double ratio = higherIsBetter ? homewire.value / mosquitto.value : mosquitto.value / homewire.value;
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", ratio);
    return text;
}

std::string firstLine(const std::string &command)
{
    std::string line;
    if (FILE *pipe = ::popen(command.c_str(), "r")) {
        char buffer[256];
        if (std::fgets(buffer, sizeof buffer, pipe))
            line = buffer;
        ::pclose(pipe);
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return line;
}

std::string defaultHomewirePath()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return (self.parent_path().parent_path() / "app/homewire-broker/homewire-broker").string();
}

} // namespace homewire::bench
