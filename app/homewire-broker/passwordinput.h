// Reading a password for `homewire-broker user add|passwd`: one line from
// standard input (for scripts), or typed on the terminal without echo
// (POSIX termios; the Windows console mode). Ctrl+C at the prompt gives the
// terminal its echo back before the program ends.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <optional>

namespace homewire::brokerapp {

// One line without its line ending; nothing at the end of the input.
std::optional<QByteArray> readLine(FILE *stream);

// Whether standard input is a terminal to ask on.
bool inputIsTerminal();

// Shows `prompt` on standard error and reads one line from the terminal
// without showing what is typed.
std::optional<QByteArray> promptHidden(const QString &prompt);

// Overwrites the secret's bytes and forgets it.
void wipe(std::optional<QByteArray> &secret);

} // namespace homewire::brokerapp
