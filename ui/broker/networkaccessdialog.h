// NetworkAccessDialog: "Allow devices on the network". Nothing opens until
// the user has chosen how devices log in: user names and passwords (at
// least one user, which can be added right here) and/or client
// certificates. TLS is on by default (port 8883) with the home's own
// certificates, made in one click off the GUI thread, or the user's own
// files; a plain port is off by default and comes with a warning. The
// reason OK is disabled is always written next to it.
//
// Not here: saving and applying (the caller: NetworkAccessPanel/BrokerPage),
// making certificates (broker/net/homecertificates.h).
#pragma once

#include "ui/broker/networkaccess.h"

#include <QDialog>

class QAbstractButton;
class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
template<typename T> class QFutureWatcher;

namespace homewire::ui {

class AccessController;
struct HomeSetupOutcome;

class NetworkAccessDialog : public QDialog
{
    Q_OBJECT

public:
    NetworkAccessDialog(AccessController *access, const QString &tlsDirectory, const NetworkAccess &current,
                        quint16 localPort, bool brokerRunning, QWidget *parent = nullptr);
    ~NetworkAccessDialog() override;

    // What the fields say, with `enabled` set.
    NetworkAccess networkAccess() const;
    // Why OK is disabled; empty when it is not.
    QString problem() const;
    bool isCreatingCertificates() const;

    void accept() override;

signals:
    void certificatesCreated(); // the home's certificates were (re)made

private:
    QWidget *createLoginGroup();
    QWidget *createEncryptionGroup();
    QWidget *createPlainRow();
    QLineEdit *addFileRow(QGridLayout *grid, int row, const QString &label, const QString &objectName);
    void createHomeCertificates();
    void onCertificatesCreated();
    void addUser();
    void updateHomeStatus(const QString &created = {});
    void validate();

    AccessController *m_access;
    const QString m_tlsDirectory;
    const quint16 m_localPort;
    QCheckBox *m_passwords = nullptr;
    QLabel *m_users = nullptr;
    QPushButton *m_addUser = nullptr;
    QCheckBox *m_certificates = nullptr;
    QCheckBox *m_tls = nullptr;
    QSpinBox *m_tlsPort = nullptr;
    QRadioButton *m_home = nullptr;
    QRadioButton *m_own = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_homeStatus = nullptr;
    QWidget *m_ownFiles = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_plain = nullptr;
    QSpinBox *m_plainPort = nullptr;
    QLabel *m_plainWarning = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<HomeSetupOutcome> *m_job = nullptr;
};

} // namespace homewire::ui
