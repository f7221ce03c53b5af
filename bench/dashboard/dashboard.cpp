#include "dashboard.h"

#include "explorer/eventloop.h"
#include "ui/tiles/entitytile.h"

#include <QCheckBox>
#include <QCoreApplication>

namespace homewire::bench {

using namespace homewire::devices;

Dashboard::Dashboard(const QList<DeviceConventionPlugin *> &conventions)
    : m_service(&m_registry, conventions)
    , m_page(&m_registry, &m_service)
{
    // As a user would: the page's check box turns autoAdd on (kept in the
    // QSettings the caller pointed somewhere temporary).
    m_page.autoAddBox()->setChecked(true);
    QObject::connect(&m_service, &DeviceService::statesChanged, &m_page,
                     [this](const QList<EntityState> &states) {
                         for (const EntityState &state : states)
                             m_tileUpdates += m_page.tile(state.ref) ? 1 : 0;
                         if (m_afterStates)
                             m_afterStates(states);
                     });
    labelEvents();
}

Dashboard::~Dashboard()
{
    QObject::disconnect(&m_service, nullptr, &m_page, nullptr);
    m_service.stop();
}

void Dashboard::setAfterStates(std::function<void(const QList<EntityState> &)> callback)
{
    m_afterStates = std::move(callback);
}

void Dashboard::labelEvents()
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    QObject::connect(&m_service, &DeviceService::statesChanged, &m_page,
                     [&tracer](const QList<EntityState> &states) {
                         tracer.label("tile states", "of " + std::to_string(states.size()) + " entities", 2);
                     });
    QObject::connect(&m_registry, &DeviceRegistry::acceptedDevicesChanged, &m_page,
                     [&tracer](const QList<Device> &devices) {
                         tracer.label("devices accepted",
                                      "now " + std::to_string(devices.size()) + " on the dashboard", 1);
                     });
    // The page rebuilds on the next turn of the event loop after a layout
    // change (a queued call to DashboardPage).
    QObject::connect(&m_registry, &DeviceRegistry::layoutChanged, &m_page,
                     [&tracer] { tracer.label("layout change", {}, 0); });
}

void Dashboard::show()
{
    m_page.resize(1366, 768);
    m_page.show();
    paintNow();
}

void Dashboard::paintNow()
{
    QCoreApplication::processEvents();
    m_page.repaint();
    QCoreApplication::processEvents();
}

void Dashboard::start(quint16 port)
{
    client::ConnectionProfile profile;
    profile.name = QStringLiteral("bench_dashboard");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = port;
    m_service.start(profile);
}

} // namespace homewire::bench
