#include "devices/homedevices.h"

#include "devices/deviceservice.h"
#include "store/devicestore.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QFileInfo>
#include <QSettings>

namespace homewire::devices {

namespace {

const QString ProfileKey = QStringLiteral("devices/profileId");
const QString DemoKey = QStringLiteral("devices/demo");

QList<DeviceConventionPlugin *> pluginsOf(const ConventionCatalog &catalog)
{
    QList<DeviceConventionPlugin *> plugins;
    for (const ConventionInfo &info : catalog.conventions())
        plugins += info.plugin;
    return plugins;
}

bool sameAddress(const client::ConnectionProfile &a, const client::ConnectionProfile &b)
{
    return a.host == b.host && a.port == b.port && a.transport == b.transport;
}

} // namespace

HomeDevices::HomeDevices(const QString &dataDirectory, store::ProfileStore *profiles,
                         store::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_conventions.load(ConventionCatalog::defaultDirectories());
    const QString path = store::DeviceStore::pathIn(dataDirectory);
    QSettings settings;
    // A first run (no device database yet) shows the demo home.
    if (!QFileInfo::exists(path))
        settings.setValue(DemoKey, true);
    m_demoEnabled = settings.value(DemoKey, false).toBool();
    m_registry.open(path);
    m_service = std::make_unique<DeviceService>(&m_registry, pluginsOf(m_conventions));

    // The demo's devices go straight onto the dashboard, each into its room,
    // while the dashboard shows the broker the demo runs on.
    connect(&m_registry, &DeviceRegistry::newDevicesChanged, this, [this] {
        if (m_demo.isRunning() && onEmbedded())
            demo::DemoHome::furnish(&m_registry);
    });

    if (!m_profiles || !m_secrets)
        return;
    const qint64 id = settings.value(ProfileKey, 0).toLongLong();
    const std::optional<client::ConnectionProfile> chosen = id > 0 ? m_profiles->profile(id) : std::nullopt;
    if (!chosen || chosen->builtIn)
        return;
    m_chosen = chosen;
    m_started = true;
    store::readProfilePassword(
        *m_secrets, m_profiles->secretKey(chosen->id), *chosen, this,
        [this](const client::ConnectionProfile &profile, const QString &) { m_service->start(profile); });
}

HomeDevices::~HomeDevices()
{
    m_demo.stop();
    m_service->stop();
}

bool HomeDevices::onEmbedded() const
{
    return !m_chosen.has_value();
}

void HomeDevices::embeddedBrokerStarted(const client::ConnectionProfile &embedded)
{
    const bool moved = m_embedded && !sameAddress(*m_embedded, embedded);
    m_embedded = embedded;
    // The client reconnects by itself when the broker restarts on the same
    // port; on another port it has to be pointed there.
    if (onEmbedded() && (!m_started || moved)) {
        m_started = true;
        m_service->stop();
        m_service->start(embedded);
    }
    if (moved)
        m_demo.stop();
    startDemo();
}

void HomeDevices::useBroker(const client::ConnectionProfile &profile)
{
    QSettings settings;
    if (profile.builtIn) {
        settings.remove(ProfileKey);
        m_chosen.reset();
    } else {
        settings.setValue(ProfileKey, profile.id);
        m_chosen = profile;
    }
    m_started = true;
    m_service->stop();
    m_service->start(profile);
}

void HomeDevices::setDemoEnabled(bool on)
{
    m_demoEnabled = on;
    QSettings().setValue(DemoKey, on);
    if (on)
        startDemo();
    else
        m_demo.stop();
}

void HomeDevices::forceDemo(int loadRate)
{
    m_demoEnabled = true;
    m_demoRate = loadRate;
    startDemo();
}

void HomeDevices::startDemo()
{
    if (m_demoEnabled && m_embedded && !m_demo.isRunning())
        m_demo.start(*m_embedded, m_demoRate);
}

} // namespace homewire::devices
