// ConventionCatalog: finds and loads the device-convention plugins.
//
// It looks in, in order: the directories in HOMEWIRE_PLUGIN_PATH (separated
// like PATH), the install's plugin directory (<prefix>/lib/homewire/plugins
// next to bin/, or bin/plugins on Windows), and the build tree's
// plugins/devices when the program itself runs from that build tree. A
// plugin is loaded once per id (the first found wins). A library that fails to load, declares another IID or
// compatVersion, or has no id is skipped and its reason kept in errors(); it
// never stops the others.
//
// Not here: using the plugins (DeviceRuntime asks each for a recognizer).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <homewire/deviceconvention.h>

class QPluginLoader;

namespace homewire::devices {

struct ConventionInfo
{
    QString id;
    QString name;
    QString version;
    QString description;
    QString path; // the library file
    DeviceConventionPlugin *plugin = nullptr;
};

class ConventionCatalog
{
public:
    ConventionCatalog() = default;
    ~ConventionCatalog();
    ConventionCatalog(const ConventionCatalog &) = delete;
    ConventionCatalog &operator=(const ConventionCatalog &) = delete;

    // The default search path described above.
    static QStringList defaultDirectories();

    // Loads every plugin found in `directories`; returns how many loaded.
    int load(const QStringList &directories);
    // Loads one library file; false (with a reason in errors()) when it is
    // not a usable convention plugin.
    bool loadFile(const QString &path);

    const QList<ConventionInfo> &conventions() const { return m_conventions; }
    // Valid until the next load() or loadFile().
    const ConventionInfo *find(const QString &id) const;
    // "<file>: <reason>" for each library skipped.
    const QStringList &errors() const { return m_errors; }

private:
    QList<ConventionInfo> m_conventions;
    QList<QPluginLoader *> m_loaders;
    QStringList m_errors;
};

} // namespace homewire::devices
