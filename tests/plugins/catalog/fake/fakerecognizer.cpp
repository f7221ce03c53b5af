#include "fakerecognizer.h"

namespace homewire::tests::fake {

QStringList FakeRecognizer::topicFilters() const
{
    return {QStringLiteral("fake/+/state")};
}

devices::Recognition FakeRecognizer::inspect(const devices::ConventionMessage &message)
{
    const QList<QByteArray> levels = message.topic.split('/');
    if (levels.size() != 3 || levels[0] != "fake" || levels[2] != "state")
        return {};
    const QString id = QString::fromUtf8(levels[1]);
    if (id.isEmpty())
        return {{}, {}, QStringLiteral("empty device id")};
    if (message.payload != "on" && message.payload != "off")
        return {{}, {}, QStringLiteral("state is neither on nor off")};
    if (m_reported.contains(id))
        return {};
    m_reported.insert(id);

    devices::Entity entity;
    entity.key = QStringLiteral("switch");
    entity.name = QStringLiteral("Switch");
    entity.kind = devices::EntityKind::Switch;
    entity.commandTopic = "fake/" + levels[1] + "/set";
    entity.stateTopic = message.topic;
    devices::Device device;
    device.id = QStringLiteral("fake/") + id;
    device.name = id;
    device.convention = QStringLiteral("fake");
    device.entities = {entity};
    return {{device}, {}, {}};
}

} // namespace homewire::tests::fake
