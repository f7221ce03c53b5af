// AccessStore: the broker's users and ACL rules (<dataDir>/access.db).
//
// Written by `homewire-broker user|acl ...`, by the GUI's Users & Access page
// and read by the running broker, possibly all at once in different
// processes: every change bumps a revision number in the same transaction,
// and AccessWatcher reloads the policy when it sees a new one, so changes
// apply without a restart. Passwords arrive here already hashed
// (broker/access/passwordhash.h); nothing in this file ever sees one in the clear.
//
// Synchronous and single-threaded like every Database user.
#pragma once

#include "broker/access/accesspolicy.h"
#include "common/result.h"
#include "database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace homewire::store {

enum class AccessStoreError : quint8
{
    QueryFailed,
    UserExists,
    NoSuchUser,
    NoSuchRule,
    InvalidValue, // an empty or malformed user name, filter or hash
};

class AccessStore
{
public:
    ~AccessStore();
    AccessStore(const AccessStore &) = delete;
    AccessStore &operator=(const AccessStore &) = delete;

    // Opens (creating and migrating) the file. A damaged file is moved aside
    // and reported as StoreError::Corrupt; it is never silently replaced.
    static Result<std::unique_ptr<AccessStore>, StoreError> open(const QString &path);
    static QString pathIn(const QString &dataDirectory); // <dir>/access.db

    Result<void, AccessStoreError> addUser(const QString &name, const QByteArray &passwordHash);
    Result<void, AccessStoreError> setPassword(const QString &name, const QByteArray &passwordHash);
    // Removes the user and the rules written for that user name.
    Result<void, AccessStoreError> removeUser(const QString &name);
    Result<QStringList, AccessStoreError> userNames() const; // sorted

    // Returns the new rule's id.
    Result<qint64, AccessStoreError> addRule(const broker::access::AclRule &rule);
    Result<void, AccessStoreError> removeRule(qint64 id);
    Result<QList<broker::access::AclRule>, AccessStoreError> rules() const; // in the order added

    // The checks addUser and addRule make, for callers that ask before
    // doing anything costly (such as reading and hashing a password).
    static Result<void, AccessStoreError> checkUserName(const QString &name);
    static Result<void, AccessStoreError> checkRule(const broker::access::AclRule &rule);

    // Users, hashes and rules as one snapshot, with the current revision.
    Result<broker::access::AccessPolicy, AccessStoreError> loadPolicy() const;
    // Cheap: read once a second by AccessWatcher.
    Result<quint64, AccessStoreError> revision() const;

    const QString &path() const;

private:
    explicit AccessStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace homewire::store
