// AccessController: how the Users & Access page reaches the broker's users
// and ACL rules (<broker dataDir>/access.db). Every request goes to an
// AccessWorker on a thread of its own, which opens the store there and
// hashes passwords there; what the file holds comes back as queued signals
// and is kept here for the widgets. Nothing on the GUI thread touches SQLite
// or derives a key.
//
// The running broker follows the file by itself, so there is nothing to tell it.
//
// Not here: the widgets (AccessPage and its dialogs), the store itself.
#pragma once

#include "broker/access/accesspolicy.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

class QThread;

namespace homewire::ui {

class AccessWorker;

class AccessController : public QObject
{
    Q_OBJECT

public:
    // `passwordIterations`: PBKDF2 iterations for new hashes (the broker's AuthConfig).
    AccessController(const QString &brokerDataDirectory, int passwordIterations, QObject *parent = nullptr);
    ~AccessController() override;

    void reload();
    void addUser(const QString &name, const QString &password);
    void changePassword(const QString &name, const QString &password);
    void removeUser(const QString &name); // with the rules written for that user
    void addRule(const broker::access::AclRule &rule);
    void removeRule(qint64 id);
    // While watching, changes made by other programs show up within seconds.
    void setWatching(bool watching);

    const QStringList &userNames() const { return m_users; }
    const QList<broker::access::AclRule> &rules() const { return m_rules; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    const QString &dataDirectory() const { return m_dataDirectory; }

signals:
    void changed(); // users or rules, as the file now holds them
    void errorOccurred(const QString &message);
    void busyChanged(bool busy);

private:
    void post(std::function<void(AccessWorker *)> request);
    void onLoaded(const QStringList &users, const QList<homewire::broker::access::AclRule> &rules);
    void onDone();

    const QString m_dataDirectory;
    QThread *m_thread;
    AccessWorker *m_worker;
    QStringList m_users;
    QList<broker::access::AclRule> m_rules;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace homewire::ui
