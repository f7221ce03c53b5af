// homewire-broker user|acl ...: the broker's users and ACL rules from the
// command line, written to <dataDir>/access.db. A running broker follows the
// file and applies changes within about a second.
//
//     homewire-broker user add|passwd|remove NAME
//     homewire-broker user list
//     homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)
//                             --topic FILTER --access read|write|readwrite
//     homewire-broker acl remove ID
//     homewire-broker acl list
//
// Exit codes: 0 done, 1 failed (e.g. the user exists), 2 usage error.
#pragma once

#include <QStringList>

namespace homewire::brokerapp {

// Whether the command line asks for management ("user" or "acl" first).
bool isManagementCommand(int argc, char **argv);

// Runs it (QCoreApplication exists, with the broker's application name);
// returns the exit code.
int runManagement(const QStringList &arguments);

} // namespace homewire::brokerapp
