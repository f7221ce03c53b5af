#include "connectiondialog.h"

#include "subscriptionseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace homewire::ui {

using client::ConnectionProfile;
using client::Transport;

namespace {

const QColor ErrorColor(0xb0, 0x00, 0x20);

quint16 defaultPort(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return 1883;
    case Transport::Tls:
        return 8883;
    case Transport::WebSocket:
        return 80;
    case Transport::SecureWebSocket:
        return 443;
    }
    return 1883;
}

std::optional<Transport> transportForScheme(const QString &scheme)
{
    const QString s = scheme.toLower();
    if (s == QLatin1String("mqtt") || s == QLatin1String("tcp"))
        return Transport::Tcp;
    if (s == QLatin1String("mqtts") || s == QLatin1String("ssl") || s == QLatin1String("tls"))
        return Transport::Tls;
    if (s == QLatin1String("ws"))
        return Transport::WebSocket;
    if (s == QLatin1String("wss"))
        return Transport::SecureWebSocket;
    return std::nullopt;
}

// A word-wrapped label reserves the height its text needs at its narrowest:
// layouts size windows by minimum sizes, which do not follow the wrapping.
void reserveWrappedHeight(QLabel *label)
{
    label->setMinimumHeight(
        qMax(label->heightForWidth(label->minimumWidth()), label->fontMetrics().lineSpacing()));
}

void paintAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ErrorColor);
    label->setPalette(palette);
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("New Connection"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->addWidget(createConnectionGroup());
    left->addWidget(createSessionGroup());
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(createTlsGroup());
    auto *subscriptionsBox = new QGroupBox(tr("Default subscriptions"), this);
    auto *subscriptionsLayout = new QVBoxLayout(subscriptionsBox);
    m_subscriptions = new SubscriptionsEditor(subscriptionsBox);
    subscriptionsLayout->addWidget(m_subscriptions);
    right->addWidget(subscriptionsBox, 1);
    columns->addLayout(right, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setMinimumWidth(m_problemLabel->fontMetrics().averageCharWidth() * 60);
    paintAsError(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problemLabel, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    // Grow when the TLS group or an explanation appears, rather than squeeze.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_host, &QLineEdit::textEdited, this, &ConnectionDialog::onHostEdited);
    connect(m_host, &QLineEdit::editingFinished, this, &ConnectionDialog::onHostFinished);
    connect(m_port, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onSchemeChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(m_username, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    for (QLineEdit *file : {m_caFile, m_certificateFile, m_keyFile})
        connect(file, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_skipVerify, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(m_subscriptions, &SubscriptionsEditor::changed, this, &ConnectionDialog::validate);

    setProfile(ConnectionProfile());
}

QWidget *ConnectionDialog::createConnectionGroup()
{
    auto *box = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Home server"));
    form->addRow(tr("&Name:"), m_name);

    QLayout *address = createAddressRow(box);
    auto *hostLabel = new QLabel(tr("&Broker:"), box);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, address);

    m_builtInNote = new QLabel(tr("The embedded broker's address follows the Broker page."), box);
    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));
    m_builtInNote->setEnabled(false);
    m_builtInNote->setWordWrap(true);
    form->addRow(QString(), m_builtInNote);

    m_path = new QLineEdit(box);
    m_path->setObjectName(QStringLiteral("webSocketPath"));
    m_path->setPlaceholderText(QStringLiteral("/mqtt"));
    m_pathLabel = new QLabel(tr("WebSocket &path:"), box);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, m_path);

    m_protocol = new QComboBox(box);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_protocol->addItem(tr("MQTT 3.1.1"), int(mqtt::ProtocolVersion::V311));
    m_protocol->addItem(tr("MQTT 5.0"), int(mqtt::ProtocolVersion::V5));
    form->addRow(tr("P&rotocol:"), m_protocol);

    m_clientId = new QLineEdit(box);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("random"));
    m_clientId->setToolTip(tr("Left empty, a random client identifier is chosen for every connection"));
    form->addRow(tr("&Client ID:"), m_clientId);

    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("none"));
    form->addRow(tr("&Username:"), m_username);

    QLayout *passwordRow = createPasswordRow(box);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), box);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);

    m_passwordNote = new QLabel(box);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setMinimumWidth(m_passwordNote->fontMetrics().averageCharWidth() * 36);
    paintAsError(m_passwordNote);
    m_passwordNote->hide();
    form->addRow(QString(), m_passwordNote);
    return box;
}

QLayout *ConnectionDialog::createAddressRow(QWidget *box)
{
    // The broker's address reads like a URL: scheme, host, port.
    m_scheme = new QComboBox(box);
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_scheme->addItem(QStringLiteral("mqtt://"), int(Transport::Tcp));
    m_scheme->addItem(QStringLiteral("mqtts://"), int(Transport::Tls));
    m_scheme->addItem(QStringLiteral("ws://"), int(Transport::WebSocket));
    m_scheme->addItem(QStringLiteral("wss://"), int(Transport::SecureWebSocket));
    m_scheme->setItemData(0, tr("MQTT over TCP"), Qt::ToolTipRole);
    m_scheme->setItemData(1, tr("MQTT over TLS (encrypted)"), Qt::ToolTipRole);
    m_scheme->setItemData(2, tr("MQTT over WebSocket"), Qt::ToolTipRole);
    m_scheme->setItemData(3, tr("MQTT over secure WebSocket (encrypted)"), Qt::ToolTipRole);
    m_host = new QLineEdit(box);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_host->setToolTip(tr("You can paste a whole URL such as mqtts://user@broker.local:8883"));
    m_port = new QLineEdit(box);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_port));
    m_port->setFixedWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("655350")) + 12);
    m_host->setMinimumWidth(m_host->fontMetrics().averageCharWidth() * 24);
    auto *address = new QHBoxLayout;
    address->setSpacing(4);
    address->addWidget(m_scheme);
    address->addWidget(m_host, 1);
    address->addWidget(new QLabel(QStringLiteral(":"), box));
    address->addWidget(m_port);
    return address;
}

QLayout *ConnectionDialog::createPasswordRow(QWidget *box)
{
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none"));
    m_password->setToolTip(tr("Kept in the system keychain, never in Homewire's files"));
    m_showPassword = new QToolButton(box);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setText(tr("Show"));
    m_showPassword->setCheckable(true);
    m_showPassword->setToolTip(tr("Show the password as plain text"));
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->setSpacing(4);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    return passwordRow;
}

QWidget *ConnectionDialog::createSessionGroup()
{
    auto *box = new QGroupBox(tr("Session"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_cleanSession = new QCheckBox(tr("Start with a clean session"), box);
    m_cleanSession->setObjectName(QStringLiteral("cleanSession"));
    m_cleanSession->setToolTip(tr("Unchecked, the broker keeps this client's subscriptions and queued "
                                  "messages between connections (needs a fixed client ID)"));
    form->addRow(QString(), m_cleanSession);
    m_keepAlive = new QSpinBox(box);
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setSpecialValueText(tr("Off"));
    m_keepAlive->setToolTip(tr("Longest silence before the broker considers the connection lost"));
    form->addRow(tr("&Keep alive:"), m_keepAlive);
    return box;
}

QWidget *ConnectionDialog::createTlsGroup()
{
    m_tls = new QGroupBox(tr("TLS"), this);
    m_tls->setObjectName(QStringLiteral("tls"));
    auto *form = new QFormLayout(m_tls);
    m_caFile = new QLineEdit(m_tls);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("system trust store"));
    m_caFile->setMinimumWidth(m_caFile->fontMetrics().averageCharWidth() * 24);
    form->addRow(tr("CA certificate:"), createFileRow(m_caFile, tr("Choose the CA Certificate")));
    m_certificateFile = new QLineEdit(m_tls);
    m_certificateFile->setObjectName(QStringLiteral("certificateFile"));
    m_certificateFile->setPlaceholderText(tr("none"));
    form->addRow(tr("Client certificate:"),
                 createFileRow(m_certificateFile, tr("Choose the Client Certificate")));
    m_keyFile = new QLineEdit(m_tls);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("none, or in the certificate file"));
    form->addRow(tr("Private key:"), createFileRow(m_keyFile, tr("Choose the Private Key")));

    m_skipVerify = new QCheckBox(tr("Accept any server certificate"), m_tls);
    m_skipVerify->setObjectName(QStringLiteral("skipVerify"));
    form->addRow(QString(), m_skipVerify);
    auto *warning = new QWidget(m_tls);
    auto *warningLayout = new QHBoxLayout(warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    warningLayout->addWidget(icon);
    m_insecureWarning = new QLabel(tr("Insecure: the server's identity is not checked, so anyone on the way "
                                      "can pose as the broker and read everything, the password included."),
                                   warning);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setMinimumWidth(m_insecureWarning->fontMetrics().averageCharWidth() * 36);
    reserveWrappedHeight(m_insecureWarning);
    paintAsError(m_insecureWarning);
    warningLayout->addWidget(m_insecureWarning, 1);
    form->addRow(QString(), warning);
    connect(m_skipVerify, &QCheckBox::toggled, warning, &QWidget::setVisible);
    warning->setVisible(false);
    return m_tls;
}

QWidget *ConnectionDialog::createFileRow(QLineEdit *edit, const QString &caption)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, caption] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(
            this, caption, start, tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(browse);
    return row;
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    setWindowTitle(profile.id == 0 ? tr("New Connection") : tr("Edit Connection"));
    m_name->setText(profile.name);
    const int schemeIndex = m_scheme->findData(int(profile.transport));
    m_scheme->setCurrentIndex(schemeIndex < 0 ? 0 : schemeIndex);
    m_host->setText(profile.host);
    m_hostLength = m_host->text().size();
    m_port->setText(QString::number(profile.port));
    m_path->setText(profile.webSocketPath);
    int protocolIndex = m_protocol->findData(int(profile.protocolVersion));
    if (protocolIndex < 0) {
        // MQTT 3.1 is not offered for new profiles, but one that uses it keeps it.
        m_protocol->addItem(tr("MQTT 3.1"), int(profile.protocolVersion));
        protocolIndex = m_protocol->count() - 1;
    }
    m_protocol->setCurrentIndex(protocolIndex);
    m_clientId->setText(profile.clientId);
    m_username->setText(profile.username);
    m_password->setText(profile.password);
    m_passwordTyped = false;
    m_cleanSession->setChecked(profile.cleanSession);
    m_keepAlive->setValue(profile.keepAliveSeconds);
    m_caFile->setText(profile.caFile);
    m_certificateFile->setText(profile.certificateFile);
    m_keyFile->setText(profile.keyFile);
    m_skipVerify->setChecked(profile.skipVerify);
    m_subscriptions->setSubscriptions(profile.subscriptions);

    m_scheme->setEnabled(!profile.builtIn);
    for (QLineEdit *edit : {m_host, m_port}) {
        edit->setReadOnly(profile.builtIn);
        // Read-only fields look it: the window's colour instead of the text field's.
        QPalette colours = edit->palette();
        colours.setBrush(QPalette::Base, profile.builtIn ? palette().window() : palette().base());
        edit->setPalette(colours);
    }
    m_builtInNote->setVisible(profile.builtIn);
    onSchemeChanged();
    m_name->setFocus();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.transport = transport();
    p.host = m_host->text().trimmed();
    p.port = quint16(qBound(0, m_port->text().toInt(), 65535));
    p.webSocketPath = m_path->text().trimmed().isEmpty() ? QStringLiteral("/mqtt") : m_path->text().trimmed();
    p.protocolVersion = mqtt::ProtocolVersion(m_protocol->currentData().toInt());
    p.clientId = m_clientId->text().trimmed();
    p.username = m_username->text();
    p.password = m_password->text();
    p.cleanSession = m_cleanSession->isChecked();
    p.keepAliveSeconds = m_keepAlive->value();
    p.caFile = m_caFile->text().trimmed();
    p.certificateFile = m_certificateFile->text().trimmed();
    p.keyFile = m_keyFile->text().trimmed();
    p.skipVerify = m_skipVerify->isChecked();
    p.subscriptions = m_subscriptions->subscriptions();
    return p;
}

void ConnectionDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    validate();
}

void ConnectionDialog::setPassword(const QString &password)
{
    if (!m_passwordTyped)
        m_password->setText(password);
}

void ConnectionDialog::setPasswordNote(const QString &note)
{
    m_passwordNote->setText(note);
    reserveWrappedHeight(m_passwordNote);
    m_passwordNote->setVisible(!note.isEmpty());
}

Transport ConnectionDialog::transport() const
{
    return Transport(m_scheme->currentData().toInt());
}

void ConnectionDialog::onSchemeChanged()
{
    const Transport now = transport();
    // A port left at the old scheme's default follows the new scheme.
    static constexpr Transport all[] = {Transport::Tcp, Transport::Tls, Transport::WebSocket,
                                        Transport::SecureWebSocket};
    const QString port = m_port->text();
    for (Transport t : all) {
        if (!m_port->isReadOnly() && t != now && port == QString::number(defaultPort(t)))
            m_port->setText(QString::number(defaultPort(now)));
    }
    m_port->setPlaceholderText(QString::number(defaultPort(now)));
    const bool webSocket = now == Transport::WebSocket || now == Transport::SecureWebSocket;
    m_pathLabel->setVisible(webSocket);
    m_path->setVisible(webSocket);
    m_tls->setVisible(now == Transport::Tls || now == Transport::SecureWebSocket);
    validate();
}

void ConnectionDialog::onHostEdited(const QString &text)
{
    // Only a paste (more than one character at once) is taken apart while
    // editing: a URL typed key by key would be cut at its first letter.
    const qsizetype grown = text.size() - m_hostLength;
    m_hostLength = text.size();
    if (grown > 1 && text.contains(QStringLiteral("://")))
        takeUrl(text);
}

void ConnectionDialog::onHostFinished()
{
    if (m_host->isReadOnly())
        return;
    const QString text = m_host->text().trimmed();
    if (text.contains(QStringLiteral("://"))) {
        takeUrl(text);
        return;
    }
    // "host:port" (but not an IPv6 address, which has more colons).
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && text.count(QLatin1Char(':')) == 1) {
        bool isNumber = false;
        const int port = text.mid(colon + 1).toInt(&isNumber);
        if (isNumber && port > 0 && port <= 65535) {
            m_host->setText(text.left(colon));
            m_port->setText(QString::number(port));
        }
    }
}

bool ConnectionDialog::takeUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const std::optional<Transport> transport = transportForScheme(url.scheme());
    if (!url.isValid() || !transport || url.host().isEmpty())
        return false;
    m_scheme->setCurrentIndex(m_scheme->findData(int(*transport)));
    m_host->setText(url.host());
    m_hostLength = m_host->text().size();
    m_port->setText(QString::number(url.port(defaultPort(*transport))));
    if ((*transport == Transport::WebSocket || *transport == Transport::SecureWebSocket) &&
        !url.path().isEmpty())
        m_path->setText(url.path());
    if (!url.userName().isEmpty())
        m_username->setText(url.userName());
    if (!url.password().isEmpty()) {
        m_password->setText(url.password());
        m_passwordTyped = true;
    }
    return true;
}

void ConnectionDialog::accept()
{
    if (!isValid())
        return;
    if (m_acceptHandler) {
        const QString error = m_acceptHandler(profile());
        if (!error.isEmpty()) {
            m_problemLabel->setText(error);
            reserveWrappedHeight(m_problemLabel);
            return;
        }
    }
    QDialog::accept();
}

void ConnectionDialog::validate()
{
    m_problem = findProblem();
    m_problemLabel->setText(m_problem);
    reserveWrappedHeight(m_problemLabel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

QString ConnectionDialog::findProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the connection.");
    for (const QString &taken : m_takenNames) {
        if (taken.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("A connection named “%1” already exists.").arg(taken.trimmed());
    }

    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the broker's host name or IP address.");
    if (host.contains(QStringLiteral("://")))
        return tr("Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or "
                  "wss://.");
    static const QRegularExpression notInHost(QStringLiteral("[\\s/@?#,;]"));
    if (host.contains(notInHost))
        return tr("“%1” is not a host name or IP address.").arg(host);
    const int port = m_port->text().toInt();
    if (m_port->text().isEmpty() || port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (m_path->isVisibleTo(this) && !m_path->text().trimmed().isEmpty() &&
        !m_path->text().trimmed().startsWith(QLatin1Char('/')))
        return tr("The WebSocket path must start with “/”.");

    if (m_protocol->currentData().toInt() != int(mqtt::ProtocolVersion::V5) && m_username->text().isEmpty() &&
        !m_password->text().isEmpty())
        return tr("MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or "
                  "choose MQTT 5.0.");

    if (m_tls->isVisibleTo(this)) {
        const QList<std::pair<QLineEdit *, QString>> files = {
            {m_caFile, tr("The CA certificate file “%1” does not exist.")},
            {m_certificateFile, tr("The client certificate file “%1” does not exist.")},
            {m_keyFile, tr("The private key file “%1” does not exist.")},
        };
        for (const auto &[edit, message] : files) {
            const QString path = edit->text().trimmed();
            if (!path.isEmpty() && !QFileInfo(path).isFile())
                return message.arg(QFileInfo(path).fileName());
        }
        if (!m_keyFile->text().trimmed().isEmpty() && m_certificateFile->text().trimmed().isEmpty())
            return tr("A private key needs its client certificate.");
    }

    return m_subscriptions->problem();
}

} // namespace homewire::ui
