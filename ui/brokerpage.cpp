#include "brokerpage.h"

#include "clienttablemodel.h"
#include "common/logcollector.h"

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
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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
    : QWidget(parent)
    , m_server(server)
    , m_clients(new ClientTableModel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("brokerPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    // Header: what runs where, and the controls.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Embedded broker"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("brokerStatus"));
    m_status->setTextFormat(Qt::RichText);
    titles->addWidget(m_status);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("brokerAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_address);
    header->addLayout(titles, 1);

    header->addWidget(new QLabel(tr("Port:"), this));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("brokerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(QSettings().value(QStringLiteral("broker/port"), 1883).toInt());
    m_port->setToolTip(
        tr("TCP port the broker listens on (127.0.0.1 only). Takes effect at the next start."));
    connect(m_port, &QSpinBox::valueChanged, this,
            [](int port) { QSettings().setValue(QStringLiteral("broker/port"), port); });
    header->addWidget(m_port);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("brokerStartStop"));
    m_startStop->setMinimumWidth(100);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server.isRunning())
            stopBroker();
        else
            startBroker();
    });
    header->addWidget(m_startStop);
    layout->addLayout(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("brokerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

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
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *clientsBox = new QWidget(splitter);
    auto *clientsLayout = new QVBoxLayout(clientsBox);
    clientsLayout->setContentsMargins(0, 0, 0, 0);
    clientsLayout->addWidget(sectionTitle(tr("Clients"), clientsBox));
    m_table = new QTableView(clientsBox);
    m_table->setObjectName(QStringLiteral("brokerClients"));
    m_table->setModel(m_clients);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ClientTableModel::ClientId, QHeaderView::Stretch);
    // The client id takes what the fixed columns leave.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->resizeSection(ClientTableModel::Address, 150);
    columns->resizeSection(ClientTableModel::Protocol, 95);
    columns->resizeSection(ClientTableModel::State, 160);
    for (int column : {ClientTableModel::Subscriptions, ClientTableModel::Inflight, ClientTableModel::Queued})
        columns->resizeSection(column, 95);
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

    connect(&m_server, &broker::net::BrokerServer::startFinished, this, &BrokerPage::onStartFinished);
    connect(&m_server, &broker::net::BrokerServer::snapshotReady, this, &BrokerPage::onSnapshot);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, &m_server, &broker::net::BrokerServer::requestSnapshot);
    updateState();
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

void BrokerPage::startBroker()
{
    if (m_server.isRunning() || m_server.isStarting())
        return;
    m_error->hide();
    QSettings().setValue(QStringLiteral("broker/enabled"), true);
    m_server.startAsync(QHostAddress(QHostAddress::LocalHost), quint16(m_port->value()));
    updateState();
}

void BrokerPage::stopBroker()
{
    QSettings().setValue(QStringLiteral("broker/enabled"), false);
    m_refresh->stop();
    m_server.stop();
    m_clients->setClients({});
    m_lastReceived = m_lastSent = -1;
    updateState();
    emit brokerStateChanged(false);
}

void BrokerPage::onStartFinished(const QString &error)
{
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
    m_address->setText(running
                           ? tr("Clients connect to mqtt://127.0.0.1:%1").arg(m_server.serverPort())
                           : tr("Devices on this computer can use it as their MQTT broker once started."));
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_startStop->setEnabled(!starting);
    m_port->setEnabled(!running && !starting);
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
    m_lastSent = snapshot.stats.messagesSent;
    m_lastSnapshotMs = now;
    m_retained->setText(locale.toString(qlonglong(snapshot.retainedCount)));
    m_subscriptions->setText(locale.toString(qlonglong(snapshot.subscriptionCount)));
    m_uptime->setText(formatUptime((now - snapshot.stats.startedAtMs) / 1000));
    m_clients->setClients(snapshot.clients);
}

} // namespace homewire::ui
