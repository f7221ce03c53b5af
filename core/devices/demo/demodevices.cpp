#include "devices/demo/demodevices.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>
#include <optional>

namespace homewire::devices::demo {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray onOff(bool on, bool upper = false)
{
    if (upper)
        return on ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF");
    return on ? QByteArrayLiteral("on") : QByteArrayLiteral("off");
}

// Reads "on"/"off"/"ON"/"OFF"/"1"/"0"/"true"/"false"/"toggle".
std::optional<bool> parseSwitch(const QByteArray &payload, bool current)
{
    const QByteArray word = payload.trimmed().toLower();
    if (word == "on" || word == "1" || word == "true")
        return true;
    if (word == "off" || word == "0" || word == "false")
        return false;
    if (word == "toggle")
        return !current;
    return std::nullopt;
}

double round1(double value)
{
    return std::round(value * 10) / 10;
}

QString tasmotaTime()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"));
}

} // namespace

// --- OfficeLamp -------------------------------------------------------------

OfficeLamp::OfficeLamp(QObject *parent)
    : VirtualDevice(QStringLiteral("office-lamp"), parent)
{}

Will OfficeLamp::will() const
{
    return {"home/office/lamp/status", "offline"};
}

void OfficeLamp::announce()
{
    publish("home/office/lamp/status", "online", true);
    publish("home/office/lamp/state", onOff(m_on), true);
    subscribe("home/office/lamp");
}

void OfficeLamp::handleCommand(const mqtt::ApplicationMessage &message)
{
    if (message.topic != "home/office/lamp")
        return;
    if (const auto on = parseSwitch(message.payload, m_on)) {
        m_on = *on;
        publish("home/office/lamp/state", onOff(m_on), true);
    }
}

// --- LivingRoomDimmer -------------------------------------------------------

LivingRoomDimmer::LivingRoomDimmer(QObject *parent)
    : VirtualDevice(QStringLiteral("living-room-dimmer"), parent)
{}

Will LivingRoomDimmer::will() const
{
    return {"home/living-room/dimmer/status", "offline"};
}

void LivingRoomDimmer::announce()
{
    publish("home/living-room/dimmer/status", "online", true);
    report();
    subscribe("home/living-room/dimmer/set");
}

void LivingRoomDimmer::handleCommand(const mqtt::ApplicationMessage &message)
{
    bool ok = false;
    const int level = message.payload.trimmed().toInt(&ok);
    if (ok && level >= 0 && level <= 100) {
        m_brightness = level;
        m_on = level > 0;
    } else if (const auto on = parseSwitch(message.payload, m_on)) {
        m_on = *on;
    } else {
        return;
    }
    report();
}

void LivingRoomDimmer::report()
{
    publish("home/living-room/dimmer",
            json({{QStringLiteral("state"), QString::fromLatin1(onOff(m_on))},
                  {QStringLiteral("brightness"), m_brightness}}),
            true);
}

// --- ClimateSensor ----------------------------------------------------------

ClimateSensor::ClimateSensor(const QByteArray &room, double temperature, QObject *parent)
    : VirtualDevice(QStringLiteral("climate-") + QString::fromUtf8(room), parent)
    , m_room(room)
    , m_centre(temperature)
    , m_temperature(temperature)
{
    setTelemetryInterval(3000 + QRandomGenerator::global()->bounded(2000));
}

Will ClimateSensor::will() const
{
    return {"home/" + m_room + "/climate/status", "offline"};
}

void ClimateSensor::announce()
{
    publish("home/" + m_room + "/climate/status", "online", true);
    reportTelemetry();
}

void ClimateSensor::reportTelemetry()
{
    m_temperature = drift(m_temperature, m_centre, 0.2, 2.5);
    m_humidity = drift(m_humidity, 45, 0.8, 15);
    publish("home/" + m_room + "/climate",
            json({{QStringLiteral("temperature"), round1(m_temperature)},
                  {QStringLiteral("humidity"), round1(m_humidity)}}),
            true);
}

// --- DiscoveryFan -----------------------------------------------------------

DiscoveryFan::DiscoveryFan(QObject *parent)
    : VirtualDevice(QStringLiteral("bedroom-fan"), parent)
{}

Will DiscoveryFan::will() const
{
    return {"demo/bedroom-fan/availability", "offline"};
}

void DiscoveryFan::announce()
{
    const QJsonObject device{{QStringLiteral("identifiers"), QJsonArray{QStringLiteral("demo_bedroom_fan")}},
                             {QStringLiteral("name"), QStringLiteral("Bedroom fan")},
                             {QStringLiteral("manufacturer"), QStringLiteral("Homewire demo")},
                             {QStringLiteral("model"), QStringLiteral("Fan 1")},
                             {QStringLiteral("suggested_area"), QStringLiteral("Bedroom")}};
    publish("homeassistant/switch/demo_bedroom_fan/config",
            json({{QStringLiteral("name"), QStringLiteral("Bedroom fan")},
                  {QStringLiteral("unique_id"), QStringLiteral("demo_bedroom_fan")},
                  {QStringLiteral("command_topic"), QStringLiteral("demo/bedroom-fan/set")},
                  {QStringLiteral("state_topic"), QStringLiteral("demo/bedroom-fan/state")},
                  {QStringLiteral("availability_topic"), QStringLiteral("demo/bedroom-fan/availability")},
                  {QStringLiteral("payload_on"), QStringLiteral("ON")},
                  {QStringLiteral("payload_off"), QStringLiteral("OFF")},
                  {QStringLiteral("device"), device}}),
            true);
    publish("demo/bedroom-fan/availability", "online", true);
    publish("demo/bedroom-fan/state", onOff(m_on, true), true);
    subscribe("demo/bedroom-fan/set");
}

void DiscoveryFan::handleCommand(const mqtt::ApplicationMessage &message)
{
    if (const auto on = parseSwitch(message.payload, m_on)) {
        m_on = *on;
        publish("demo/bedroom-fan/state", onOff(m_on, true), true);
    }
}

// --- TasmotaPlug ------------------------------------------------------------

TasmotaPlug::TasmotaPlug(QObject *parent)
    : VirtualDevice(QStringLiteral("tasmota-plug"), parent)
{
    setTelemetryInterval(10'000);
}

Will TasmotaPlug::will() const
{
    return {"tele/tasmota_5A3F2C/LWT", "Offline"};
}

void TasmotaPlug::announce()
{
    // Tasmota's own discovery message (SetOption19 0), as firmware 9.x+ sends it.
    publish(
        "tasmota/discovery/5CCF7F5A3F2C/config",
        R"({"ip":"192.168.1.42","dn":"Coffee machine","fn":["Coffee machine",null,null,null,null,null,null,null],)"
        R"("hn":"tasmota-5A3F2C-7980","mac":"5CCF7F5A3F2C","md":"Gosund SP111","ty":0,"if":0,)"
        R"("ofln":"Offline","onln":"Online","state":["OFF","ON","TOGGLE","HOLD"],"sw":"13.2.0",)"
        R"("t":"tasmota_5A3F2C","ft":"%prefix%/%topic%/","tp":["cmnd","stat","tele"],)"
        R"("rl":[1,0,0,0,0,0,0,0],"swc":[-1,-1,-1,-1,-1,-1,-1,-1],"swn":[null,null,null,null,null,null,null,null],)"
        R"("btn":[0,0,0,0,0,0,0,0],"so":{"4":0,"11":0,"13":0,"17":0,"20":0,"30":0,"68":0,"73":0,"82":0,"114":0,"117":0},)"
        R"("lk":0,"lt_st":0,"sho":[0,0,0,0],"ver":1})",
        true);
    publish("tele/tasmota_5A3F2C/LWT", "Online", true);
    publish("stat/tasmota_5A3F2C/POWER", onOff(m_on, true), true);
    subscribe("cmnd/tasmota_5A3F2C/POWER");
    reportTelemetry();
}

void TasmotaPlug::handleCommand(const mqtt::ApplicationMessage &message)
{
    // An empty payload asks for the state (Tasmota's documented behaviour).
    if (!message.payload.trimmed().isEmpty()) {
        const auto on = parseSwitch(message.payload, m_on);
        if (!on)
            return;
        m_on = *on;
    }
    publish("stat/tasmota_5A3F2C/RESULT",
            json({{QStringLiteral("POWER"), QString::fromLatin1(onOff(m_on, true))}}));
    publish("stat/tasmota_5A3F2C/POWER", onOff(m_on, true), true);
}

void TasmotaPlug::reportTelemetry()
{
    m_power = m_on ? drift(m_power, 42, 3, 20) : 0;
    m_total += m_power / 3600.0 / 100.0;
    publish("tele/tasmota_5A3F2C/STATE",
            json({{QStringLiteral("Time"), tasmotaTime()},
                  {QStringLiteral("Uptime"), QStringLiteral("0T01:23:45")},
                  {QStringLiteral("POWER"), QString::fromLatin1(onOff(m_on, true))},
                  {QStringLiteral("Wifi"), QJsonObject{{QStringLiteral("SSId"), QStringLiteral("home")},
                                                       {QStringLiteral("RSSI"), 78},
                                                       {QStringLiteral("Signal"), -61}}}}));
    publish("tele/tasmota_5A3F2C/SENSOR",
            json({{QStringLiteral("Time"), tasmotaTime()},
                  {QStringLiteral("ENERGY"),
                   QJsonObject{{QStringLiteral("Total"), std::round(m_total * 1000) / 1000},
                               {QStringLiteral("Power"), round1(m_power)},
                               {QStringLiteral("Voltage"), 230},
                               {QStringLiteral("Current"), std::round(m_power / 230 * 1000) / 1000}}}}));
}

// --- ZigbeeBridge -----------------------------------------------------------

ZigbeeBridge::ZigbeeBridge(QObject *parent)
    : VirtualDevice(QStringLiteral("zigbee2mqtt"), parent)
{
    setTelemetryInterval(5000);
}

Will ZigbeeBridge::will() const
{
    return {"zigbee2mqtt/bridge/state", R"({"state":"offline"})"};
}

void ZigbeeBridge::announce()
{
    publish("zigbee2mqtt/bridge/state", R"({"state":"online"})", true);
    // Shaped like Zigbee2MQTT's own bridge/devices: the coordinator first,
    // then each device with its definition and exposes (see
    // https://www.zigbee2mqtt.io/guide/usage/mqtt_topics_and_messages.html
    // and https://www.zigbee2mqtt.io/guide/usage/exposes.html).
    const QByteArray devices = R"json([
      {"ieee_address":"0x00124b0024c7a1f0","type":"Coordinator","network_address":0,"supported":true,
       "disabled":false,"friendly_name":"Coordinator","definition":null,"power_source":null,
       "interview_completed":true,"interviewing":false},
      {"ieee_address":"0x00158d0001a2b3c4","type":"EndDevice","network_address":41022,"supported":true,
       "disabled":false,"friendly_name":"hall_motion","model_id":"lumi.sensor_motion.aq2",
       "power_source":"Battery","interview_completed":true,"interviewing":false,
       "definition":{"model":"RTCGQ11LM","vendor":"Aqara",
        "description":"Motion sensor","options":[],"exposes":[
         {"type":"numeric","name":"battery","property":"battery","label":"Battery","access":1,"unit":"%",
          "value_min":0,"value_max":100,"category":"diagnostic","description":"Remaining battery in %"},
         {"type":"binary","name":"occupancy","property":"occupancy","label":"Occupancy","access":1,
          "value_on":true,"value_off":false,"description":"Indicates whether the device detected occupancy"},
         {"type":"numeric","name":"illuminance","property":"illuminance","label":"Illuminance","access":1,
          "unit":"lx","description":"Measured illuminance"},
         {"type":"numeric","name":"linkquality","property":"linkquality","label":"Linkquality","access":1,
          "unit":"lqi","value_min":0,"value_max":255,"category":"diagnostic",
          "description":"Link quality (signal strength)"}]}},
      {"ieee_address":"0x0017880104e5f6a7","type":"Router","network_address":18814,"supported":true,
       "disabled":false,"friendly_name":"kitchen_bulb","model_id":"LCA001",
       "power_source":"Mains (single phase)","interview_completed":true,"interviewing":false,
       "definition":{"model":"9290022166","vendor":"Philips",
        "description":"Hue white and color ambiance E26/E27","options":[],"exposes":[
         {"type":"light","features":[
          {"type":"binary","name":"state","property":"state","label":"State","access":7,
           "value_on":"ON","value_off":"OFF","value_toggle":"TOGGLE","description":"On/off state of this light"},
          {"type":"numeric","name":"brightness","property":"brightness","label":"Brightness","access":7,
           "value_min":0,"value_max":254,"description":"Brightness of this light"},
          {"type":"numeric","name":"color_temp","property":"color_temp","label":"Color temp","access":7,
           "unit":"mired","value_min":153,"value_max":500,"description":"Color temperature of this light"}]},
         {"type":"enum","name":"effect","property":"effect","label":"Effect","access":2,
          "values":["blink","breathe","okay","channel_change","finish_effect","stop_effect"]},
         {"type":"numeric","name":"linkquality","property":"linkquality","label":"Linkquality","access":1,
          "unit":"lqi","value_min":0,"value_max":255,"category":"diagnostic",
          "description":"Link quality (signal strength)"}]}}
    ])json";
    publish("zigbee2mqtt/bridge/devices", QJsonDocument::fromJson(devices).toJson(QJsonDocument::Compact),
            true);
    reportBulb();
    subscribe("zigbee2mqtt/kitchen_bulb/set");
    reportTelemetry();
}

void ZigbeeBridge::handleCommand(const mqtt::ApplicationMessage &message)
{
    const QJsonObject command = QJsonDocument::fromJson(message.payload).object();
    if (command.contains(QStringLiteral("state"))) {
        const QByteArray state = command.value(QStringLiteral("state")).toString().toUtf8();
        if (const auto on = parseSwitch(state, m_bulbOn))
            m_bulbOn = *on;
    }
    if (command.contains(QStringLiteral("brightness")))
        m_bulbBrightness = qBound(0, command.value(QStringLiteral("brightness")).toInt(), 254);
    reportBulb();
}

void ZigbeeBridge::reportBulb()
{
    publish("zigbee2mqtt/kitchen_bulb",
            json({{QStringLiteral("state"), QString::fromLatin1(onOff(m_bulbOn, true))},
                  {QStringLiteral("brightness"), m_bulbBrightness},
                  {QStringLiteral("linkquality"), 142}}),
            true);
}

void ZigbeeBridge::reportTelemetry()
{
    const bool occupancy = QRandomGenerator::global()->bounded(4) == 0;
    if (QRandomGenerator::global()->bounded(20) == 0 && m_battery > 20)
        --m_battery;
    publish("zigbee2mqtt/hall_motion",
            json({{QStringLiteral("occupancy"), occupancy},
                  {QStringLiteral("battery"), m_battery},
                  {QStringLiteral("illuminance"), 120 + QRandomGenerator::global()->bounded(40)},
                  {QStringLiteral("linkquality"), 96 + QRandomGenerator::global()->bounded(30)}}),
            true);
}

// --- ShellyGen1Relay --------------------------------------------------------

ShellyGen1Relay::ShellyGen1Relay(QObject *parent)
    : VirtualDevice(QStringLiteral("shelly1"), parent)
{}

Will ShellyGen1Relay::will() const
{
    return {"shellies/shelly1-8CAAB5/online", "false"};
}

void ShellyGen1Relay::announce()
{
    publish("shellies/shelly1-8CAAB5/online", "true", true);
    publish("shellies/shelly1-8CAAB5/relay/0", onOff(m_on), true);
    subscribe("shellies/shelly1-8CAAB5/relay/0/command");
}

void ShellyGen1Relay::handleCommand(const mqtt::ApplicationMessage &message)
{
    if (const auto on = parseSwitch(message.payload, m_on)) {
        m_on = *on;
        publish("shellies/shelly1-8CAAB5/relay/0", onOff(m_on), true);
    }
}

// --- ShellyGen2Switch -------------------------------------------------------

ShellyGen2Switch::ShellyGen2Switch(QObject *parent)
    : VirtualDevice(QStringLiteral("shellyplus1pm"), parent)
{
    setTelemetryInterval(15'000);
}

Will ShellyGen2Switch::will() const
{
    return {"shellyplus1pm-441793/online", "false"};
}

void ShellyGen2Switch::announce()
{
    publish("shellyplus1pm-441793/online", "true", true);
    report();
    subscribe("shellyplus1pm-441793/rpc");
}

void ShellyGen2Switch::handleCommand(const mqtt::ApplicationMessage &message)
{
    // {"id":1,"src":"homewire","method":"Switch.Set","params":{"id":0,"on":true}}
    const QJsonObject request = QJsonDocument::fromJson(message.payload).object();
    if (request.value(QStringLiteral("method")).toString() != QStringLiteral("Switch.Set"))
        return;
    m_on = request.value(QStringLiteral("params")).toObject().value(QStringLiteral("on")).toBool();
    const QString source = request.value(QStringLiteral("src")).toString();
    if (!source.isEmpty())
        publish(source.toUtf8() + "/rpc",
                json({{QStringLiteral("id"), request.value(QStringLiteral("id"))},
                      {QStringLiteral("src"), QStringLiteral("shellyplus1pm-441793")},
                      {QStringLiteral("result"), QJsonObject{{QStringLiteral("was_on"), !m_on}}}}));
    report();
}

void ShellyGen2Switch::reportTelemetry()
{
    m_power = m_on ? drift(m_power, 8.5, 0.5, 3) : 0;
    report();
}

void ShellyGen2Switch::report()
{
    publish("shellyplus1pm-441793/status/switch:0",
            json({{QStringLiteral("id"), 0},
                  {QStringLiteral("source"), QStringLiteral("MQTT")},
                  {QStringLiteral("output"), m_on},
                  {QStringLiteral("apower"), round1(m_power)},
                  {QStringLiteral("voltage"), 231.2},
                  {QStringLiteral("temperature"), QJsonObject{{QStringLiteral("tC"), 41.3}}}}),
            true);
}

// --- HomieHeater ------------------------------------------------------------

HomieHeater::HomieHeater(QObject *parent)
    : VirtualDevice(QStringLiteral("homie-heater"), parent)
{
    setTelemetryInterval(6000);
}

Will HomieHeater::will() const
{
    return {"homie/demo-heater/$state", "lost"};
}

void HomieHeater::announce()
{
    const QByteArray base = "homie/demo-heater/";
    publish(base + "$state", "init", true);
    publish(base + "$homie", "4.0", true);
    publish(base + "$name", "Bathroom heater", true);
    publish(base + "$nodes", "heater", true);
    publish(base + "heater/$name", "Heater", true);
    publish(base + "heater/$properties", "power,temperature", true);
    publish(base + "heater/power/$name", "Power", true);
    publish(base + "heater/power/$datatype", "boolean", true);
    publish(base + "heater/power/$settable", "true", true);
    publish(base + "heater/power", m_on ? "true" : "false", true);
    publish(base + "heater/temperature/$name", "Temperature", true);
    publish(base + "heater/temperature/$datatype", "float", true);
    publish(base + "heater/temperature/$unit",
            "\xc2\xb0"
            "C",
            true);
    subscribe(base + "heater/power/set");
    reportTelemetry();
    publish(base + "$state", "ready", true);
}

void HomieHeater::handleCommand(const mqtt::ApplicationMessage &message)
{
    if (const auto on = parseSwitch(message.payload, m_on)) {
        m_on = *on;
        publish("homie/demo-heater/heater/power", m_on ? "true" : "false", true);
    }
}

void HomieHeater::reportTelemetry()
{
    m_temperature = drift(m_temperature, m_on ? 23.0 : 19.5, 0.3, 4);
    publish("homie/demo-heater/heater/temperature", QByteArray::number(round1(m_temperature)), true);
}

// --- LoadGenerator ----------------------------------------------------------

LoadGenerator::LoadGenerator(int rate, int topics, QObject *parent)
    : VirtualDevice(QStringLiteral("load"), parent)
    , m_rate(qMax(1, rate))
    , m_topics(qMax(1, topics))
{
    m_values.resize(m_topics);
    for (double &value : m_values)
        value = 20 + QRandomGenerator::global()->bounded(100) / 10.0;
    setTelemetryInterval(50);
}

Will LoadGenerator::will() const
{
    return {"demo/load/status", "offline"};
}

void LoadGenerator::announce()
{
    publish("demo/load/status", "online", true);
}

void LoadGenerator::reportTelemetry()
{
    // 20 ticks a second.
    const int batch = qMax(1, m_rate / 20);
    for (int i = 0; i < batch; ++i) {
        const int n = m_next;
        m_next = (m_next + 1) % m_topics;
        m_values[n] = drift(m_values[n], 22, 0.3, 8);
        publish("demo/load/sensor-" + QByteArray::number(n) + "/value",
                QByteArray::number(round1(m_values[n])));
    }
}

} // namespace homewire::devices::demo
