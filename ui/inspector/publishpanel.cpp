#include "publishpanel.h"

#include "history/payload/jsontree.h"
#include "history/payload/payloadtext.h"
#include "mqtt/topic.h"
#include "palettecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

// Completes topic trees level by level: "home/kit" offers the children of
// "home" that start with "kit", and a chosen item reads as its full topic.
class TopicTreeCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return path.split(QLatin1Char('/')); }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        QStringList levels;
        for (QModelIndex i = index; i.isValid(); i = i.parent())
            levels.prepend(i.siblingAtColumn(completionColumn()).data(completionRole()).toString());
        return levels.join(QLatin1Char('/'));
    }
};

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

// "topic name is empty (…)" reads as a sentence in a label.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text.append(QLatin1Char('.'));
    return text;
}

} // namespace

PublishPanel::PublishPanel(QWidget *parent)
    : QWidget(parent)
    , m_sent(new SentMessageModel(this))
{
    setObjectName(QStringLiteral("publishPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);

    auto *topicLabel = sectionLabel(tr("Topic"), this);
    layout->addWidget(topicLabel);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("publishTopic"));
    m_topic->setPlaceholderText(tr("e.g. home/kitchen/light/set"));
    m_topic->setClearButtonEnabled(true);
    // QLineEdit stops at 32767 characters by default; a topic name may be
    // 65535 bytes (MQTT-4.7.3-3), which validation checks exactly.
    m_topic->setMaxLength(65535);
    topicLabel->setBuddy(m_topic);
    layout->addWidget(m_topic);
    m_topicError = errorLabel(QStringLiteral("publishTopicError"), this);
    layout->addWidget(m_topicError);

    auto *payloadRow = new QHBoxLayout;
    auto *payloadLabel = sectionLabel(tr("Payload"), this);
    payloadRow->addWidget(payloadLabel);
    payloadRow->addStretch(1);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("publishFormat"));
    m_mode->addItem(tr("Raw"), int(PayloadMode::Raw));
    m_mode->addItem(tr("JSON"), int(PayloadMode::Json));
    m_mode->setToolTip(tr("JSON payloads are checked before they are sent"));
    payloadRow->addWidget(m_mode);
    m_format = new QPushButton(tr("Format"), this);
    m_format->setObjectName(QStringLiteral("publishFormatButton"));
    m_format->setToolTip(tr("Check the JSON and indent it"));
    m_format->setEnabled(false);
    payloadRow->addWidget(m_format);
    layout->addLayout(payloadRow);
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("publishPayload"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Payload text. Ctrl+Return publishes."));
    m_payload->setTabChangesFocus(true);
    payloadLabel->setBuddy(m_payload);
    layout->addWidget(m_payload, 2);
    m_payloadError = errorLabel(QStringLiteral("publishPayloadError"), this);
    layout->addWidget(m_payloadError);

    auto *sendRow = new QHBoxLayout;
    auto *qosLabel = new QLabel(tr("QoS"), this);
    sendRow->addWidget(qosLabel);
    m_qos = new QComboBox(this);
    m_qos->setObjectName(QStringLiteral("publishQoS"));
    m_qos->addItem(tr("0 \u2013 at most once"), 0);
    m_qos->addItem(tr("1 \u2013 at least once"), 1);
    m_qos->addItem(tr("2 \u2013 exactly once"), 2);
    qosLabel->setBuddy(m_qos);
    sendRow->addWidget(m_qos);
    sendRow->addSpacing(12);
    m_retain = new QCheckBox(tr("Retain"), this);
    m_retain->setObjectName(QStringLiteral("publishRetain"));
    m_retain->setToolTip(
        tr("The broker keeps the message and gives it to every new subscriber of the topic"));
    sendRow->addWidget(m_retain);
    sendRow->addStretch(1);
    m_publish = new QPushButton(tr("Publish"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(tr("Publish (Ctrl+Return)"));
    m_publish->setDefault(true);
    m_publish->setMinimumWidth(100);
    sendRow->addWidget(m_publish);
    layout->addLayout(sendRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    layout->addSpacing(6);
    layout->addWidget(createSentList(), 3);

    connect(m_publish, &QPushButton::clicked, this, &PublishPanel::publish);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PublishPanel::publish);
    }
    connect(m_format, &QPushButton::clicked, this, &PublishPanel::formatJson);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_format->setEnabled(payloadMode() == PayloadMode::Json);
        m_payloadError->hide();
    });
    // An explanation is about what was typed; typing again retires it.
    connect(m_topic, &QLineEdit::textEdited, m_topicError, &QLabel::hide);
    connect(m_payload, &QPlainTextEdit::textChanged, m_payloadError, &QLabel::hide);
    setEnabledForConnection(false);
}

QWidget *PublishPanel::createSentList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->addWidget(sectionLabel(tr("Sent lately"), box));
    header->addStretch(1);
    m_resend = new QPushButton(tr("Resend"), box);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("Publish the selected message again (or double-click it)"));
    header->addWidget(m_resend);
    layout->addLayout(header);
    m_sentView = new QListView(box);
    m_sentView->setObjectName(QStringLiteral("sentMessages"));
    m_sentView->setModel(m_sent);
    m_sentView->setAlternatingRowColors(true);
    m_sentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sentView->setTextElideMode(Qt::ElideMiddle);
    m_sentView->setSpacing(1);
    layout->addWidget(m_sentView, 1);

    connect(m_sentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    fillForm(m_sent->message(current.row()));
                updateEnabled();
            });
    connect(m_sentView, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { resend(index.row()); });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_sentView->currentIndex().isValid())
            resend(m_sentView->currentIndex().row());
    });
    return box;
}

void PublishPanel::setTopicCompletionModel(QAbstractItemModel *model, int column)
{
    delete m_completer;
    auto *completer = new TopicTreeCompleter(model, this);
    completer->setCompletionColumn(column);
    completer->setCaseSensitivity(Qt::CaseSensitive); // topics are case sensitive (MQTT-4.7.3)
    m_completer = completer;
    m_topic->setCompleter(m_completer);
}

void PublishPanel::setTopicCompletions(const QStringList &topics)
{
    delete m_completer;
    m_completer = new QCompleter(new QStringListModel(topics, this), this);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_topic->setCompleter(m_completer);
}

void PublishPanel::setTopic(const QString &topic)
{
    m_topic->setText(topic);
    m_topicError->hide();
}

QString PublishPanel::topic() const
{
    return m_topic->text();
}

void PublishPanel::setPayload(const QString &payload, PayloadMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_payload->setPlainText(payload);
}

QString PublishPanel::payloadText() const
{
    return m_payload->toPlainText();
}

PublishPanel::PayloadMode PublishPanel::payloadMode() const
{
    return PayloadMode(m_mode->currentData().toInt());
}

void PublishPanel::setQoS(mqtt::QoS qos)
{
    m_qos->setCurrentIndex(int(qos));
}

void PublishPanel::setRetain(bool retain)
{
    m_retain->setChecked(retain);
}

void PublishPanel::setEnabledForConnection(bool connected)
{
    m_connected = connected;
    updateEnabled();
    if (!connected)
        showStatus(tr("Not connected: connect to a broker to publish."), false);
    else
        m_status->clear();
}

void PublishPanel::updateEnabled()
{
    m_publish->setEnabled(m_connected);
    m_resend->setEnabled(m_connected && m_sentView->currentIndex().isValid());
}

bool PublishPanel::validateTopic(QByteArray &topic)
{
    topic = m_topic->text().toUtf8();
    if (topic.isEmpty()) {
        showFieldError(m_topicError, tr("Enter the topic to publish to."));
        m_topic->setFocus();
        return false;
    }
    const auto valid = mqtt::TopicName::validate(topic);
    if (!valid) {
        showFieldError(m_topicError, tr("Not a valid topic name: %1").arg(sentence(valid.error().message)));
        m_topic->setFocus();
        return false;
    }
    m_topicError->hide();
    return true;
}

bool PublishPanel::validatePayload(QByteArray &payload)
{
    payload = m_payload->toPlainText().toUtf8();
    if (payloadMode() != PayloadMode::Json) {
        m_payloadError->hide();
        return true;
    }
    const auto valid = payload::JsonTree::validate(payload);
    if (!valid) {
        const payload::JsonSyntaxError &where = valid.error().code;
        showFieldError(m_payloadError, tr("Invalid JSON at line %1, column %2: %3.")
                                           .arg(where.line)
                                           .arg(where.column)
                                           .arg(valid.error().message));
        // Put the cursor where the reader stopped, so the mistake is in view.
        QTextCursor cursor(m_payload->document()->findBlockByNumber(where.line - 1));
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor,
                            qMin(where.column - 1, cursor.block().length() - 1));
        m_payload->setTextCursor(cursor);
        m_payload->setFocus();
        return false;
    }
    m_payloadError->hide();
    return true;
}

bool PublishPanel::publish()
{
    if (!m_connected) {
        showStatus(tr("Not connected: connect to a broker to publish."), true);
        return false;
    }
    QByteArray topic;
    QByteArray payload;
    // Check both, so both explanations show at once.
    const bool topicOk = validateTopic(topic);
    const bool payloadOk = validatePayload(payload);
    if (!topicOk || !payloadOk)
        return false;
    send(SentMessage{topic, payload, mqtt::QoS(m_qos->currentData().toInt()), m_retain->isChecked(),
                     payloadMode() == PayloadMode::Json});
    return true;
}

void PublishPanel::resend(int row)
{
    if (row < 0 || row >= m_sent->rowCount() || !m_connected)
        return;
    const SentMessage message = m_sent->message(row);
    fillForm(message);
    send(message);
}

void PublishPanel::send(const SentMessage &message)
{
    m_sent->add(message);
    m_sentView->setCurrentIndex(m_sent->index(0));
    showStatus(tr("Publishing to %1\u2026").arg(QString::fromUtf8(message.topic)), false);
    emit publishRequested(message.topic, message.payload, message.qos, message.retain);
}

void PublishPanel::showPublishResult(bool ok, const QString &error)
{
    if (ok) {
        m_status->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(successTextColor(palette()).name()));
        m_status->setText(
            tr("Published at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    showStatus(error.isEmpty() ? tr("Publishing failed.") : tr("Publishing failed: %1").arg(error), true);
}

void PublishPanel::formatJson()
{
    QByteArray payload;
    if (!validatePayload(payload))
        return;
    const QString pretty = QString::fromUtf8(payload::prettyJson(payload));
    // Through the cursor, so Ctrl+Z brings the original text back.
    QTextCursor cursor(m_payload->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(pretty);
}

void PublishPanel::fillForm(const SentMessage &message)
{
    setTopic(QString::fromUtf8(message.topic));
    setPayload(QString::fromUtf8(message.payload), message.json ? PayloadMode::Json : PayloadMode::Raw);
    setQoS(message.qos);
    setRetain(message.retain);
}

void PublishPanel::showStatus(const QString &text, bool error)
{
    const QColor color = error ? errorTextColor(palette()) : secondaryTextColor(palette());
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
    m_status->setText(text);
}

void PublishPanel::showFieldError(QLabel *label, const QString &text)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColor(palette()).name()));
    label->setText(text);
    label->show();
}

} // namespace homewire::ui
