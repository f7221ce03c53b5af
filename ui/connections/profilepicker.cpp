#include "profilepicker.h"

#include "connectionlistdialog.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QPushButton>

namespace homewire::ui {

Q_DECLARE_LOGGING_CATEGORY(lcConnections)

using client::ConnectionProfile;

ProfilePicker::ProfilePicker(store::ProfileStore &profiles, store::SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_combo(new QComboBox(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_manage(new QPushButton(tr("Manage…"), this))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    m_manage->setObjectName(QStringLiteral("manageProfiles"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_manage->setToolTip(tr("Create, edit and delete connections"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_connect);
    layout->addWidget(m_manage);

    connect(m_connect, &QPushButton::clicked, this, &ProfilePicker::connectCurrent);
    connect(m_manage, &QPushButton::clicked, this, &ProfilePicker::openManager);
    connect(&m_profiles, &store::ProfileStore::profilesChanged, this, &ProfilePicker::reload);
    reload();
}

void ProfilePicker::reload()
{
    const qint64 current = currentProfileId();
    m_combo->clear();
    for (const ConnectionProfile &p : m_profiles.profiles()) {
        m_combo->addItem(p.name, p.id);
        m_combo->setItemData(m_combo->count() - 1, p.url(), Qt::ToolTipRole);
    }
    setCurrentProfileId(current);
    m_connect->setEnabled(m_combo->count() > 0);
}

qint64 ProfilePicker::currentProfileId() const
{
    return m_combo->currentData().toLongLong();
}

void ProfilePicker::setCurrentProfileId(qint64 id)
{
    const int index = m_combo->findData(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void ProfilePicker::connectCurrent()
{
    const std::optional<ConnectionProfile> current = m_profiles.profile(currentProfileId());
    if (!current)
        return;
    m_connect->setEnabled(false); // until the keychain answers
    store::readProfilePassword(m_secrets, m_profiles.secretKey(current->id), *current, this,
                               [this](const ConnectionProfile &profile, const QString &error) {
                                   if (!error.isEmpty()) {
                                       qCWarning(lcConnections).noquote() << error;
                                       emit passwordUnavailable(error);
                                   }
                                   m_connect->setEnabled(m_combo->count() > 0);
                                   emit connectRequested(profile);
                               });
}

ConnectionListDialog *ProfilePicker::openManager()
{
    auto *dialog = new ConnectionListDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentProfileId(currentProfileId());
    connect(dialog, &ConnectionListDialog::connectRequested, this, [this](const ConnectionProfile &profile) {
        setCurrentProfileId(profile.id);
        emit connectRequested(profile);
    });
    dialog->open();
    return dialog;
}

} // namespace homewire::ui
