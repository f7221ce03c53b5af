#include "ui/dashboard/brokerdialog.h"

#include "ui/connections/profilepicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace homewire::ui {

BrokerDialog::BrokerDialog(store::ProfileStore &profiles, store::SecretStore &secrets,
                           qint64 currentProfileId, QWidget *parent)
    : QDialog(parent)
    , m_picker(new ProfilePicker(profiles, secrets, this))
{
    setWindowTitle(tr("Devices broker"));
    setObjectName(QStringLiteral("brokerDialog"));
    auto *text = new QLabel(tr("The dashboard talks to its devices through one broker: the embedded broker, "
                               "or a broker you already run. Devices are found again on the broker you "
                               "choose; rooms and tiles stay as they are."),
                            this);
    text->setWordWrap(true);
    m_picker->setCurrentProfileId(currentProfileId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &ProfilePicker::connectRequested, this,
            [this](const client::ConnectionProfile &profile) {
                m_chosen = profile;
                accept();
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_picker);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace homewire::ui
