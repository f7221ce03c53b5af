// AccessWorker: the AccessStore (<broker dataDir>/access.db) on a thread of
// its own, for the Users & Access page. It opens the store in that thread,
// hashes passwords there (PBKDF2 takes a good fraction of a second by
// design) and reports what the file holds after every change. While watched
// it also notices changes made elsewhere (homewire-broker's command line)
// from the store's revision.
//
// Only AccessController talks to it; see there.
#pragma once

#include "broker/access/accesspolicy.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QTimer;

namespace homewire::store {
class AccessStore;
}

namespace homewire::ui {

class AccessWorker : public QObject
{
    Q_OBJECT

public:
    AccessWorker(QString dataDirectory, int passwordIterations);
    ~AccessWorker() override;

    // On the worker thread.
    void load();
    void addUser(const QString &name, const QString &password);
    void setPassword(const QString &name, const QString &password);
    void removeUser(const QString &name);
    void addRule(const broker::access::AclRule &rule);
    void removeRule(qint64 id);
    void setWatching(bool watching);

signals:
    void loaded(const QStringList &users, const QList<homewire::broker::access::AclRule> &rules);
    void failed(const QString &message);
    void done(); // one request handled, successfully or not

private:
    store::AccessStore *store();
    void report();
    void poll();

    const QString m_dataDirectory;
    const int m_iterations;
    std::unique_ptr<store::AccessStore> m_store;
    QTimer *m_poll = nullptr;
    quint64 m_revision = 0;
    bool m_openFailed = false;
};

} // namespace homewire::ui
