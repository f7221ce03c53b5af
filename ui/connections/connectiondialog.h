// ConnectionDialog: creates or edits one connection profile: name, broker
// address (scheme, host, port, WebSocket path), protocol version, client
// identifier, credentials, session options, TLS files and the default
// subscriptions.
//
// OK stays disabled while the profile cannot work, and the reason is written
// beside it in a sentence. A URL pasted into the host field
// ("mqtts://user@host:8883") is spread over the fields it names.
//
// Not here: storing the profile or its password (the caller hands them to
// ProfileStore and SecretStore), connecting.
#pragma once

#include "client/connectionprofile.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace homewire::ui {

class SubscriptionsEditor;

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setProfile(const client::ConnectionProfile &profile);
    // The edited profile, password included; id and builtIn as given to setProfile().
    client::ConnectionProfile profile() const;

    // Names of the other profiles: a new name must differ from them (ignoring case).
    void setTakenNames(const QStringList &names);
    // The password arrives from the keychain after the dialog opened; it is
    // ignored once the user has typed one.
    void setPassword(const QString &password);
    // A sentence under the password field, e.g. that the keychain is unavailable.
    void setPasswordNote(const QString &note);

    bool isValid() const { return m_problem.isEmpty(); }
    // Why OK is disabled; empty when it is not.
    QString problem() const { return m_problem; }

    // Runs when OK is pressed on a valid profile, typically to store it. An
    // answer that is not empty is an error sentence: the dialog stays open
    // and shows it until the next edit.
    using AcceptHandler = std::function<QString(const client::ConnectionProfile &)>;
    void setAcceptHandler(AcceptHandler handler) { m_acceptHandler = std::move(handler); }

    void accept() override;

private:
    QWidget *createConnectionGroup();
    QLayout *createAddressRow(QWidget *box);
    QLayout *createPasswordRow(QWidget *box);
    QWidget *createSessionGroup();
    QWidget *createTlsGroup();
    QWidget *createFileRow(QLineEdit *edit, const QString &caption);
    void onSchemeChanged();
    void onHostEdited(const QString &text);
    void onHostFinished();
    bool takeUrl(const QString &text);
    void validate();
    QString findProblem() const;
    client::Transport transport() const;

    client::ConnectionProfile
        m_profile; // what setProfile() gave; fields the dialog does not show come from here
    QStringList m_takenNames;
    QString m_problem;
    AcceptHandler m_acceptHandler;
    bool m_passwordTyped = false;
    qsizetype m_hostLength = 0; // to tell a paste from typing

    QLineEdit *m_name;
    QComboBox *m_scheme;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QLabel *m_builtInNote;
    QComboBox *m_protocol;
    QLineEdit *m_clientId;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QToolButton *m_showPassword;
    QLabel *m_passwordNote;
    QCheckBox *m_cleanSession;
    QSpinBox *m_keepAlive;
    QGroupBox *m_tls;
    QLineEdit *m_caFile;
    QLineEdit *m_certificateFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_skipVerify;
    QLabel *m_insecureWarning;
    SubscriptionsEditor *m_subscriptions;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace homewire::ui
