#include "process.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace homewire::bench {

namespace {

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

std::string describeStatus(int status)
{
    if (WIFSIGNALED(status))
        return std::string("killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
               strsignal(WTERMSIG(status)) + ")";
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

// "figure INDEX VALUE LOST TIMEDOUT" or "note INDEX TEXT".
void parseLine(const std::string &line, std::vector<Measurement> &figures)
{
    std::istringstream in(line);
    std::string kind;
    size_t index = 0;
    if (!(in >> kind >> index) || index >= figures.size())
        return;
    Measurement &m = figures[index];
    if (kind == "figure") {
        int timedOut = 0;
        in >> m.value >> m.lost >> timedOut;
        m.timedOut = timedOut != 0;
    } else if (kind == "note") {
        std::string text;
        std::getline(in >> std::ws, text);
        addNote(m.note, text);
    }
}

} // namespace

ChildRun runChild(const std::vector<std::string> &arguments, std::size_t figureCount, Clock::duration timeout)
{
    ChildRun run;
    run.figures.resize(figureCount);
    std::error_code error;
    const std::string self = std::filesystem::read_symlink("/proc/self/exe", error).string();
    int pipeFds[2];
    if (error || ::pipe2(pipeFds, O_CLOEXEC) != 0) {
        run.failure = "cannot start the explorer process";
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1); // dup2 clears O_CLOEXEC
    std::vector<std::string> argvText{self};
    argvText.insert(argvText.end(), arguments.begin(), arguments.end());
    std::vector<char *> argv;
    for (std::string &argument : argvText)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int spawnError = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawnError != 0) {
        ::close(pipeFds[0]);
        run.failure = std::string("cannot start the explorer process: ") + std::strerror(spawnError);
        return run;
    }

    const auto deadline = Clock::now() + timeout;
    std::string buffer;
    bool timedOut = false;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            timedOut = true;
            break;
        }
        pollfd p{pipeFds[0], POLLIN, 0};
        if (::poll(&p, 1, int(std::min<long long>(left.count(), 1000))) < 0 && errno != EINTR)
            break;
        if (p.revents == 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::read(pipeFds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EOF: the child is done (or gone)
        buffer.append(chunk, size_t(n));
        for (size_t end; (end = buffer.find('\n')) != std::string::npos; buffer.erase(0, end + 1))
            parseLine(buffer.substr(0, end), run.figures);
    }
    ::close(pipeFds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL); // our own child, still running past its time
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    if (timedOut)
        run.failure = "the explorer process did not finish in time; killed";
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        run.failure = "the explorer process " + describeStatus(status);
    return run;
}

void writeFigures(const std::vector<Measurement> &figures)
{
    for (size_t i = 0; i < figures.size(); ++i) {
        const Measurement &m = figures[i];
        std::printf("figure %zu %.17g %lld %d\n", i, m.value, static_cast<long long>(m.lost),
                    m.timedOut ? 1 : 0);
        if (!m.note.empty()) {
            std::string note = m.note;
            for (char &c : note) {
                if (c == '\n' || c == '\r')
                    c = ' ';
            }
            std::printf("note %zu %s\n", i, note.c_str());
        }
    }
    std::fflush(stdout);
}

long ownStatusKiB(const char *field)
{
    std::ifstream status("/proc/self/status");
    const std::string prefix = std::string(field) + ":";
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
    }
    return -1;
}

double threadCpuSeconds()
{
    timespec time{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

ThreadTimes threadTimes()
{
    ThreadTimes times;
    std::map<std::string, int> counts;
    std::error_code error;
    for (const auto &task : std::filesystem::directory_iterator("/proc/self/task", error)) {
        std::ifstream commFile(task.path() / "comm");
        std::string name;
        std::getline(commFile, name);
        std::ifstream statFile(task.path() / "stat");
        std::string text;
        std::getline(statFile, text);
        const size_t end = text.rfind(')');
        if (end == std::string::npos)
            continue;
        std::istringstream fields(text.substr(end + 1));
        std::string field;
        double ticks = 0;
        for (int i = 3; i <= 15 && fields >> field; ++i) {
            if (i == 14 || i == 15) // utime, stime
                ticks += std::strtod(field.c_str(), nullptr);
        }
        times[name] += ticks / double(::sysconf(_SC_CLK_TCK));
        ++counts[name];
    }
    // "bench_explorer" is the GUI thread, unless unnamed threads join it.
    for (const auto &[name, count] : counts) {
        if (count > 1) {
            times[name + " (" + std::to_string(count) + " threads)"] = times[name];
            times.erase(name);
        }
    }
    return times;
}

std::string describeThreadTimes(const ThreadTimes &before, const ThreadTimes &after)
{
    std::string text;
    for (const auto &[name, seconds] : after) {
        const auto was = before.find(name);
        const double used = seconds - (was == before.end() ? 0.0 : was->second);
        if (used < 0.01)
            continue;
        char line[96];
        std::snprintf(line, sizeof line, "%s%s %.2f s", text.empty() ? "" : ", ", name.c_str(), used);
        text += line;
    }
    return text;
}

} // namespace homewire::bench
