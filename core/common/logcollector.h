// LogCollector: keeps the recent log lines of chosen categories for display
// (the Broker page shows the broker's log) while passing every message on to
// the previous handler. Thread-safe: messages come from any thread; lines are
// handed to the owner's thread in batches by the linesAdded signal.
#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <deque>

namespace homewire {

class LogCollector : public QObject
{
    Q_OBJECT

public:
    // Collects messages whose category starts with one of `categoryPrefixes`.
    explicit LogCollector(QStringList categoryPrefixes, int capacity = 5000, QObject *parent = nullptr);
    ~LogCollector() override;

    QStringList lines() const;

signals:
    void linesAdded(const QStringList &lines);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void collect(QtMsgType type, const char *category, const QString &message);
    void deliver();

    QStringList m_prefixes;
    int m_capacity;
    mutable QMutex m_mutex;
    std::deque<QString> m_lines;
    QStringList m_pending;
    bool m_deliveryQueued = false;
    QtMessageHandler m_previous = nullptr;
};

} // namespace homewire
