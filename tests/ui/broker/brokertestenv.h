// What the Broker section's tests share: a fresh broker data directory and
// QSettings file per test, the access store opened from the test (a second
// connection to the same access.db the page's worker uses), quick password
// hashes, and helpers to find the dialogs the page opens.
#pragma once

#include "broker/access/passwordhash.h"
#include "store/accessstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace homewire::testing {

// Few iterations: the tests hash many passwords, and the count is checked.
inline constexpr int TestIterations = 1000;

class BrokerTestEnv
{
public:
    BrokerTestEnv()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The broker's data directory (<dir>/broker).
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("broker")); }

    // The same file the page uses, opened on the test's thread.
    store::AccessStore &store()
    {
        if (!m_store) {
            auto opened = store::AccessStore::open(store::AccessStore::pathIn(dataDirectory()));
            if (opened)
                m_store = std::move(opened).value();
        }
        return *m_store;
    }

    void addUser(const QString &name, const QByteArray &password)
    {
        QVERIFY(store().addUser(name, broker::access::hashPassword(password, TestIterations)));
    }
    void addRule(broker::access::AclSubject subject, const QString &name, const QByteArray &filter,
                 broker::access::AclAccess access = broker::access::AclAccess::ReadWrite)
    {
        broker::access::AclRule rule;
        rule.subject = subject;
        rule.name = name;
        rule.filter = filter;
        rule.access = access;
        QVERIFY(store().addRule(rule));
    }
    QStringList userNames() { return store().userNames().value(); }
    QList<broker::access::AclRule> rules() { return store().rules().value(); }
    QByteArray hashOf(const QString &name) { return store().loadPolicy().value().users.value(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::AccessStore> m_store;
};

// The visible dialog of type T under `parent`, or nullptr.
template<typename T> T *openDialog(QObject *parent)
{
    for (T *dialog : parent->findChildren<T *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace homewire::testing
