// PublishPanel: compose and publish a message. Topic (with completion from
// the topics seen), payload as raw text or JSON (validated, "Format" pretty-
// prints it), QoS, retain, Publish (Ctrl+Return), and the list of messages
// sent lately for resending.
//
// Mistakes are explained next to the field that has them (an invalid topic
// name with the rule it breaks, invalid JSON with its line and column), and
// nothing is emitted until they are fixed. The panel never publishes itself:
// it emits publishRequested() and is told the outcome by showPublishResult().
//
// Not here: the client (core/client), storing sent messages between sessions.
#pragma once

#include "mqtt/protocol.h"
#include "sentmessagemodel.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace homewire::ui {

class PublishPanel : public QWidget
{
    Q_OBJECT

public:
    enum class PayloadMode
    {
        Raw,
        Json,
    };

    explicit PublishPanel(QWidget *parent = nullptr);

    // Completion from a topic tree: each item of `column` is one topic level,
    // its children the next level (as in the explorer's topic tree).
    void setTopicCompletionModel(QAbstractItemModel *model, int column = 0);
    // Completion from full topic names, matching anywhere in the name.
    void setTopicCompletions(const QStringList &topics);

    // Prefills the topic, e.g. with the topic selected in the explorer.
    void setTopic(const QString &topic);
    QString topic() const;
    void setPayload(const QString &payload, PayloadMode mode);
    QString payloadText() const;
    PayloadMode payloadMode() const;
    void setQoS(mqtt::QoS qos);
    void setRetain(bool retain);

    // Publishing needs a connection; without one the panel explains why it is off.
    void setEnabledForConnection(bool connected);
    bool isConnectedForPublishing() const { return m_connected; }

    SentMessageModel *sentMessages() const { return m_sent; }

public slots:
    // Validates the form and emits publishRequested() when it is valid.
    bool publish();
    // Resends the sent message in `row` of sentMessages().
    void resend(int row);
    void showPublishResult(bool ok, const QString &error);

signals:
    void publishRequested(const QByteArray &topic, const QByteArray &payload, homewire::mqtt::QoS qos,
                          bool retain);

private:
    QWidget *createSentList();
    bool validateTopic(QByteArray &topic);
    bool validatePayload(QByteArray &payload);
    void formatJson();
    void fillForm(const SentMessage &message);
    void send(const SentMessage &message);
    void updateEnabled();
    void showStatus(const QString &text, bool error);
    void showFieldError(QLabel *label, const QString &text);

    bool m_connected = false;
    SentMessageModel *m_sent;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_topic;
    QLabel *m_topicError;
    QComboBox *m_mode;
    QPushButton *m_format;
    QPlainTextEdit *m_payload;
    QLabel *m_payloadError;
    QComboBox *m_qos;
    QCheckBox *m_retain;
    QPushButton *m_publish;
    QLabel *m_status;
    QListView *m_sentView;
    QPushButton *m_resend;
};

} // namespace homewire::ui
