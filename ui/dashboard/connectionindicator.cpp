#include "ui/dashboard/connectionindicator.h"

#include "ui/connectionstate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace homewire::ui {

using client::MqttClient;

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_text->setObjectName(QStringLiteral("connectionText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long error (or a long language) elides with "…" rather than pushing
    // the buttons off the row; the tooltip has it whole.
    m_text->setMinimumWidth(0);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text, 1);
    setState({}, false, false, {});
}

void ConnectionIndicator::setState(const client::ConnectionProfile &profile, bool started, bool connected,
                                   const QString &error)
{
    const QString broker = profile.name.isEmpty() ? profile.hostAndPort()
                                                  : tr("%1 (%2)").arg(profile.name, profile.hostAndPort());
    MqttClient::State state = MqttClient::State::Disconnected;
    QString text;
    if (!started) {
        text = tr("Not connected to a broker");
    } else if (connected) {
        state = MqttClient::State::Connected;
        text = tr("Connected to %1").arg(broker);
    } else if (!error.isEmpty()) {
        state = MqttClient::State::Reconnecting;
        text = tr("Not connected to %1: %2").arg(broker, error);
    } else {
        state = MqttClient::State::Connecting;
        text = tr("Connecting to %1…").arg(broker);
    }
    m_dot->setPixmap(connectionStateDot(state, 12));
    m_fullText = text;
    m_text->setToolTip(text);
    showElided();
    setAccessibleName(text);
}

QString ConnectionIndicator::text() const
{
    return m_fullText;
}

void ConnectionIndicator::showElided()
{
    m_text->setText(m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight, m_text->width()));
}

bool ConnectionIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        showElided();
    return QWidget::eventFilter(watched, event);
}

} // namespace homewire::ui
