#include "signalwatcher.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <QMetaObject>
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

SignalWatcher *g_watcher = nullptr;

#ifdef Q_OS_WIN
// Set when the watcher goes away, i.e. after main() stopped the broker.
HANDLE g_finished = nullptr;

BOOL WINAPI consoleHandler(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT ||
        type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT) {
        if (g_watcher)
            QMetaObject::invokeMethod(
                g_watcher, [] { emit g_watcher->terminationRequested(2); }, Qt::QueuedConnection);
        // For close, logoff and shutdown Windows ends the process as soon as
        // this handler returns (and at the latest after about five seconds):
        // wait here, on the handler's own thread, until the main thread has
        // shut the broker down cleanly.
        if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && g_finished)
            WaitForSingleObject(g_finished, 4500);
        return TRUE;
    }
    return FALSE;
}
#else
int g_pipe[2] = {-1, -1};

void handler(int signal)
{
    const char byte = char(signal);
    // write() is async-signal-safe; the notifier picks the byte up in the event loop.
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    g_watcher = this;
#ifdef Q_OS_WIN
    g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_WIN
    // The broker has stopped (main() stops it before the watcher goes): a
    // close or shutdown handler waiting for that may return now.
    if (g_finished)
        SetEvent(g_finished);
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
#endif
    g_watcher = nullptr;
}
