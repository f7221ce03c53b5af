// ConnectionListDialog: the user's connection profiles, to create, edit,
// duplicate, delete and connect to. It is where a profile and its password
// meet: rows go to the ProfileStore, passwords to the SecretStore under the
// profile's secret key, and keychain trouble is reported beneath the list in
// the keychain's own sentence.
//
// Not here: editing the fields (ConnectionDialog), connecting (whoever
// listens to connectRequested()).
#pragma once

#include "client/connectionprofile.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::ui {

class ConnectionDialog;

class ConnectionListDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionListDialog(store::ProfileStore &profiles, store::SecretStore &secrets,
                         QWidget *parent = nullptr);

    qint64 currentProfileId() const;
    void setCurrentProfileId(qint64 id);

    // The actions behind the buttons, on the current profile.
    ConnectionDialog *newProfile();
    ConnectionDialog *editProfile();
    void duplicateProfile();
    void deleteProfile();  // asks first
    void connectProfile(); // reads the password, then connectRequested() and close

    QString statusText() const;

signals:
    // The profile with its password (empty if the keychain could not give it).
    void connectRequested(const homewire::client::ConnectionProfile &profile);

private:
    void reload();
    void updateButtons();
    ConnectionDialog *openEditor(const client::ConnectionProfile &profile);
    QString save(const client::ConnectionProfile &profile, const QString &passwordBefore);
    void showStatus(const QString &message);
    QString freeCopyName(const QString &name) const;

    store::ProfileStore &m_profiles;
    store::SecretStore &m_secrets;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_connect;
    QLabel *m_status;
};

} // namespace homewire::ui
