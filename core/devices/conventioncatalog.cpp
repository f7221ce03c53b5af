#include "devices/conventioncatalog.h"

#include "common/installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcConventions, "homewire.devices.plugins")

namespace homewire::devices {

ConventionCatalog::~ConventionCatalog()
{
    // The plugin instances stay loaded until the process ends: recognizers
    // made from them may outlive the catalog, and Qt unloads nothing safely
    // while objects from a library are alive.
    for (QPluginLoader *loader : std::as_const(m_loaders))
        delete loader;
}

QStringList ConventionCatalog::defaultDirectories()
{
    return installedDirectories({"HOMEWIRE_PLUGIN_PATH", QStringLiteral("plugins"),
                                 QStringLiteral("../" HOMEWIRE_INSTALL_LIBDIR "/homewire/plugins"),
                                 QStringLiteral("plugins/devices")});
}

int ConventionCatalog::load(const QStringList &directories)
{
    int loaded = 0;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (QLibrary::isLibrary(file.fileName()) && loadFile(file.absoluteFilePath()))
                ++loaded;
        }
    }
    return loaded;
}

bool ConventionCatalog::loadFile(const QString &path)
{
    const auto skip = [&](const QString &reason) {
        const QString entry = QFileInfo(path).fileName() + QStringLiteral(": ") + reason;
        qCWarning(lcConventions, "skipping device plugin %s", qUtf8Printable(entry));
        m_errors += entry;
        return false;
    };
    if (!QFileInfo::exists(path))
        return skip(QCoreApplication::translate("ConventionCatalog", "no such file"));
    // An absolute path, so that a relative name is never looked up in Qt's
    // own library paths.
    auto loader = std::make_unique<QPluginLoader>(QFileInfo(path).absoluteFilePath());
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty())
        return skip(QCoreApplication::translate("ConventionCatalog", "not a Qt plugin"));
    if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(HomewireDeviceConvention_iid))
        return skip(
            QCoreApplication::translate("ConventionCatalog", "not a device-convention plugin (IID %1)")
                .arg(meta.value(QStringLiteral("IID")).toString()));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    const QString id = data.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return skip(QCoreApplication::translate("ConventionCatalog", "its metadata has no id"));
    const int compat = data.value(QStringLiteral("compatVersion")).toInt(-1);
    if (compat != DeviceConventionPlugin::CompatVersion)
        return skip(QCoreApplication::translate("ConventionCatalog",
                                                "written for plugin interface %1, this is interface %2")
                        .arg(compat)
                        .arg(DeviceConventionPlugin::CompatVersion));
    if (find(id)) {
        qCDebug(lcConventions, "device plugin %s already loaded; %s not used", qUtf8Printable(id),
                qUtf8Printable(path));
        return false;
    }
    QObject *instance = loader->instance();
    if (!instance)
        return skip(loader->errorString());
    auto *plugin = qobject_cast<DeviceConventionPlugin *>(instance);
    if (!plugin)
        return skip(QCoreApplication::translate("ConventionCatalog", "does not implement the interface"));
    if (plugin->id() != id)
        return skip(
            QCoreApplication::translate("ConventionCatalog", "says it is \"%1\" but its metadata says \"%2\"")
                .arg(plugin->id(), id));

    ConventionInfo info;
    info.id = id;
    info.name = data.value(QStringLiteral("name")).toString(plugin->displayName());
    info.version = data.value(QStringLiteral("version")).toString();
    info.description = data.value(QStringLiteral("description")).toString();
    info.path = path;
    info.plugin = plugin;
    m_conventions += info;
    m_loaders += loader.release();
    qCInfo(lcConventions, "loaded device plugin %s %s from %s", qUtf8Printable(id),
           qUtf8Printable(info.version), qUtf8Printable(path));
    return true;
}

const ConventionInfo *ConventionCatalog::find(const QString &id) const
{
    for (const ConventionInfo &info : m_conventions) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace homewire::devices
