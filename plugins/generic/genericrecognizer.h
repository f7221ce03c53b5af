// GenericRecognizer: finds hand-made devices (ESP8266/ESP32 sketches) that
// follow Homewire's plain "home/<room>/<device>" convention, documented in
// README.md next to this file:
//   home/<room>/<device>/state      on/off word          -> Switch
//   home/<room>/<device>            JSON object          -> Switch or Light, Sensors, BinarySensors
//   home/<room>/<device>/<quantity> plain number         -> Sensor
//   home/<room>/<device>/status     online/offline       -> availability of all its entities
// One Device "generic/home/<room>/<device>" per device, in room <room>.
//
// Pure logic on QtCore: no QObject, no I/O, so it can be fuzzed on its own.
// Not here: the words of the convention (vocabulary.h).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::generic {

class GenericRecognizer final : public devices::DeviceRecognizer
{
public:
    // A sketch's JSON state is a few hundred bytes.
    static constexpr qsizetype MaxStateSize = 64 * 1024;
    // Room and device names longer than this are not names.
    static constexpr qsizetype MaxLevelSize = 128;
    // Bounds on what a broker full of junk can make this hold: a home has
    // dozens of hand-made devices, a sketch a handful of readings.
    static constexpr int MaxDevices = 1000;
    static constexpr int MaxEntitiesPerDevice = 128;

    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    // What is known of one device; entities remember the topic that made
    // them, so that two topics naming the same key do not take turns.
    struct Known
    {
        QString room;
        QString device;
        QList<devices::Entity> entities;
        QList<QByteArray> sources;       // per entity
        QHash<QString, qsizetype> index; // entity key -> position in entities
        QByteArray availabilityTopic;
    };

    // The device of a home/<room>/<device> topic, added when new; nullptr
    // (and an error) when MaxDevices others are known.
    Known *known(const QList<QByteArray> &levels, devices::Recognition *recognition);
    void upsert(Known *known, const devices::Entity &entity, const QByteArray &source,
                devices::Recognition *recognition);
    void inspectStateWord(const QList<QByteArray> &levels, const devices::ConventionMessage &message,
                          devices::Recognition *recognition);
    void inspectJsonState(const QList<QByteArray> &levels, const devices::ConventionMessage &message,
                          devices::Recognition *recognition);
    void inspectJsonMembers(Known *known, const QJsonObject &state, const QByteArray &topic,
                            devices::Recognition *recognition);
    void inspectReading(const QList<QByteArray> &levels, const devices::ConventionMessage &message,
                        devices::Recognition *recognition);
    void inspectStatus(const QList<QByteArray> &levels, const devices::ConventionMessage &message,
                       devices::Recognition *recognition);
    void report(const QString &id, devices::Recognition *recognition);

    QHash<QString, Known> m_known; // by device id
    QHash<QString, devices::Device> m_reported;
};

} // namespace homewire::plugins::generic
