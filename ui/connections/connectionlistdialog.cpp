#include "connectionlistdialog.h"

#include "connectiondialog.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace homewire::ui {

Q_LOGGING_CATEGORY(lcConnections, "homewire.ui.connections")

using client::ConnectionProfile;

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ConnectionListDialog::ConnectionListDialog(store::ProfileStore &profiles, store::SecretStore &secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionListDialog"));
    setWindowTitle(tr("Connections"));

    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setHeaderLabels({tr("Name"), tr("Broker")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumSize(m_list->fontMetrics().averageCharWidth() * 64,
                           m_list->fontMetrics().height() * 14);

    m_new->setObjectName(QStringLiteral("newProfile"));
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    auto *actions = new QVBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_duplicate, m_delete}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(actions);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_status->setPalette(palette);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionListDialog::connectProfile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_new, &QPushButton::clicked, this, &ConnectionListDialog::newProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionListDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionListDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionListDialog::deleteProfile);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectionListDialog::connectProfile);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConnectionListDialog::updateButtons);
    connect(&m_profiles, &store::ProfileStore::profilesChanged, this, &ConnectionListDialog::reload);
    reload();
}

void ConnectionListDialog::reload()
{
    const qint64 current = currentProfileId();
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles.profiles()) {
        auto *item = new QTreeWidgetItem(m_list, {p.name, p.url()});
        item->setData(0, IdRole, p.id);
        if (p.builtIn) {
            const QString tip = tr("Homewire's own broker; it cannot be deleted.");
            item->setToolTip(0, tip);
            item->setToolTip(1, tip);
        }
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + m_list->fontMetrics().averageCharWidth() * 3);
    setCurrentProfileId(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

qint64 ConnectionListDialog::currentProfileId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void ConnectionListDialog::setCurrentProfileId(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void ConnectionListDialog::updateButtons()
{
    const std::optional<ConnectionProfile> current = m_profiles.profile(currentProfileId());
    m_edit->setEnabled(current.has_value());
    m_duplicate->setEnabled(current.has_value());
    m_connect->setEnabled(current.has_value());
    m_delete->setEnabled(current && !current->builtIn);
    m_delete->setToolTip(
        current && current->builtIn ? tr("The embedded broker's connection cannot be deleted") : QString());
}

QString ConnectionListDialog::statusText() const
{
    return m_status->text();
}

void ConnectionListDialog::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

ConnectionDialog *ConnectionListDialog::newProfile()
{
    return openEditor(ConnectionProfile());
}

ConnectionDialog *ConnectionListDialog::editProfile()
{
    const std::optional<ConnectionProfile> current = m_profiles.profile(currentProfileId());
    return current ? openEditor(*current) : nullptr;
}

ConnectionDialog *ConnectionListDialog::openEditor(const ConnectionProfile &profile)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile);
    QStringList taken;
    for (const ConnectionProfile &other : m_profiles.profiles()) {
        if (other.id != profile.id)
            taken.append(other.name);
    }
    dialog->setTakenNames(taken);
    // The password as the keychain had it: only a changed one is written back,
    // so a keychain that cannot be read never has its entry overwritten.
    auto before = std::make_shared<QString>();
    dialog->setAcceptHandler(
        [this, before](const ConnectionProfile &edited) { return save(edited, *before); });
    if (profile.id != 0) {
        m_secrets.readPassword(m_profiles.secretKey(profile.id), dialog,
                               [dialog, before](const Result<QString, store::SecretError> &password) {
                                   if (password) {
                                       *before = *password;
                                       dialog->setPassword(*password);
                                   } else {
                                       dialog->setPasswordNote(password.error().message);
                                   }
                               });
    }
    dialog->open();
    return dialog;
}

QString ConnectionListDialog::save(const ConnectionProfile &profile, const QString &passwordBefore)
{
    const auto id = m_profiles.save(profile);
    if (!id)
        return id.error().message;
    setCurrentProfileId(*id);
    showStatus(QString());
    if (profile.password != passwordBefore) {
        m_secrets.writePassword(m_profiles.secretKey(*id), profile.password, this,
                                [this](const Result<void, store::SecretError> &written) {
                                    if (!written)
                                        showStatus(written.error().message);
                                });
    }
    return QString();
}

QString ConnectionListDialog::freeCopyName(const QString &name) const
{
    QString copy = tr("%1 (copy)").arg(name);
    for (int n = 2; !m_profiles.isNameAvailable(copy); ++n)
        copy = tr("%1 (copy %2)").arg(name).arg(n);
    return copy;
}

void ConnectionListDialog::duplicateProfile()
{
    std::optional<ConnectionProfile> copy = m_profiles.profile(currentProfileId());
    if (!copy)
        return;
    const QString originalKey = m_profiles.secretKey(copy->id);
    copy->id = 0;
    copy->builtIn = false;
    copy->name = freeCopyName(copy->name);
    const auto id = m_profiles.save(*copy);
    if (!id) {
        showStatus(id.error().message);
        return;
    }
    setCurrentProfileId(*id);
    const QString copyKey = m_profiles.secretKey(*id);
    m_secrets.readPassword(
        originalKey, this, [this, copyKey](const Result<QString, store::SecretError> &password) {
            if (!password) {
                showStatus(password.error().message);
                return;
            }
            if (password->isEmpty())
                return;
            m_secrets.writePassword(copyKey, *password, this,
                                    [this](const Result<void, store::SecretError> &written) {
                                        if (!written)
                                            showStatus(written.error().message);
                                    });
        });
}

void ConnectionListDialog::deleteProfile()
{
    const std::optional<ConnectionProfile> current = m_profiles.profile(currentProfileId());
    if (!current || current->builtIn)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Connection"),
                                tr("Delete the connection “%1”? Its saved password is removed from the "
                                   "keychain as well.")
                                    .arg(current->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = current->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        const QString key = m_profiles.secretKey(id); // gone with the row
        if (auto removed = m_profiles.remove(id); !removed) {
            showStatus(removed.error().message);
            return;
        }
        m_secrets.removePassword(key, this, [this](const Result<void, store::SecretError> &result) {
            if (!result)
                showStatus(result.error().message);
        });
    });
    box->open();
}

void ConnectionListDialog::connectProfile()
{
    const std::optional<ConnectionProfile> current = m_profiles.profile(currentProfileId());
    if (!current)
        return;
    m_connect->setEnabled(false); // until the keychain answers
    store::readProfilePassword(m_secrets, m_profiles.secretKey(current->id), *current, this,
                               [this](const ConnectionProfile &profile, const QString &error) {
                                   if (!error.isEmpty())
                                       qCWarning(lcConnections).noquote() << error;
                                   updateButtons();
                                   emit connectRequested(profile);
                                   accept();
                               });
}

} // namespace homewire::ui
