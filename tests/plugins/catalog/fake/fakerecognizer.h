// FakeRecognizer: the test-only convention "fake". A message on
// fake/<id>/state carrying "on" or "off" is a device "fake/<id>" with one
// Switch "switch" commanded on fake/<id>/set. Small on purpose, so tests of
// the catalog, the runtime and the dashboard can load a real plugin whose
// behaviour they know exactly.
//
// Not a product convention: it is never installed.
#pragma once

#include <QSet>
#include <homewire/deviceconvention.h>
#include <utility>

namespace homewire::tests::fake {

class FakeRecognizer final : public devices::DeviceRecognizer
{
public:
    QStringList topicFilters() const override;
    devices::Recognition inspect(const devices::ConventionMessage &message) override;

private:
    QSet<QString> m_reported;
};

// The plugin side shared by the good fake and its broken variants.
class FakeConvention : public devices::DeviceConventionPlugin
{
public:
    explicit FakeConvention(QString id = QStringLiteral("fake"))
        : m_id(std::move(id))
    {}
    QString id() const override { return m_id; }
    QString displayName() const override { return QStringLiteral("Fake"); }
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override
    {
        return std::make_unique<FakeRecognizer>();
    }

private:
    QString m_id;
};

} // namespace homewire::tests::fake
