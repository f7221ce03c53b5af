// ExplorerPage: the topic explorer. One tab per open connection
// (ConnectionView), a profile picker to open more, and the tabs that were
// open last time restored at start.
//
// Not here: the explorer itself (ConnectionView) or profile editing
// (ui/connections).
#pragma once

#include "client/connectionprofile.h"

#include <QHash>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::ui {

class ConnectionView;
class ProfilePicker;

class ExplorerPage : public QWidget
{
    Q_OBJECT

public:
    // `profiles` and `secrets` may be null (no database): then only
    // connections opened with openConnection() exist.
    ExplorerPage(store::ProfileStore *profiles, store::SecretStore *secrets, QWidget *parent = nullptr);
    ~ExplorerPage() override;

    // Opens a tab for `profile` and connects it.
    ConnectionView *openConnection(const client::ConnectionProfile &profile);
    int connectionCount() const;
    ConnectionView *connectionAt(int index) const;
    ConnectionView *currentConnection() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Reopens the stored profiles' tabs of the last session.
    void restoreTabs();
    // The stored profile `profile` now points elsewhere (the embedded broker
    // started on another port than last time): its open tabs follow it,
    // including tabs still being restored.
    void followProfile(const client::ConnectionProfile &profile);

private:
    void closeTab(int index);
    void saveTabs();
    void updateTab(ConnectionView *view);

    store::ProfileStore *m_profiles;
    store::SecretStore *m_secrets;
    ProfilePicker *m_picker = nullptr;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QHash<qint64, client::ConnectionProfile> m_moved; // followProfile() before restoreTabs() was done
    int m_restoring = 0;                              // password reads still under way in restoreTabs()
    QString m_passwordNote;                           // why the picker's last password read failed
};

} // namespace homewire::ui
