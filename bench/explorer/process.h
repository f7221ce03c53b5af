// bench_explorer runs every load against every broker in a child process of
// its own (this program again, with --child), so the explorer's memory
// figures are that run's alone and a crash of the explorer is reported, not
// fatal. The child writes its figures to stdout, one line each; the parent
// reads them back. Linux only (/proc, posix_spawn).
#pragma once

#include "broker/loads.h"

#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace homewire::bench {

struct ChildRun
{
    std::vector<Measurement> figures; // as many as asked for; empty values if not written
    std::string failure;              // how the child ended when not with status 0
    double cpuSeconds = 0;            // user plus system time of the child
};

// Runs this executable with `arguments`, killing it after `timeout`.
ChildRun runChild(const std::vector<std::string> &arguments, std::size_t figureCount,
                  Clock::duration timeout);

// Child side: writes the figures for runChild() to stdout.
void writeFigures(const std::vector<Measurement> &figures);

// A "VmRSS"-style field of /proc/self/status, in KiB; -1 when unavailable.
long ownStatusKiB(const char *field);
// CPU time of the calling thread, in seconds.
double threadCpuSeconds();

// CPU seconds of each thread of this process by name ("paho-...",
// "QXcbEventQueue"); threads of one name are added up.
using ThreadTimes = std::map<std::string, double>;
ThreadTimes threadTimes();
// "name 1.23 s, ..." for the threads that used more than 10 ms between the two.
std::string describeThreadTimes(const ThreadTimes &before, const ThreadTimes &after);

} // namespace homewire::bench
