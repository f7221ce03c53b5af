#include "history/topicexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace homewire::history {

namespace {

// Valid UTF-8 without NUL or other control characters than tab and newlines.
bool isText(const QByteArray &payload)
{
    for (char c : payload) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(payload));
    return !decoder.hasError();
}

QString receivedText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray csvField(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

QByteArray toJson(const QList<mqtt::ApplicationMessage> &messages)
{
    QJsonArray array;
    for (const mqtt::ApplicationMessage &message : messages) {
        QJsonObject object{{QStringLiteral("topic"), QString::fromUtf8(message.topic)},
                           {QStringLiteral("qos"), int(message.qos)},
                           {QStringLiteral("retained"), message.retained},
                           {QStringLiteral("received"), receivedText(message.receivedMs)}};
        if (isText(message.payload)) {
            object.insert(QStringLiteral("payload"), QString::fromUtf8(message.payload));
        } else {
            object.insert(QStringLiteral("payload"), QString::fromLatin1(message.payload.toBase64()));
            object.insert(QStringLiteral("payloadEncoding"), QStringLiteral("base64"));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<mqtt::ApplicationMessage> &messages)
{
    QByteArray out = "topic,payload,payload_encoding,qos,retained,received\r\n";
    for (const mqtt::ApplicationMessage &message : messages) {
        const bool text = isText(message.payload);
        out += csvField(message.topic);
        out += ',';
        out += csvField(text ? message.payload : message.payload.toBase64());
        out += text ? ",utf-8," : ",base64,";
        out += QByteArray::number(int(message.qos));
        out += message.retained ? ",true," : ",false,";
        out += receivedText(message.receivedMs).toLatin1();
        out += "\r\n";
    }
    return out;
}

} // namespace

QByteArray exportMessages(const QList<mqtt::ApplicationMessage> &messages, ExportFormat format)
{
    return format == ExportFormat::Json ? toJson(messages) : toCsv(messages);
}

} // namespace homewire::history
