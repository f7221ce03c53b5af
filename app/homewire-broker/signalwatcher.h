// SignalWatcher: turns SIGTERM/SIGINT (Ctrl+C and service stop on Windows)
// into a Qt signal on the main thread, so shutdown runs outside the handler.
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
