// The demo home's virtual devices: one per convention Homewire understands
// (plain topics, Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly Gen1
// and Gen2, Homie 4), publishing payloads shaped like the real firmware's
// documented examples.
#pragma once

#include "devices/demo/virtualdevice.h"

namespace homewire::devices::demo {

// home/office/lamp obeys "on"/"off" and confirms on home/office/lamp/state.
class OfficeLamp : public VirtualDevice
{
    Q_OBJECT
public:
    explicit OfficeLamp(QObject *parent = nullptr);
    bool isOn() const { return m_on; }

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;

private:
    bool m_on = false;
};

// home/living-room/dimmer/set takes "on", "off" or a brightness 0-100;
// the state is JSON on home/living-room/dimmer.
class LivingRoomDimmer : public VirtualDevice
{
    Q_OBJECT
public:
    explicit LivingRoomDimmer(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;

private:
    void report();
    bool m_on = true;
    int m_brightness = 60;
};

// home/<room>/climate: {"temperature":21.4,"humidity":45.0} every few seconds.
class ClimateSensor : public VirtualDevice
{
    Q_OBJECT
public:
    ClimateSensor(const QByteArray &room, double temperature, QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void reportTelemetry() override;

private:
    QByteArray m_room;
    double m_centre;
    double m_temperature;
    double m_humidity = 45;
};

// A fan announced through Home Assistant MQTT discovery.
class DiscoveryFan : public VirtualDevice
{
    Q_OBJECT
public:
    explicit DiscoveryFan(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;

private:
    bool m_on = false;
};

// A Tasmota smart plug with energy monitoring (topic tasmota_5A3F2C).
class TasmotaPlug : public VirtualDevice
{
    Q_OBJECT
public:
    explicit TasmotaPlug(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;
    void reportTelemetry() override;

private:
    bool m_on = true;
    double m_power = 42;
    double m_total = 12.345;
};

// A Zigbee2MQTT bridge with a motion sensor and a bulb.
class ZigbeeBridge : public VirtualDevice
{
    Q_OBJECT
public:
    explicit ZigbeeBridge(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;
    void reportTelemetry() override;

private:
    void reportBulb();
    bool m_bulbOn = false;
    int m_bulbBrightness = 200;
    int m_battery = 87;
};

// A Shelly 1 (Gen1 topics: shellies/<id>/relay/0).
class ShellyGen1Relay : public VirtualDevice
{
    Q_OBJECT
public:
    explicit ShellyGen1Relay(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;

private:
    bool m_on = false;
};

// A Shelly Plus 1PM (Gen2: <id>/status/switch:0, commands through <id>/rpc).
class ShellyGen2Switch : public VirtualDevice
{
    Q_OBJECT
public:
    explicit ShellyGen2Switch(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;
    void reportTelemetry() override;

private:
    void report();
    bool m_on = true;
    double m_power = 8.5;
};

// A Homie 4 heater (homie/demo-heater).
class HomieHeater : public VirtualDevice
{
    Q_OBJECT
public:
    explicit HomieHeater(QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void handleCommand(const mqtt::ApplicationMessage &message) override;
    void reportTelemetry() override;

private:
    bool m_on = false;
    double m_temperature = 19.5;
};

// Busy telemetry for load: `rate` messages a second spread over `topics`
// topics demo/load/sensor-<n>/value. Not a device; a stress source.
class LoadGenerator : public VirtualDevice
{
    Q_OBJECT
public:
    LoadGenerator(int rate, int topics, QObject *parent = nullptr);

protected:
    Will will() const override;
    void announce() override;
    void reportTelemetry() override;

private:
    int m_rate;
    int m_topics;
    int m_next = 0;
    QList<double> m_values;
};

} // namespace homewire::devices::demo
