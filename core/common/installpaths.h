// InstallPaths: where an installed Homewire keeps the files it loads at run
// time (device plugins, translations), found relative to the running
// program so an installation works wherever it is unpacked.
#pragma once

#include <QString>
#include <QStringList>

namespace homewire {

struct InstalledDirectory
{
    const char *environmentVariable; // a list of directories searched first
    QString windows;                 // below the program's directory on Windows
    QString unix;                    // below the program's directory elsewhere (e.g. "../share/x")
    QString buildTree;               // below the build tree, for a program run from there
};

// The directories to search for `directory`, in order: the environment
// variable's list, then the installed place, then (only for a program that
// runs from the build tree, never for an installed one) the build tree's.
QStringList installedDirectories(const InstalledDirectory &directory);

} // namespace homewire
