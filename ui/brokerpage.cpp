#include "brokerpage.h"

#include "broker/net/homecertificates.h"
#include "clienttablemodel.h"
#include "common/logcollector.h"
#include "ui/broker/accesscontroller.h"
#include "ui/broker/accesspage.h"
#include "ui/broker/networkaccess.h"
#include "ui/broker/networkaccesspanel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace homewire::ui {

namespace {

QString formatUptime(qint64 seconds)
{
    if (seconds < 60)
        return QObject::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QObject::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return QObject::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

BrokerPage::BrokerPage(broker::net::BrokerServer &server, LogCollector *log, QWidget *parent)
    : BrokerPage(server, broker::BrokerConfig{}, log, parent)
{}

BrokerPage::BrokerPage(broker::net::BrokerServer &server, const broker::BrokerConfig &config,
                       LogCollector *log, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_dataDirectory(config.dataDirectory)
    , m_clients(new ClientTableModel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("brokerPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(createHeader());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("brokerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("brokerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverview(log), tr("Overview"));
    if (!m_dataDirectory.isEmpty()) {
        m_access = new AccessController(m_dataDirectory, config.auth.passwordIterations, this);
        m_accessPage = new AccessPage(m_access, m_dataDirectory, m_tabs);
        m_accessPage->networkPanel()->setLocalPort(quint16(m_port->value()));
        connect(m_accessPage->networkPanel(), &NetworkAccessPanel::networkAccessChanged, this,
                &BrokerPage::applyNetworkAccess);
        connect(m_port, &QSpinBox::valueChanged, m_accessPage->networkPanel(),
                [panel = m_accessPage->networkPanel()](int port) { panel->setLocalPort(quint16(port)); });
        m_tabs->addTab(m_accessPage, tr("Users && Access"));
    }
    layout->addWidget(m_tabs, 1);

    connect(&m_server, &broker::net::BrokerServer::startFinished, this, &BrokerPage::onStartFinished);
    connect(&m_server, &broker::net::BrokerServer::snapshotReady, this, &BrokerPage::onSnapshot);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, &m_server, &broker::net::BrokerServer::requestSnapshot);
    updateState();
}

QWidget *BrokerPage::createHeader()
{
    // What runs where, and the controls.
    auto *box = new QWidget(this);
    auto *header = new QHBoxLayout(box);
    header->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Embedded broker"), box);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("brokerStatus"));
    m_status->setTextFormat(Qt::RichText);
    titles->addWidget(m_status);
    m_address = new QLabel(box);
    m_address->setObjectName(QStringLiteral("brokerAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_address);
    header->addLayout(titles, 1);

    header->addWidget(new QLabel(tr("Port:"), box));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("brokerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(QSettings().value(QStringLiteral("broker/port"), 1883).toInt());
    m_port->setToolTip(tr("TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the "
                          "next start."));
    connect(m_port, &QSpinBox::valueChanged, this,
            [](int port) { QSettings().setValue(QStringLiteral("broker/port"), port); });
    header->addWidget(m_port);
    m_startStop = new QPushButton(box);
    m_startStop->setObjectName(QStringLiteral("brokerStartStop"));
    m_startStop->setMinimumWidth(100);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server.isRunning())
            stopBroker();
        else
            startBroker();
    });
    header->addWidget(m_startStop);
    return box;
}

QWidget *BrokerPage::createOverview(LogCollector *log)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);

    // Figures.
    auto *figures = new QHBoxLayout;
    figures->setSpacing(12);
    figures->addWidget(createFigure(tr("Clients online"), &m_online));
    figures->addWidget(createFigure(tr("Messages in / s"), &m_inRate));
    figures->addWidget(createFigure(tr("Messages out / s"), &m_outRate));
    figures->addWidget(createFigure(tr("Retained messages"), &m_retained));
    figures->addWidget(createFigure(tr("Subscriptions"), &m_subscriptions));
    figures->addWidget(createFigure(tr("Uptime"), &m_uptime));
    layout->addLayout(figures);

    // Clients and log.
    auto *splitter = new QSplitter(Qt::Vertical, page);
    auto *clientsBox = new QWidget(splitter);
    auto *clientsLayout = new QVBoxLayout(clientsBox);
    clientsLayout->setContentsMargins(0, 0, 0, 0);
    clientsLayout->addWidget(sectionTitle(tr("Clients"), clientsBox));
    m_table = createClientTable(clientsBox);
    clientsLayout->addWidget(m_table);
    auto *logBox = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(sectionTitle(tr("Log"), logBox));
    m_log = new QPlainTextEdit(logBox);
    m_log->setObjectName(QStringLiteral("brokerLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    if (log) {
        m_log->setPlainText(log->lines().join(QLatin1Char('\n')));
        connect(log, &LogCollector::linesAdded, this, [this](const QStringList &lines) {
            for (const QString &line : lines)
                m_log->appendPlainText(line);
        });
    }
    return page;
}

QTableView *BrokerPage::createClientTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("brokerClients"));
    table->setModel(m_clients);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ClientTableModel::ClientId, QHeaderView::Stretch);
    // The client id takes what the fixed columns leave.
    QHeaderView *columns = table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->resizeSection(ClientTableModel::User, 130);
    columns->resizeSection(ClientTableModel::Address, 150);
    columns->resizeSection(ClientTableModel::Protocol, 95);
    columns->resizeSection(ClientTableModel::State, 160);
    for (int column : {ClientTableModel::Subscriptions, ClientTableModel::Inflight, ClientTableModel::Queued})
        columns->resizeSection(column, 95);
    return table;
}

QWidget *BrokerPage::createFigure(const QString &caption, QLabel **value)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    *value = new QLabel(QStringLiteral("–"), frame);
    QFont font = (*value)->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    (*value)->setFont(font);
    layout->addWidget(*value);
    auto *label = new QLabel(caption, frame);
    label->setEnabled(false);
    layout->addWidget(label);
    return frame;
}

QList<broker::ListenerSettings> BrokerPage::listenerSettings() const
{
    broker::ListenerSettings local;
    local.address = QHostAddress(QHostAddress::LocalHost);
    local.port = quint16(m_port->value());
    QList<broker::ListenerSettings> listeners{local};
    if (!m_dataDirectory.isEmpty())
        listeners +=
            NetworkAccess::load().listeners(m_networkAddress, broker::net::homeTlsDirectory(m_dataDirectory));
    return listeners;
}

void BrokerPage::startBroker()
{
    if (m_server.isRunning() || m_server.isStarting())
        return;
    m_error->hide();
    QSettings().setValue(QStringLiteral("broker/enabled"), true);
    start(true);
}

void BrokerPage::start(bool withNetwork)
{
    QList<broker::ListenerSettings> listeners = listenerSettings();
    m_networkProblem.clear();
    if (withNetwork && listeners.size() > 1 && !m_dataDirectory.isEmpty()) {
        // A missing file would stop the whole broker; this computer keeps its broker.
        m_networkProblem = NetworkAccess::load().missingFile(broker::net::homeTlsDirectory(m_dataDirectory));
    }
    m_startedWithNetwork = withNetwork && listeners.size() > 1 && m_networkProblem.isEmpty();
    if (!m_startedWithNetwork)
        listeners = listeners.mid(0, 1);
    if (m_accessPage) {
        m_accessPage->networkPanel()->setProblem(
            m_networkProblem.isEmpty()
                ? QString()
                : tr("Devices on the network cannot connect: %1 Only this computer can.")
                      .arg(m_networkProblem));
    }
    m_server.startAsync(listeners);
    updateState();
}

void BrokerPage::applyNetworkAccess()
{
    if (m_accessPage)
        m_accessPage->networkPanel()->setProblem({});
    if (m_server.isStarting()) {
        // The start under way owns the server until it reports; the new
        // listeners follow then (onStartFinished).
        m_networkChangePending = true;
        return;
    }
    if (!m_server.isRunning())
        return;
    // Not stopBroker(): the broker stays enabled, only its listeners change.
    m_refresh->stop();
    m_server.stop();
    m_clients->setClients({});
    m_lastReceived = m_lastSent = -1;
    emit brokerStateChanged(false);
    start(true);
}

void BrokerPage::stopBroker()
{
    QSettings().setValue(QStringLiteral("broker/enabled"), false);
    m_startedWithNetwork = false;
    m_refresh->stop();
    m_server.stop();
    m_clients->setClients({});
    m_lastReceived = m_lastSent = -1;
    updateState();
    emit brokerStateChanged(false);
}

void BrokerPage::onStartFinished(const QString &error)
{
    if (std::exchange(m_networkChangePending, false)) {
        // Network access changed while this start ran: its listeners are out of date.
        if (m_server.isRunning()) {
            applyNetworkAccess();
            return;
        }
        if (m_startedWithNetwork) {
            start(true); // failed with the old network settings; the new ones may do
            return;
        }
    }
    if (!error.isEmpty() && m_startedWithNetwork) {
        // The network listeners failed (a port in use, a bad certificate):
        // start again for this computer alone, and say why.
        m_networkProblem = error;
        m_startedWithNetwork = false;
        if (m_accessPage)
            m_accessPage->networkPanel()->setProblem(
                tr("Devices on the network cannot connect: %1. Only this computer can.").arg(error));
        m_server.startAsync(listenerSettings().mid(0, 1));
        updateState();
        return;
    }
    if (!error.isEmpty()) {
        m_error->setText(tr("The broker could not start: %1").arg(error));
        m_error->show();
    } else if (!m_server.databaseWarning().isEmpty()) {
        m_error->setText(tr("The broker's database was damaged and has been set aside; "
                            "the broker started with an empty one. %1")
                             .arg(m_server.databaseWarning()));
        m_error->show();
    }
    if (m_server.isRunning()) {
        m_refresh->start();
        m_server.requestSnapshot();
    }
    updateState();
    emit brokerStateChanged(m_server.isRunning());
}

void BrokerPage::updateState()
{
    const bool running = m_server.isRunning();
    const bool starting = m_server.isStarting();
    const QString dot = QStringLiteral("<span style='color:%1'>&#9679;</span> ")
                            .arg(running ? QStringLiteral("#2e7d32") : QStringLiteral("#9e9e9e"));
    m_status->setText(dot + (starting ? tr("Starting…") : running ? tr("Running") : tr("Stopped")));
    QString address = tr("Devices on this computer can use it as their MQTT broker once started.");
    if (running) {
        address = tr("Clients on this computer connect to mqtt://127.0.0.1:%1").arg(m_server.serverPort());
        const QList<quint16> ports = m_server.listenerPorts();
        if (m_startedWithNetwork && ports.size() > 1)
            address =
                tr("Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to "
                   "port %2.")
                    .arg(m_server.serverPort())
                    .arg(ports.at(1));
    }
    m_address->setText(address);
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_startStop->setEnabled(!starting);
    m_port->setEnabled(!running && !starting);
    if (m_accessPage)
        m_accessPage->networkPanel()->setBrokerRunning(running || starting);
    if (!running) {
        for (QLabel *label : {m_online, m_inRate, m_outRate, m_retained, m_subscriptions, m_uptime})
            label->setText(QStringLiteral("–"));
    }
}

void BrokerPage::onSnapshot(const broker::net::BrokerSnapshot &snapshot)
{
    if (!m_server.isRunning())
        return;
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int online = 0;
    for (const broker::ClientInfo &c : snapshot.clients)
        online += c.online ? 1 : 0;
    m_online->setText(locale.toString(online));
    if (m_lastReceived >= 0 && now > m_lastSnapshotMs) {
        const double seconds = double(now - m_lastSnapshotMs) / 1000.0;
        m_inRate->setText(
            locale.toString(double(snapshot.stats.messagesReceived - m_lastReceived) / seconds, 'f', 0));
        m_outRate->setText(
            locale.toString(double(snapshot.stats.messagesSent - m_lastSent) / seconds, 'f', 0));
    }
    m_lastReceived = snapshot.stats.messagesReceived;
    if (m_accessPage)
        m_accessPage->setActivity(snapshot.stats.refusedLogins, snapshot.stats.deniedPublishes,
                                  snapshot.stats.deniedSubscriptions);
    m_lastSent = snapshot.stats.messagesSent;
    m_lastSnapshotMs = now;
    m_retained->setText(locale.toString(qlonglong(snapshot.retainedCount)));
    m_subscriptions->setText(locale.toString(qlonglong(snapshot.subscriptionCount)));
    m_uptime->setText(formatUptime((now - snapshot.stats.startedAtMs) / 1000));
    m_clients->setClients(snapshot.clients);
}

} // namespace homewire::ui
