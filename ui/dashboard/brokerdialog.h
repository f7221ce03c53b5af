// BrokerDialog: "Devices broker": which connection profile the dashboard's
// devices live on: the embedded broker (the default) or an existing broker
// or cluster the user already runs (Mosquitto, EMQX, ...). A ProfilePicker
// with a sentence of explanation; Connect closes it with the profile chosen
// (password read from the keychain).
//
// Not here: connecting (DeviceService, wired in main.cpp).
#pragma once

#include "client/connectionprofile.h"

#include <QDialog>

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::ui {

class ProfilePicker;

class BrokerDialog : public QDialog
{
    Q_OBJECT

public:
    BrokerDialog(store::ProfileStore &profiles, store::SecretStore &secrets, qint64 currentProfileId,
                 QWidget *parent = nullptr);

    ProfilePicker *picker() const { return m_picker; }
    // The profile chosen with Connect (with its password); meaningful once
    // the dialog was accepted.
    const client::ConnectionProfile &chosenProfile() const { return m_chosen; }

private:
    ProfilePicker *m_picker;
    client::ConnectionProfile m_chosen;
};

} // namespace homewire::ui
