// Dashboard: the device side of the application as app/homewire wires it,
// without the other pages: a DeviceRegistry in memory that accepts every
// discovered device into the room it suggests (autoAdd), a DeviceService
// running the DeviceRuntime on its worker thread with the given conventions,
// and a shown DashboardPage (1366x768).
//
// It counts the states the page applies to its tiles and calls back after
// each batch (after the page, which connected first), and labels for the
// EventTracer what the GUI thread was doing (a batch of tile states, a layout
// change, accepting devices).
#pragma once

#include "broker/connection.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "ui/dashboard/dashboardpage.h"

#include <functional>
#include <string>

namespace homewire::ui {
class EntityTile;
}

namespace homewire::bench {

class Dashboard
{
public:
    explicit Dashboard(const QList<devices::DeviceConventionPlugin *> &conventions);
    ~Dashboard();
    Dashboard(const Dashboard &) = delete;
    Dashboard &operator=(const Dashboard &) = delete;

    // Shows the page at 1366x768 and paints it.
    void show();
    // Lets queued layouts run, then paints the page now.
    void paintNow();
    // Starts the service on 127.0.0.1:port; connected() follows.
    void start(quint16 port);
    bool isConnected() const { return m_service.isConnected(); }
    QString lastError() const { return m_service.lastError(); }

    ui::EntityTile *tile(const devices::EntityRef &ref) const { return m_page.tile(ref); }
    // States applied to tiles so far.
    quint64 tileUpdates() const { return m_tileUpdates; }
    // Called after the page applied each batch of states.
    void setAfterStates(std::function<void(const QList<devices::EntityState> &)> callback);

    devices::DeviceRegistry &registry() { return m_registry; }
    devices::DeviceService &service() { return m_service; }
    ui::DashboardPage &page() { return m_page; }

private:
    void labelEvents();

    devices::DeviceRegistry m_registry;
    devices::DeviceService m_service;
    ui::DashboardPage m_page;
    quint64 m_tileUpdates = 0;
    std::function<void(const QList<devices::EntityState> &)> m_afterStates;
};

} // namespace homewire::bench
