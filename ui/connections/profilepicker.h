// ProfilePicker: a compact row to choose a connection profile and connect:
// [profile combo] [Connect] [Manage…]. The combo follows the ProfileStore;
// Manage… opens the ConnectionListDialog. For pages that open connections,
// such as the explorer.
//
// Not here: connecting itself; the page listens to connectRequested().
#pragma once

#include "client/connectionprofile.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::ui {

class ConnectionListDialog;

class ProfilePicker : public QWidget
{
    Q_OBJECT

public:
    ProfilePicker(store::ProfileStore &profiles, store::SecretStore &secrets, QWidget *parent = nullptr);

    qint64 currentProfileId() const;
    void setCurrentProfileId(qint64 id);

    // Reads the current profile's password, then emits connectRequested().
    void connectCurrent();
    ConnectionListDialog *openManager();

signals:
    // The profile with its password (empty if the keychain could not give it).
    void connectRequested(const homewire::client::ConnectionProfile &profile);
    // Emitted just before connectRequested() when the keychain could not
    // give the password: why, as a sentence.
    void passwordUnavailable(const QString &error);

private:
    void reload();

    store::ProfileStore &m_profiles;
    store::SecretStore &m_secrets;
    QComboBox *m_combo;
    QPushButton *m_connect;
    QPushButton *m_manage;
};

} // namespace homewire::ui
