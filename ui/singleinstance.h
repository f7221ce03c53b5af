// SingleInstance: one Homewire per profile. The first launch listens on a
// local socket (QLocalServer: a Unix domain socket, a named pipe on Windows)
// whose name comes from the profile's data directory; a second launch with
// the same profile finds it, asks it to bring its window to the front, and
// ends. Launches with another --data-dir are separate profiles and run side
// by side.
//
// Not here: what "bring to the front" means (the caller connects
// activationRequested to its window).
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace homewire::ui {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);

    // True when an instance for this profile answered and was asked to show itself.
    bool activateRunning(int timeoutMs = 1000);
    // Listens for later launches; false (and a warning in the log) when it cannot.
    bool listen();
    const QString &serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace homewire::ui
