#include "ui/broker/networkaccesspanel.h"

#include "broker/net/homecertificates.h"
#include "ui/broker/devicecertificatedialog.h"
#include "ui/broker/networkaccess.h"
#include "ui/broker/networkaccessdialog.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/theme.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace homewire::ui {

NetworkAccessPanel::NetworkAccessPanel(AccessController *access, const QString &brokerDataDirectory,
                                       QWidget *parent)
    : QGroupBox(tr("Network access"), parent)
    , m_access(access)
    , m_tlsDirectory(broker::net::homeTlsDirectory(brokerDataDirectory))
    , m_status(new QLabel(this))
    , m_detail(new ToneLabel(ToneLabel::Tone::Secondary, QString(), this))
    , m_problem(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_allow(new QPushButton(this))
    , m_turnOff(new QPushButton(tr("Turn off network access"), this))
    , m_deviceCertificate(new QPushButton(tr("Create device certificate…"), this))
{
    setObjectName(QStringLiteral("networkAccess"));
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("networkDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setOpenExternalLinks(true);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_problem->setObjectName(QStringLiteral("networkProblem"));
    m_problem->hide();
    m_allow->setObjectName(QStringLiteral("allowNetwork"));
    m_turnOff->setObjectName(QStringLiteral("turnOffNetwork"));
    m_deviceCertificate->setObjectName(QStringLiteral("createDeviceCertificate"));
    m_deviceCertificate->setToolTip(
        tr("A certificate and key for one device, signed by this home's authority"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_status);
    texts->addWidget(m_detail);
    texts->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allow);
    buttons->addWidget(m_turnOff);
    buttons->addWidget(m_deviceCertificate);
    auto *row = new QHBoxLayout(this);
    row->addLayout(texts, 1);
    row->addLayout(buttons);

    connect(m_allow, &QPushButton::clicked, this, &NetworkAccessPanel::openNetworkDialog);
    connect(m_turnOff, &QPushButton::clicked, this, &NetworkAccessPanel::turnOff);
    connect(m_deviceCertificate, &QPushButton::clicked, this,
            &NetworkAccessPanel::openDeviceCertificateDialog);
    refresh();
}

void NetworkAccessPanel::setLocalPort(quint16 port)
{
    m_localPort = port;
}

void NetworkAccessPanel::setBrokerRunning(bool running)
{
    m_brokerRunning = running;
}

void NetworkAccessPanel::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void NetworkAccessPanel::refresh()
{
    const NetworkAccess access = NetworkAccess::load();
    const bool on = access.enabled;
    const QColor dot =
        on ? accentColor(Accent::Active, palette()) : palette().color(QPalette::PlaceholderText);
    m_status->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                          .arg(dot.name(), access.description().toHtmlEscaped()));
    const broker::net::HomeTlsPaths home(m_tlsDirectory);
    if (!on)
        m_detail->setText(
            tr("The broker listens on 127.0.0.1 only; devices on your network cannot reach it."));
    else if (access.tls && access.homeCertificates)
        m_detail->setText(
            tr("Devices need <b>ca.crt</b> from <a href=\"%1\">this home's certificate folder</a> to "
               "trust the broker. Nobody logs in without a user name or a certificate.")
                .arg(QUrl::fromLocalFile(home.directory).toString()));
    else
        m_detail->setText(tr("Nobody logs in from the network without a user name or a certificate."));
    m_allow->setText(on ? tr("Change…") : tr("Allow devices on the network…"));
    m_turnOff->setVisible(on);
    m_detail->setToolTip(on && access.tls && access.homeCertificates
                             ? QDir::toNativeSeparators(home.caCertificate)
                             : QString());
    m_deviceCertificate->setVisible(home.hasAuthority());
}

void NetworkAccessPanel::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    // The status dot follows the theme.
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void NetworkAccessPanel::openNetworkDialog()
{
    auto *dialog = new NetworkAccessDialog(m_access, m_tlsDirectory, NetworkAccess::load(), m_localPort,
                                           m_brokerRunning, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkAccessDialog::certificatesCreated, this, &NetworkAccessPanel::refresh);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->networkAccess().save();
        refresh();
        emit networkAccessChanged();
    });
    dialog->open();
}

void NetworkAccessPanel::turnOff()
{
    NetworkAccess access = NetworkAccess::load();
    if (!access.enabled)
        return;
    access.enabled = false;
    access.save();
    setProblem({});
    refresh();
    emit networkAccessChanged();
}

void NetworkAccessPanel::openDeviceCertificateDialog()
{
    auto *dialog = new DeviceCertificateDialog(m_tlsDirectory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace homewire::ui
