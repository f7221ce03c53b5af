// fakelamp: an ESP32-style lamp on plain MQTT topics, as a separate process,
// for the dashboard's end-to-end test. It is a plain Paho C++ client (no
// Homewire code): it connects with a retained will "offline" on
// <base>/status, says "online" there (retained), listens on <base> and
// answers each "on"/"off" with its state, retained, on <base>/state. Every
// command is printed as "received <payload>" on stdout, flushed, so the test
// can see what reached the lamp.
//
//   fakelamp <server-uri> [--base <topic>] [--no-answer]
//
// --no-answer: receives and prints commands but never reports a state (a
// lamp whose firmware does not confirm). It prints "ready" once subscribed
// and exits on its own after a few minutes so it never outlives a crashed
// test. Not here: anything a real lamp does beyond that.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mqtt/async_client.h>
#include <string>
#include <unistd.h>

namespace {

using namespace std::chrono_literals;

constexpr auto Lifetime = 5min;

struct Options
{
    std::string uri;
    std::string base = "home/office/lamp";
    bool answer = true;
};

bool parse(int argc, char *argv[], Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-answer")
            options->answer = false;
        else if (arg == "--base" && i + 1 < argc)
            options->base = argv[++i];
        else if (options->uri.empty() && arg.rfind("--", 0) != 0)
            options->uri = arg;
        else
            return false;
    }
    return !options->uri.empty();
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    if (!parse(argc, argv, &options)) {
        std::fprintf(stderr, "usage: fakelamp <server-uri> [--base <topic>] [--no-answer]\n");
        return 2;
    }
    const std::string status = options.base + "/status";
    const std::string state = options.base + "/state";
    try {
        ::mqtt::async_client client(options.uri, "fakelamp-" + std::to_string(::getpid()));
        ::mqtt::connect_options connect;
        connect.set_mqtt_version(MQTTVERSION_3_1_1);
        connect.set_clean_session(true);
        connect.set_keep_alive_interval(5);
        connect.set_connect_timeout(5);
        connect.set_will(::mqtt::will_options(status, std::string("offline"), 1, true));
        client.start_consuming();
        client.connect(connect)->wait();
        client.subscribe(options.base, 1)->wait();
        client.publish(status, "online", 1, true)->wait();
        std::cout << "ready" << std::endl;

        const auto deadline = std::chrono::steady_clock::now() + Lifetime;
        while (std::chrono::steady_clock::now() < deadline) {
            const ::mqtt::const_message_ptr message = client.try_consume_message_for(1s);
            if (!message) {
                if (!client.is_connected())
                    return 1;
                continue;
            }
            const std::string payload = message->get_payload_str();
            std::cout << "received " << payload << std::endl;
            if (options.answer && (payload == "on" || payload == "off"))
                client.publish(state, payload, 1, true)->wait();
        }
        client.disconnect()->wait();
    } catch (const ::mqtt::exception &e) {
        std::fprintf(stderr, "fakelamp: %s\n", e.what());
        return 1;
    }
    return 0;
}
