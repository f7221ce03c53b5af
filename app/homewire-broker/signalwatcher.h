// SignalWatcher: turns SIGTERM/SIGINT (on Windows: Ctrl+C, Ctrl+Break and
// closing the console, logging off, shutting down) into a Qt signal on the
// main thread, so shutdown runs outside the handler. Destroy it only after
// the broker has stopped: on Windows a console being closed waits for that.
#pragma once

#include <QObject>

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);
};
