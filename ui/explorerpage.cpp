#include "ui/explorerpage.h"

#include "store/profilestore.h"
#include "store/secretstore.h"
#include "ui/connections/profilepicker.h"
#include "ui/connectionstate.h"
#include "ui/connectionview.h"

#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace homewire::ui {

using client::MqttClient;

ExplorerPage::ExplorerPage(store::ProfileStore *profiles, store::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_stack(new QStackedWidget)
    , m_tabs(new QTabWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    if (m_profiles && m_secrets) {
        m_picker = new ProfilePicker(*m_profiles, *m_secrets);
        connect(m_picker, &ProfilePicker::passwordUnavailable, this,
                [this](const QString &error) { m_passwordNote = error; });
        connect(m_picker, &ProfilePicker::connectRequested, this,
                [this](const client::ConnectionProfile &profile) {
                    ConnectionView *view = openConnection(profile);
                    if (!m_passwordNote.isEmpty())
                        view->setNote(std::exchange(m_passwordNote, {}));
                });
        layout->addWidget(m_picker);
    }
    auto *empty = new QLabel(tr("<p style='font-size:large'>No connection open</p>"
                                "<p>Choose a broker above and press <b>Connect</b>: the built-in "
                                "“Embedded broker” connects to Homewire's own broker.</p>"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ExplorerPage::closeTab);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &ExplorerPage::saveTabs);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
}

ExplorerPage::~ExplorerPage() = default;

ConnectionView *ExplorerPage::openConnection(const client::ConnectionProfile &profile)
{
    auto *view = new ConnectionView(profile);
    const int index = m_tabs->addTab(view, profile.name.isEmpty() ? profile.url() : profile.name);
    m_tabs->setTabToolTip(index, profile.url());
    connect(view, &ConnectionView::stateChanged, this, [this, view] { updateTab(view); });
    updateTab(view);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    view->connectToBroker();
    saveTabs();
    return view;
}

int ExplorerPage::connectionCount() const
{
    return m_tabs->count();
}

ConnectionView *ExplorerPage::connectionAt(int index) const
{
    return qobject_cast<ConnectionView *>(m_tabs->widget(index));
}

ConnectionView *ExplorerPage::currentConnection() const
{
    return qobject_cast<ConnectionView *>(m_tabs->currentWidget());
}

void ExplorerPage::restoreTabs()
{
    if (!m_profiles || !m_secrets)
        return;
    // The passwords come back one by one; the list of open tabs is written
    // again only once all are back, so quitting early loses none of them.
    for (qint64 id : m_profiles->openProfiles()) {
        const auto profile = m_profiles->profile(id);
        if (!profile)
            continue;
        ++m_restoring;
        store::readProfilePassword(*m_secrets, m_profiles->secretKey(id), *profile, this,
                                   [this](client::ConnectionProfile withPassword, const QString &error) {
                                       if (const auto moved = m_moved.constFind(withPassword.id);
                                           moved != m_moved.cend()) {
                                           withPassword.host = moved->host;
                                           withPassword.port = moved->port;
                                       }
                                       ConnectionView *view = openConnection(withPassword);
                                       if (!error.isEmpty())
                                           view->setNote(error);
                                       if (--m_restoring == 0)
                                           saveTabs();
                                   });
    }
}

void ExplorerPage::followProfile(const client::ConnectionProfile &profile)
{
    if (profile.id <= 0)
        return;
    m_moved.insert(profile.id, profile);
    for (int i = 0; i < m_tabs->count(); ++i) {
        ConnectionView *view = connectionAt(i);
        if (view->profile().id == profile.id)
            view->moveBroker(profile.host, profile.port);
    }
}

void ExplorerPage::closeTab(int index)
{
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete view;
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
    saveTabs();
}

void ExplorerPage::saveTabs()
{
    if (!m_profiles || m_restoring > 0)
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const qint64 id = connectionAt(i)->profile().id;
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    (void)m_profiles->setOpenProfiles(ids);
}

void ExplorerPage::updateTab(ConnectionView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index >= 0)
        m_tabs->setTabIcon(index, QIcon(connectionStateDot(view->client()->state())));
}

} // namespace homewire::ui
