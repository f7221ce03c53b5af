#include "accesspolicy.h"

namespace homewire::broker::access {

QString toString(AclAccess access)
{
    switch (access) {
    case AclAccess::Read:
        return QStringLiteral("read");
    case AclAccess::Write:
        return QStringLiteral("write");
    case AclAccess::ReadWrite:
        break;
    }
    return QStringLiteral("readwrite");
}

QString toString(AclSubject subject)
{
    switch (subject) {
    case AclSubject::User:
        return QStringLiteral("user");
    case AclSubject::ClientId:
        return QStringLiteral("clientid");
    case AclSubject::Anonymous:
        return QStringLiteral("anonymous");
    case AclSubject::Everyone:
        break;
    }
    return QStringLiteral("everyone");
}

std::optional<AclAccess> parseAclAccess(QStringView text)
{
    for (AclAccess a : {AclAccess::Read, AclAccess::Write, AclAccess::ReadWrite}) {
        if (text == toString(a))
            return a;
    }
    return std::nullopt;
}

std::optional<AclSubject> parseAclSubject(QStringView text)
{
    for (AclSubject s :
         {AclSubject::User, AclSubject::ClientId, AclSubject::Anonymous, AclSubject::Everyone}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

} // namespace homewire::broker::access
