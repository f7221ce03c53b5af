#include "installpaths.h"

#include <QCoreApplication>
#include <QDir>

namespace homewire {

QStringList installedDirectories(const InstalledDirectory &directory)
{
    QStringList directories;
    const QByteArray fromEnvironment = qgetenv(directory.environmentVariable);
    if (!fromEnvironment.isEmpty())
        directories +=
            QString::fromLocal8Bit(fromEnvironment).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString applicationDir = QCoreApplication::applicationDirPath();
    if (!applicationDir.isEmpty()) {
#ifdef Q_OS_WIN
        directories += QDir::cleanPath(applicationDir + QLatin1Char('/') + directory.windows);
#else
        directories += QDir::cleanPath(applicationDir + QLatin1Char('/') + directory.unix);
#endif
    }
#ifdef HOMEWIRE_BUILD_DIR
    // Only a program run from the build tree looks there: an installed one
    // must never pick up files from the machine it was built on.
    const QString buildDir = QDir::cleanPath(QStringLiteral(HOMEWIRE_BUILD_DIR));
    if (!directory.buildTree.isEmpty() &&
        QDir::cleanPath(applicationDir).startsWith(buildDir + QLatin1Char('/')))
        directories += QDir(buildDir).filePath(directory.buildTree);
#endif
    return directories;
}

} // namespace homewire
