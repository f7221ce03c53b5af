// The only translation unit that includes Paho. Every call into Paho is
// wrapped: Paho C++ throws mqtt::exception, and nothing may escape from a
// callback into the C library's threads.
#include "pahoconnection.h"

#include <QCoreApplication>
#include <chrono>
#include <cstdint>
#include <mqtt/async_client.h>

namespace mqtt {

// Paho C++ 1.2 fills MQTTAsync_disconnectOptions as struct version 0, whose
// reason code Paho C ignores, and has no way to ask for version 1: a 5.0
// DISCONNECT always carries 0x00. This is the friend that Paho's header
// declares for its own unit tests; it sets the version, nothing else. Should
// Paho rename the member, this stops compiling rather than misbehaving.
class disconnect_options_test
{
public:
    static void allowReasonCode(disconnect_options &options) { options.opts_.struct_version = 1; }
};

} // namespace mqtt

namespace homewire::client::detail {

namespace {

struct PahoText
{
    Q_DECLARE_TR_FUNCTIONS(PahoConnection)
};

// How long the destructor lets a DISCONNECT take to go out.
constexpr std::chrono::milliseconds DisconnectWait{1'000};
// How long a disconnectFromBroker() lets QoS 1/2 messages in flight finish first.
constexpr int DisconnectDrainMs = 1'000;
// Publications Paho may hold before they are written. Paho C's default is 100
// (also while connected), which a burst from a device simulation exceeds at
// once; beyond this limit publish() fails with "too many messages waiting".
constexpr int MaxQueuedPublishes = 65'535;

// Request ids travel through Paho as the token's user context, a pointer:
// race-free (the id is in the token before Paho can complete it) and nothing
// to free if Paho drops the request. (A 32-bit build would wrap after 2^32.)
void *contextOf(quint64 id)
{
    return reinterpret_cast<void *>(static_cast<std::uintptr_t>(id));
}

quint64 idOf(const ::mqtt::token &token)
{
    return quint64(reinterpret_cast<std::uintptr_t>(token.get_user_context()));
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray toBytes(const ::mqtt::buffer_ref<char> &buffer)
{
    // A null reference is not an empty buffer in Paho: data() would crash.
    return buffer.empty() ? QByteArray() : QByteArray(buffer.data(), qsizetype(buffer.size()));
}

// Paho C's own error codes (negative) as a phrase.
QString clientErrorText(int code, const QString &pahoText)
{
    switch (code) {
    case MQTTASYNC_DISCONNECTED:
        return PahoText::tr("not connected");
    case MQTTASYNC_OPERATION_INCOMPLETE:
        return PahoText::tr("interrupted: the connection ended before the broker answered");
    case MQTTASYNC_MAX_MESSAGES_INFLIGHT:
    case MQTTASYNC_NO_MORE_MSGIDS:
        return PahoText::tr("too many messages in flight");
    case MQTTASYNC_MAX_BUFFERED_MESSAGES:
    case MQTTASYNC_MAX_BUFFERED:
        return PahoText::tr("too many messages waiting to be sent");
    case MQTTASYNC_BAD_UTF8_STRING:
        return PahoText::tr("not valid UTF-8");
    case MQTTASYNC_BAD_QOS:
        return PahoText::tr("invalid QoS");
    case MQTTASYNC_SSL_NOT_SUPPORTED:
        return PahoText::tr("the Paho library was built without TLS");
    case MQTTASYNC_BAD_PROTOCOL:
        return PahoText::tr("unsupported URL scheme");
    case MQTTASYNC_WRONG_MQTT_VERSION:
        return PahoText::tr("MQTT version mismatch");
    case MQTTASYNC_COMMAND_IGNORED:
        return PahoText::tr("ignored: a disconnect is under way");
    default:
        break;
    }
    if (!pahoText.isEmpty())
        return pahoText;
    const QString text = fromStd(::mqtt::exception::error_str(code));
    return text.isEmpty() ? PahoText::tr("Paho error %1").arg(code) : text;
}

PahoFailure failureOf(const ::mqtt::exception &e)
{
    return PahoFailure{PahoFailure::Kind::Client, e.get_return_code(),
                       clientErrorText(e.get_return_code(), fromStd(e.get_message()))};
}

PahoFailure failureOf(const std::exception &e)
{
    return PahoFailure{PahoFailure::Kind::Client, 0, QString::fromLocal8Bit(e.what())};
}

// The message Paho C gave with a failure. Paho C++ 1.2 keeps it private in
// the token and hands it out only in the exception that the response getters
// throw for a failed request.
QString failureMessage(const ::mqtt::token &token)
{
    try {
        switch (token.get_type()) {
        case ::mqtt::token::Type::CONNECT:
            (void)token.get_connect_response();
            break;
        case ::mqtt::token::Type::SUBSCRIBE:
            (void)token.get_subscribe_response();
            break;
        case ::mqtt::token::Type::UNSUBSCRIBE:
            (void)token.get_unsubscribe_response();
            break;
        default:
            break;
        }
    } catch (const ::mqtt::exception &e) {
        return fromStd(e.get_message());
    } catch (...) {
    }
    return QString();
}

PahoFailure failureOf(const ::mqtt::token &token)
{
    const int rc = token.get_return_code();
    const int reason = int(token.get_reason_code());
    PahoFailure failure;
    failure.text = failureMessage(token);
    if (rc > 0) {
        // Paho C passes the broker's code as the failure code: CONNACK 1..5
        // (3.1.1), the CONNACK reason code (5.0), SUBACK 0x80 (3.1.1).
        failure.kind = PahoFailure::Kind::Refused;
        failure.code = rc;
    } else if (reason >= 0x80 && reason != ::mqtt::ReasonCode::MQTTPP_V3_CODE) {
        failure.kind = PahoFailure::Kind::Refused; // a 5.0 SUBACK, UNSUBACK or PUBACK code
        failure.code = reason;
    } else if (rc == MQTTASYNC_FAILURE && token.get_type() == ::mqtt::token::Type::CONNECT) {
        // "TCP/TLS connect failure", "socket error", or "TCP connect timeout"
        // when the broker took the connection but sent no CONNACK.
        failure.kind = failure.text.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
                           ? PahoFailure::Kind::Timeout
                           : PahoFailure::Kind::Transport;
        failure.code = rc;
    } else {
        failure.kind = PahoFailure::Kind::Client;
        failure.code = rc;
        failure.text = clientErrorText(rc, failure.text);
    }
    return failure;
}

// Runs a listener call from a Paho thread: an exception must not unwind
// into the C library.
template<typename F> void guarded(F &&call) noexcept
{
    try {
        call();
    } catch (...) {
    }
}

class ConnectActions final : public ::mqtt::iaction_listener
{
public:
    explicit ConnectActions(PahoListener &target)
        : m_target(target)
    {}
    void on_success(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.connectSucceeded(idOf(token)); });
    }
    void on_failure(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.connectFailed(idOf(token), failureOf(token)); });
    }

private:
    PahoListener &m_target;
};

class PublishActions final : public ::mqtt::iaction_listener
{
public:
    explicit PublishActions(PahoListener &target)
        : m_target(target)
    {}
    void on_success(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.publishFinished(idOf(token), std::nullopt); });
    }
    void on_failure(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.publishFinished(idOf(token), failureOf(token)); });
    }

private:
    PahoListener &m_target;
};

QString firstTopic(const ::mqtt::token &token)
{
    const ::mqtt::const_string_collection_ptr topics = token.get_topics();
    return topics && topics->size() > 0 ? fromStd((*topics)[0]) : QString();
}

class SubscribeActions final : public ::mqtt::iaction_listener
{
public:
    explicit SubscribeActions(PahoListener &target)
        : m_target(target)
    {}
    void on_success(const ::mqtt::token &token) override
    {
        guarded([&] {
            int granted = -1;
            try {
                const std::vector<::mqtt::ReasonCode> codes =
                    token.get_subscribe_response().get_reason_codes();
                if (!codes.empty())
                    granted = int(codes.front());
            } catch (const ::mqtt::exception &) {
            }
            m_target.subscribeFinished(firstTopic(token), granted, std::nullopt);
        });
    }
    void on_failure(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.subscribeFinished(firstTopic(token), -1, failureOf(token)); });
    }

private:
    PahoListener &m_target;
};

class UnsubscribeActions final : public ::mqtt::iaction_listener
{
public:
    explicit UnsubscribeActions(PahoListener &target)
        : m_target(target)
    {}
    void on_success(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.unsubscribeFinished(firstTopic(token), std::nullopt); });
    }
    void on_failure(const ::mqtt::token &token) override
    {
        guarded([&] { m_target.unsubscribeFinished(firstTopic(token), failureOf(token)); });
    }

private:
    PahoListener &m_target;
};

::mqtt::connect_options connectOptionsFor(const PahoOptions &o)
{
    ::mqtt::connect_options_builder builder;
    builder.mqtt_version(o.mqttVersion)
        .keep_alive_interval(std::chrono::seconds(o.keepAliveSeconds))
        .connect_timeout(std::chrono::seconds(o.connectTimeoutSeconds))
        .automatic_reconnect(false); // MqttClient reconnects, with its own backoff
    if (o.mqttVersion >= MQTTVERSION_5) {
        builder.clean_start(o.cleanSession);
        if (!o.cleanSession) {
            // 5.0 ends a session with its connection unless told otherwise;
            // a "persistent session" in the 3.1.1 sense never expires.
            builder.properties({::mqtt::property(::mqtt::property::SESSION_EXPIRY_INTERVAL,
                                                 static_cast<int32_t>(UINT32_MAX))});
        }
    } else {
        builder.clean_session(o.cleanSession);
    }
    if (!o.username.isEmpty())
        builder.user_name(o.username.toStdString());
    // 3.1.1 allows a password only together with a user name (MQTT-3.1.2-22).
    if (!o.password.isEmpty() && (!o.username.isEmpty() || o.mqttVersion >= MQTTVERSION_5))
        builder.password(o.password.toStdString());
    if (!o.willTopic.isEmpty()) {
        builder.will(::mqtt::will_options(std::string(o.willTopic.constData(), size_t(o.willTopic.size())),
                                          o.willPayload.constData(), size_t(o.willPayload.size()), o.willQos,
                                          o.willRetain));
    }
    if (o.tls) {
        ::mqtt::ssl_options_builder ssl;
        if (!o.caFile.isEmpty())
            ssl.trust_store(o.caFile.toStdString());
        if (!o.certificateFile.isEmpty())
            ssl.key_store(o.certificateFile.toStdString());
        if (!o.keyFile.isEmpty())
            ssl.private_key(o.keyFile.toStdString());
        // `verify` adds the host name check to the certificate chain check.
        // No error_handler: Paho C++ 1.2 gives the C library a pointer to the
        // ssl_options copy inside a connect() argument, which is gone by the
        // time a handshake fails.
        ssl.enable_server_cert_auth(!o.skipVerify).verify(!o.skipVerify);
        builder.ssl(ssl.finalize());
    }
    return builder.finalize();
}

} // namespace

struct PahoConnection::Impl
{
    explicit Impl(std::shared_ptr<PahoListener> target)
        : listener(std::move(target))
        , connectActions(*listener)
        , publishActions(*listener)
        , subscribeActions(*listener)
        , unsubscribeActions(*listener)
    {}

    std::shared_ptr<PahoListener> listener;
    ConnectActions connectActions;
    PublishActions publishActions;
    SubscribeActions subscribeActions;
    UnsubscribeActions unsubscribeActions;
    ::mqtt::connect_options connectOptions;
    int mqttVersion = 4;
    ::mqtt::token_ptr disconnectToken;
    // Declared last so that it is destroyed first: once ~async_client (which
    // calls MQTTAsync_destroy) returns, Paho calls none of the objects above.
    std::unique_ptr<::mqtt::async_client> client;
};

PahoConnection::PahoConnection(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

std::unique_ptr<PahoConnection> PahoConnection::create(const PahoOptions &options,
                                                       std::shared_ptr<PahoListener> listener, QString *error)
{
    auto impl = std::make_unique<Impl>(std::move(listener));
    impl->mqttVersion = options.mqttVersion;
    try {
        impl->connectOptions = connectOptionsFor(options);
        // The version given at creation decides whether 5.0 is possible at all;
        // no persistence argument: MQTTCLIENT_PERSISTENCE_NONE, nothing on disk.
        ::mqtt::create_options createOptions(options.mqttVersion >= MQTTVERSION_5 ? MQTTVERSION_5
                                                                                  : MQTTVERSION_DEFAULT);
        createOptions.set_max_buffered_messages(MaxQueuedPublishes);
        impl->client = std::make_unique<::mqtt::async_client>(options.serverUri.toStdString(),
                                                              options.clientId.toStdString(), createOptions);
        const std::shared_ptr<PahoListener> target = impl->listener;
        impl->client->set_message_callback([target](::mqtt::const_message_ptr message) {
            if (!message)
                return;
            guarded([&] {
                target->messageArrived(toBytes(message->get_topic_ref()), toBytes(message->get_payload_ref()),
                                       message->get_qos(), message->is_retained());
            });
        });
        impl->client->set_connection_lost_handler(
            [target](const std::string &cause) { guarded([&] { target->connectionLost(fromStd(cause)); }); });
        impl->client->set_disconnected_handler(
            [target](const ::mqtt::properties &, ::mqtt::ReasonCode reason) {
                guarded([&] { target->disconnectedByServer(int(reason)); });
            });
    } catch (const ::mqtt::exception &e) {
        if (error)
            *error = failureOf(e).text;
        return nullptr;
    } catch (const std::exception &e) {
        if (error)
            *error = failureOf(e).text;
        return nullptr;
    }
    return std::unique_ptr<PahoConnection>(new PahoConnection(std::move(impl)));
}

PahoConnection::~PahoConnection()
{
    try {
        if (d->disconnectToken) {
            d->disconnectToken->wait_for(DisconnectWait); // a DISCONNECT is on its way already
        } else if (d->client->is_connected()) {
            ::mqtt::token_ptr token = d->client->disconnect(0);
            token->wait_for(DisconnectWait);
        }
    } catch (const std::exception &) {
        // Not connected after all, or the DISCONNECT failed: nothing to wait for.
    }
    d->client.reset();
}

std::optional<PahoFailure> PahoConnection::connect(quint64 attempt)
{
    try {
        d->client->connect(d->connectOptions, contextOf(attempt), d->connectActions);
    } catch (const ::mqtt::exception &e) {
        return failureOf(e);
    } catch (const std::exception &e) {
        return failureOf(e);
    }
    return std::nullopt;
}

bool PahoConnection::disconnect(bool withWill)
{
    try {
        if (!d->client->is_connected())
            return false;
        if (withWill && d->mqttVersion < MQTTVERSION_5) {
            // See the header: the broker closes the connection over this and
            // publishes the will. QoS 0, so nothing waits for an answer.
            d->client->publish(std::string("#"), "", 0, 0, false);
            return true;
        }
        ::mqtt::disconnect_options options(std::chrono::milliseconds{DisconnectDrainMs});
        if (withWill) {
            ::mqtt::disconnect_options_test::allowReasonCode(options);
            options.set_reason_code(::mqtt::ReasonCode::DISCONNECT_WITH_WILL_MESSAGE);
        }
        d->disconnectToken = d->client->disconnect(std::move(options));
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

bool PahoConnection::isConnected() const
{
    return d->client->is_connected();
}

std::optional<PahoFailure> PahoConnection::publish(quint64 requestId, const QByteArray &topic,
                                                   const QByteArray &payload, int qos, bool retain)
{
    try {
        ::mqtt::message_ptr message =
            ::mqtt::message::create(std::string(topic.constData(), size_t(topic.size())), payload.constData(),
                                    size_t(payload.size()), qos, retain);
        d->client->publish(std::move(message), contextOf(requestId), d->publishActions);
    } catch (const ::mqtt::exception &e) {
        return failureOf(e);
    } catch (const std::exception &e) {
        return failureOf(e);
    }
    return std::nullopt;
}

std::optional<PahoFailure> PahoConnection::subscribe(const QString &filter, int qos)
{
    try {
        d->client->subscribe(filter.toStdString(), qos, nullptr, d->subscribeActions);
    } catch (const ::mqtt::exception &e) {
        return failureOf(e);
    } catch (const std::exception &e) {
        return failureOf(e);
    }
    return std::nullopt;
}

std::optional<PahoFailure> PahoConnection::unsubscribe(const QString &filter)
{
    try {
        d->client->unsubscribe(filter.toStdString(), nullptr, d->unsubscribeActions);
    } catch (const ::mqtt::exception &e) {
        return failureOf(e);
    } catch (const std::exception &e) {
        return failureOf(e);
    }
    return std::nullopt;
}

} // namespace homewire::client::detail
