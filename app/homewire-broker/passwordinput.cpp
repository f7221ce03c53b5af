#include "passwordinput.h"

#ifdef Q_OS_WIN
#include <io.h>
#include <qt_windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace homewire::brokerapp {

namespace {

#ifndef Q_OS_WIN
termios g_savedTerminal;

// Ctrl+C at the prompt: the terminal gets its echo back before the program ends.
void restoreTerminalAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// The terminal does not echo what is typed while this lives.
class HiddenInput
{
public:
    HiddenInput()
    {
#ifdef Q_OS_WIN
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        if (m_console != INVALID_HANDLE_VALUE && GetConsoleMode(m_console, &m_mode))
            m_hidden = SetConsoleMode(m_console, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        termios hidden = g_savedTerminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        m_previousInterrupt = std::signal(SIGINT, restoreTerminalAndDie);
        m_previousTerminate = std::signal(SIGTERM, restoreTerminalAndDie);
        // TCSANOW, not TCSAFLUSH: a password typed ahead is kept.
        m_hidden = tcsetattr(STDIN_FILENO, TCSANOW, &hidden) == 0;
#endif
    }
    ~HiddenInput()
    {
#ifdef Q_OS_WIN
        if (m_hidden)
            SetConsoleMode(m_console, m_mode);
#else
        if (m_hidden)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        if (m_previousInterrupt != SIG_ERR) {
            std::signal(SIGINT, m_previousInterrupt);
            std::signal(SIGTERM, m_previousTerminate);
        }
#endif
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_console = nullptr;
    DWORD m_mode = 0;
#else
    using Handler = void (*)(int);
    Handler m_previousInterrupt = SIG_ERR;
    Handler m_previousTerminate = SIG_ERR;
#endif
    bool m_hidden = false;
};

} // namespace

std::optional<QByteArray> readLine(FILE *stream)
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void wipe(std::optional<QByteArray> &secret)
{
    if (secret)
        secret->fill('\0');
    secret.reset();
}

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

std::optional<QByteArray> promptHidden(const QString &prompt)
{
    std::optional<QByteArray> line;
    {
        HiddenInput hidden; // before the prompt: what is typed after it is never shown
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        line = readLine(stdin);
    }
    std::fputs("\n", stderr);
    return line;
}

} // namespace homewire::brokerapp
