#include "ui/broker/networkaccessdialog.h"

#include "broker/net/homecertificates.h"
#include "ui/broker/accesscontroller.h"
#include "ui/broker/growtofit.h"
#include "ui/broker/userdialog.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/inspector/palettecolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace homewire::ui {

struct HomeSetupOutcome
{
    QString error; // empty: made
    broker::net::HomeSetup setup;
};

namespace {

constexpr int Indent = 24;
constexpr int ListedUsers = 6;

QLabel *note(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new ToneLabel(ToneLabel::Tone::Secondary, text, parent);
    label->setObjectName(objectName);
    return label;
}

QSpinBox *portBox(int value, const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, 65535);
    box->setValue(value);
    box->setGroupSeparatorShown(false);
    return box;
}

} // namespace

NetworkAccessDialog::NetworkAccessDialog(AccessController *access, const QString &tlsDirectory,
                                         const NetworkAccess &current, quint16 localPort, bool brokerRunning,
                                         QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_tlsDirectory(tlsDirectory)
    , m_localPort(localPort)
{
    setObjectName(QStringLiteral("networkAccessDialog"));
    setWindowTitle(tr("Network access"));

    auto *intro = new QLabel(tr("Devices on your network, such as sensors, plugs and phones, will be able to "
                                "use this broker. Choose how they prove who they are; nobody gets in "
                                "without a user name or a certificate."),
                             this);
    intro->setWordWrap(true);

    m_problem = new ToneLabel(ToneLabel::Tone::Error, QString(), this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(current.enabled ? tr("Save") : tr("Allow network access"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkAccessDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(createLoginGroup());
    layout->addWidget(createEncryptionGroup());
    layout->addWidget(createPlainRow());
    if (brokerRunning)
        layout->addWidget(note(tr("The broker restarts to apply this; clients connected now reconnect by "
                                  "themselves."),
                               this, QStringLiteral("restartNote")));
    layout->addStretch(1);
    layout->addLayout(bottom);

    m_passwords->setChecked(current.passwords);
    m_certificates->setChecked(current.clientCertificates);
    m_tls->setChecked(current.tls);
    m_tlsPort->setValue(current.tlsPort);
    (current.homeCertificates ? m_home : m_own)->setChecked(true);
    m_certFile->setText(current.ownCertFile);
    m_keyFile->setText(current.ownKeyFile);
    m_caFile->setText(current.ownCaFile);
    m_plain->setChecked(current.plain);
    m_plainPort->setValue(current.plainPort);

    const QList<QAbstractButton *> toggles{m_passwords, m_certificates, m_tls, m_home, m_plain};
    for (QAbstractButton *box : toggles)
        connect(box, &QAbstractButton::toggled, this, &NetworkAccessDialog::validate);
    for (QSpinBox *box : {m_tlsPort, m_plainPort})
        connect(box, &QSpinBox::valueChanged, this, &NetworkAccessDialog::validate);
    for (QLineEdit *field : {m_certFile, m_keyFile, m_caFile})
        connect(field, &QLineEdit::textChanged, this, &NetworkAccessDialog::validate);
    connect(m_access, &AccessController::changed, this, &NetworkAccessDialog::validate);
    if (!m_access->isLoaded())
        m_access->reload();
    updateHomeStatus();
    validate();
    resize(600, sizeHint().height());
}

NetworkAccessDialog::~NetworkAccessDialog() = default;

QWidget *NetworkAccessDialog::createLoginGroup()
{
    auto *box = new QGroupBox(tr("How devices log in"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnMinimumWidth(0, Indent);
    grid->setColumnStretch(1, 1);
    m_passwords = new QCheckBox(tr("User &names and passwords"), box);
    m_passwords->setObjectName(QStringLiteral("passwords"));
    grid->addWidget(m_passwords, 0, 0, 1, 3);
    m_users = note(QString(), box, QStringLiteral("usersStatus"));
    grid->addWidget(m_users, 1, 1);
    m_addUser = new QPushButton(tr("Add user…"), box);
    m_addUser->setObjectName(QStringLiteral("addUser"));
    connect(m_addUser, &QPushButton::clicked, this, &NetworkAccessDialog::addUser);
    grid->addWidget(m_addUser, 1, 2, Qt::AlignTop);
    m_certificates = new QCheckBox(tr("Client &certificates"), box);
    m_certificates->setObjectName(QStringLiteral("clientCertificates"));
    grid->addWidget(m_certificates, 2, 0, 1, 3);
    grid->addWidget(
        note(tr("Each device presents a certificate signed by this home's authority (or your CA); "
                "the name in it is its user name, so rules for that user apply."),
             box),
        3, 1, 1, 2);
    return box;
}

QWidget *NetworkAccessDialog::createEncryptionGroup()
{
    auto *box = new QGroupBox(tr("Encryption"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnMinimumWidth(0, Indent);
    grid->setColumnStretch(1, 1);
    auto *tlsRow = new QHBoxLayout;
    m_tls = new QCheckBox(tr("&TLS on port"), box);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tlsPort = portBox(NetworkAccess::DefaultTlsPort, QStringLiteral("tlsPort"), box);
    tlsRow->addWidget(m_tls);
    tlsRow->addWidget(m_tlsPort);
    tlsRow->addWidget(note(tr("(recommended)"), box));
    tlsRow->addStretch(1);
    grid->addLayout(tlsRow, 0, 0, 1, 2);

    m_home = new QRadioButton(tr("Certificates made for this &home"), box);
    m_home->setObjectName(QStringLiteral("homeCertificates"));
    grid->addWidget(m_home, 1, 1);
    auto *homeRow = new QHBoxLayout;
    homeRow->setContentsMargins(Indent, 0, 0, 0);
    m_homeStatus = note(QString(), box, QStringLiteral("homeStatus"));
    m_homeStatus->setTextFormat(Qt::RichText);
    m_homeStatus->setOpenExternalLinks(true);
    m_homeStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    homeRow->addWidget(m_homeStatus, 1);
    m_create = new QPushButton(box);
    m_create->setObjectName(QStringLiteral("createCertificates"));
    connect(m_create, &QPushButton::clicked, this, &NetworkAccessDialog::createHomeCertificates);
    homeRow->addWidget(m_create, 0, Qt::AlignTop);
    grid->addLayout(homeRow, 2, 1);

    m_own = new QRadioButton(tr("My &own certificate files"), box);
    m_own->setObjectName(QStringLiteral("ownCertificates"));
    grid->addWidget(m_own, 3, 1);
    auto *group = new QButtonGroup(box);
    group->addButton(m_home);
    group->addButton(m_own);
    m_ownFiles = new QWidget(box);
    auto *files = new QGridLayout(m_ownFiles);
    files->setContentsMargins(Indent, 0, 0, 0);
    m_certFile = addFileRow(files, 0, tr("Certificate:"), QStringLiteral("certFile"));
    m_keyFile = addFileRow(files, 1, tr("Private key:"), QStringLiteral("keyFile"));
    m_caFile = addFileRow(files, 2, tr("CA for devices:"), QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("needed for client certificates"));
    grid->addWidget(m_ownFiles, 4, 1);
    return box;
}

QLineEdit *NetworkAccessDialog::addFileRow(QGridLayout *grid, int row, const QString &label,
                                           const QString &objectName)
{
    auto *field = new QLineEdit(m_ownFiles);
    field->setObjectName(objectName);
    auto *browse = new QPushButton(tr("Browse…"), m_ownFiles);
    connect(browse, &QPushButton::clicked, this, [this, field, label] {
        const QString file = QFileDialog::getOpenFileName(
            this, label, field->text(), tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)"));
        if (!file.isEmpty())
            field->setText(file);
    });
    auto *labelWidget = new QLabel(label, m_ownFiles);
    labelWidget->setBuddy(field);
    grid->addWidget(labelWidget, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(browse, row, 2);
    return field;
}

QWidget *NetworkAccessDialog::createPlainRow()
{
    auto *box = new QGroupBox(tr("Without encryption"), this);
    auto *column = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    m_plain = new QCheckBox(tr("Also accept &unencrypted connections on port"), box);
    m_plain->setObjectName(QStringLiteral("plain"));
    m_plainPort = portBox(NetworkAccess::DefaultPlainPort, QStringLiteral("plainPort"), box);
    row->addWidget(m_plain);
    row->addWidget(m_plainPort);
    row->addStretch(1);
    column->addLayout(row);
    m_plainWarning = new ToneLabel(ToneLabel::Tone::Error,
                                   tr("Unencrypted: passwords and messages cross your network readable by "
                                      "anyone on it. Only for devices that cannot do TLS."),
                                   box);
    m_plainWarning->setObjectName(QStringLiteral("plainWarning"));
    column->addWidget(m_plainWarning);
    return box;
}

void NetworkAccessDialog::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::Add, m_access->userNames(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_access->addUser(dialog->userName(), dialog->password()); });
    dialog->open();
}

bool NetworkAccessDialog::isCreatingCertificates() const
{
    return m_job != nullptr;
}

void NetworkAccessDialog::createHomeCertificates()
{
    if (m_job)
        return;
    m_job = new QFutureWatcher<HomeSetupOutcome>(this);
    connect(m_job, &QFutureWatcherBase::finished, this, &NetworkAccessDialog::onCertificatesCreated);
    const QString directory = m_tlsDirectory;
    // Key generation and file writing, on the thread pool.
    m_job->setFuture(QtConcurrent::run([directory] {
        auto made = broker::net::createHomeSetup(directory, broker::net::localHostNames(),
                                                 broker::net::localAddresses());
        broker::net::releaseCryptoThreadState();
        HomeSetupOutcome outcome;
        if (made)
            outcome.setup = made.value();
        else
            outcome.error = made.error().message;
        return outcome;
    }));
    m_create->setText(tr("Creating…"));
    validate();
}

void NetworkAccessDialog::onCertificatesCreated()
{
    const HomeSetupOutcome outcome = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    if (!outcome.error.isEmpty()) {
        updateHomeStatus();
        const QString failure = tr("The certificates could not be made: %1").arg(outcome.error);
        m_homeStatus->setText(m_homeStatus->text() +
                              QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                                  .arg(errorTextColor(palette()).name(), failure.toHtmlEscaped()));
    } else {
        QStringList names = outcome.setup.hostNames;
        for (const QHostAddress &address : outcome.setup.addresses)
            names.append(address.toString());
        updateHomeStatus(
            tr("The broker's certificate names this computer %1.").arg(names.join(QStringLiteral(", "))));
        emit certificatesCreated();
    }
    validate();
}

void NetworkAccessDialog::updateHomeStatus(const QString &created)
{
    const broker::net::HomeTlsPaths paths(m_tlsDirectory);
    QString text;
    if (paths.isComplete()) {
        const QString folder = QDir::toNativeSeparators(paths.directory);
        text =
            tr("Made for this home, in <a href=\"%1\">%2</a>. Devices need <b>ca.crt</b> from there to trust "
               "the broker.")
                .arg(QUrl::fromLocalFile(paths.directory).toString(), folder.toHtmlEscaped());
        m_create->setText(tr("Renew"));
        m_create->setToolTip(tr("Makes this computer's certificate again, for instance after it got a new "
                                "address. The home's authority stays, so devices keep trusting the broker."));
    } else {
        text =
            tr("None yet. One click makes an authority for this home and a certificate for this computer.");
        m_create->setText(tr("Create certificates for this home"));
        m_create->setToolTip(QString());
    }
    if (!created.isEmpty())
        text += QStringLiteral(" ") + created.toHtmlEscaped();
    m_homeStatus->setText(text);
}

NetworkAccess NetworkAccessDialog::networkAccess() const
{
    NetworkAccess access;
    access.enabled = true;
    access.passwords = m_passwords->isChecked();
    access.clientCertificates = m_certificates->isChecked();
    access.tls = m_tls->isChecked();
    access.tlsPort = m_tlsPort->value();
    access.homeCertificates = m_home->isChecked();
    access.ownCertFile = m_certFile->text().trimmed();
    access.ownKeyFile = m_keyFile->text().trimmed();
    access.ownCaFile = m_caFile->text().trimmed();
    access.plain = m_plain->isChecked();
    access.plainPort = m_plainPort->value();
    return access;
}

QString NetworkAccessDialog::problem() const
{
    const NetworkAccess access = networkAccess();
    if (!access.passwords && !access.clientCertificates)
        return tr("Choose how devices log in: with passwords, client certificates or both.");
    if (access.passwords && m_access->isLoaded() && m_access->userNames().isEmpty())
        return tr("Password logins need at least one user: add one above.");
    if (access.passwords && !m_access->isLoaded())
        return tr("Reading the users…");
    if (!access.tls && !access.plain)
        return tr("Turn on TLS or the unencrypted port.");
    if (access.clientCertificates && !access.tls)
        return tr("Client certificates need TLS.");
    if (access.plain && !access.passwords)
        return tr("The unencrypted port needs passwords: certificates only work over TLS.");
    const quint16 local = m_localPort;
    if ((access.tls && access.tlsPort == local) || (access.plain && access.plainPort == local))
        return tr("Port %1 is this computer's own port; choose another.").arg(local);
    if (access.tls && access.plain && access.tlsPort == access.plainPort)
        return tr("The TLS port and the unencrypted port must differ.");
    if (m_job)
        return tr("Creating the certificates…");
    if (access.tls && access.homeCertificates && !broker::net::HomeTlsPaths(m_tlsDirectory).isComplete())
        return tr("Create the certificates for this home first.");
    if (access.tls && !access.homeCertificates) {
        if (access.ownCertFile.isEmpty() || access.ownKeyFile.isEmpty())
            return tr("Choose the certificate and its private key.");
        if (access.clientCertificates && access.ownCaFile.isEmpty())
            return tr("Choose the CA file that signs the devices' certificates.");
    }
    return access.missingFile(m_tlsDirectory);
}

void NetworkAccessDialog::validate()
{
    const bool tls = m_tls->isChecked();
    m_tlsPort->setEnabled(tls);
    m_home->setEnabled(tls);
    m_own->setEnabled(tls);
    m_create->setEnabled(tls && m_home->isChecked() && !m_job);
    m_homeStatus->setEnabled(tls && m_home->isChecked());
    m_ownFiles->setEnabled(tls && m_own->isChecked());
    m_caFile->setEnabled(m_certificates->isChecked());
    m_plainPort->setEnabled(m_plain->isChecked());
    m_plainWarning->setVisible(m_plain->isChecked());

    const QStringList users = m_access->userNames();
    if (!m_access->isLoaded())
        m_users->setText(tr("Reading the users…"));
    else if (users.isEmpty())
        m_users->setText(tr("No users yet. Password logins need at least one."));
    else if (users.size() == 1)
        m_users->setText(tr("“%1” can log in with a password.").arg(users.first()));
    else if (users.size() <= ListedUsers)
        m_users->setText(
            tr("These users can log in with a password: %1.").arg(users.join(QStringLiteral(", "))));
    else
        m_users->setText(tr("These users can log in with a password: %1 and %2 more.")
                             .arg(users.mid(0, ListedUsers - 1).join(QStringLiteral(", ")))
                             .arg(users.size() - (ListedUsers - 1)));
    m_users->setEnabled(m_passwords->isChecked());

    const QString issue = problem();
    m_problem->setText(issue);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issue.isEmpty());
    growToFit(this);
}

void NetworkAccessDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace homewire::ui
