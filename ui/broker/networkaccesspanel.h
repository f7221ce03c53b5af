// NetworkAccessPanel: the "Network access" group of the Broker section.
// It says who can reach the broker ("Only this computer can connect" or
// which port, with what encryption and logins), opens the dialog that
// allows devices on the network, turns that off again, and creates device
// certificates once the home has an authority.
//
// Saving is here (QSettings via NetworkAccess); restarting the broker with
// the new listeners is the BrokerPage's, on networkAccessChanged.
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace homewire::ui {

class AccessController;

class NetworkAccessPanel : public QGroupBox
{
    Q_OBJECT

public:
    NetworkAccessPanel(AccessController *access, const QString &brokerDataDirectory,
                       QWidget *parent = nullptr);

    void setLocalPort(quint16 port);
    void setBrokerRunning(bool running);
    // Why the network listeners are not open although network access is on; empty: they are.
    void setProblem(const QString &problem);
    // Reads the settings and the certificate folder again.
    void refresh();

    void openNetworkDialog();
    void turnOff();
    void openDeviceCertificateDialog();

signals:
    void networkAccessChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    AccessController *m_access;
    const QString m_tlsDirectory;
    quint16 m_localPort = 1883;
    bool m_brokerRunning = false;
    QLabel *m_status;
    QLabel *m_detail;
    QLabel *m_problem;
    QPushButton *m_allow;
    QPushButton *m_turnOff;
    QPushButton *m_deviceCertificate;
};

} // namespace homewire::ui
