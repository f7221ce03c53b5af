// Autostart: whether Homewire starts when the user logs in.
//   Linux and BSD: an XDG autostart entry,
//     $XDG_CONFIG_HOME/autostart/org.homewire.Homewire.desktop
//   Windows: the value "Homewire" under
//     HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run
// The entry itself is the truth: isEnabled() reads it, so an entry removed
// by the desktop's own settings shows as off.
#pragma once

#include <QString>
#include <QStringList>

namespace homewire::ui {

class Autostart
{
public:
    // The program and arguments an entry starts; by default this program.
    Autostart(QString program, QStringList arguments);

    bool isEnabled() const;
    // Writes (or removes) the entry. Returns an error message, empty on success.
    QString setEnabled(bool enabled) const;
    // Rewrites an existing entry with the current program and arguments
    // (after --minimized was switched, or the program moved).
    QString refresh() const;

#ifndef Q_OS_WIN
    // Where the autostart entry lives.
    static QString entryPath();
    // One argument quoted for a desktop entry's Exec key.
    static QString quoteExecArgument(const QString &argument);
#endif

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace homewire::ui
