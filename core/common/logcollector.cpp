#include "logcollector.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QPointer>

namespace homewire {

namespace {

LogCollector *g_collector = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "";
}

} // namespace

LogCollector::LogCollector(QStringList categoryPrefixes, int capacity, QObject *parent)
    : QObject(parent)
    , m_prefixes(std::move(categoryPrefixes))
    , m_capacity(capacity)
{
    g_collector = this;
    m_previous = qInstallMessageHandler(&LogCollector::handler);
}

LogCollector::~LogCollector()
{
    qInstallMessageHandler(m_previous);
    g_collector = nullptr;
}

void LogCollector::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogCollector *self = g_collector) {
        self->collect(type, context.category, message);
        if (self->m_previous)
            self->m_previous(type, context, message);
    }
}

void LogCollector::collect(QtMsgType type, const char *category, const QString &message)
{
    const QLatin1String name(category ? category : "default");
    bool wanted = false;
    for (const QString &prefix : std::as_const(m_prefixes))
        wanted = wanted || name.startsWith(prefix);
    if (!wanted)
        return;
    const QString line = QStringLiteral("%1 %2 %3")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("hh:mm:ss.zzz")),
                                  QLatin1String(levelName(type)), message);
    QMutexLocker lock(&m_mutex);
    m_lines.push_back(line);
    while (int(m_lines.size()) > m_capacity)
        m_lines.pop_front();
    m_pending.append(line);
    if (!m_deliveryQueued) {
        // One queued delivery per burst of lines, on the collector's own thread.
        m_deliveryQueued = true;
        QMetaObject::invokeMethod(this, &LogCollector::deliver, Qt::QueuedConnection);
    }
}

void LogCollector::deliver()
{
    QStringList batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_deliveryQueued = false;
    }
    if (!batch.isEmpty())
        emit linesAdded(batch);
}

QStringList LogCollector::lines() const
{
    QMutexLocker lock(&m_mutex);
    return QStringList(m_lines.begin(), m_lines.end());
}

} // namespace homewire
