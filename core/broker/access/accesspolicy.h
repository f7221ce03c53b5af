// AccessPolicy: who may connect to the broker and what each client may read
// and write. An immutable snapshot: the access store builds a new one when
// users or rules change and hands it to the broker, which swaps it in.
//
// Users have salted PBKDF2-SHA512 password hashes (passwordhash.h). ACL rules
// grant access to a topic filter for a user, a client identifier, anonymous
// clients, or everyone; "%u" and "%c" in a rule's filter stand for the
// client's user name and client identifier. With no rule at all every client
// may read and write everything; once any rule exists, what no rule grants
// is denied.
//
// Not here: storing (store/accessstore.h), checking (authenticator.h,
// topicacl.h), the network (net/).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace homewire::broker::access {

enum class AclAccess : quint8
{
    Read = 1,  // subscribe and receive
    Write = 2, // publish
    ReadWrite = 3,
};

enum class AclSubject : quint8
{
    User,      // `name` is a user name
    ClientId,  // `name` is a client identifier
    Anonymous, // clients that logged in without a user name; `name` is empty
    Everyone,  // every client; `name` is empty
};

struct AclRule
{
    qint64 id = 0; // the store's row id; 0 for a rule not stored yet
    AclSubject subject = AclSubject::User;
    QString name;
    QByteArray filter; // a topic filter, possibly with %u and %c
    AclAccess access = AclAccess::ReadWrite;

    friend bool operator==(const AclRule &, const AclRule &) = default;
};

struct AccessPolicy
{
    QHash<QString, QByteArray> users; // user name -> encoded password hash
    QList<AclRule> rules;
    quint64 revision = 0; // grows with every change the store has seen
};

using AccessPolicyPtr = std::shared_ptr<const AccessPolicy>;

// The text forms used by the configuration, the command line and the store.
QString toString(AclAccess access);   // "read", "write", "readwrite"
QString toString(AclSubject subject); // "user", "clientid", "anonymous", "everyone"
std::optional<AclAccess> parseAclAccess(QStringView text);
std::optional<AclSubject> parseAclSubject(QStringView text);

} // namespace homewire::broker::access
