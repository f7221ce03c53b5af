#include "systemappearance.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <functional>

#ifdef HOMEWIRE_APPEARANCE_PORTAL
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#endif

#ifdef Q_OS_WIN
#include <QAbstractNativeEventFilter>
#include <QSettings>
#include <qt_windows.h>
#endif

namespace homewire::ui {

Q_LOGGING_CATEGORY(lcAppearance, "homewire.ui.appearance")

namespace {

#ifdef HOMEWIRE_APPEARANCE_PORTAL

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kSettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearanceNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kColorSchemeKey = QStringLiteral("color-scheme");

// color-scheme: 1 prefers dark, 2 prefers light, 0 (or anything else) no
// preference. Read wraps the uint32 in two variants, SettingChanged and
// ReadOne in one: unwrap as many as come.
std::optional<bool> fromColorScheme(QVariant value)
{
    for (int depth = 0; depth < 4 && value.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth)
        value = qvariant_cast<QDBusVariant>(value).variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok || (scheme != 1 && scheme != 2))
        return std::nullopt;
    return scheme == 1;
}

#endif

#ifdef Q_OS_WIN

// 0 when apps should be dark; missing before Windows 10 1809.
std::optional<bool> readRegistry()
{
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    const QVariant value = personalize.value(QStringLiteral("AppsUseLightTheme"));
    bool ok = false;
    const int light = value.toInt(&ok);
    if (!value.isValid() || !ok)
        return std::nullopt;
    return light == 0;
}

// Qt 6.4 reports a dark mode switch as QEvent::ThemeChange only with
// -platform windows:darkmode=2; WM_SETTINGCHANGE always comes.
class SettingChangeFilter final : public QObject, public QAbstractNativeEventFilter
{
public:
    SettingChangeFilter(std::function<void()> onChange, QObject *parent)
        : QObject(parent)
        , m_onChange(std::move(onChange))
    {
        QCoreApplication::instance()->installNativeEventFilter(this);
    }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType == "windows_generic_MSG" &&
            static_cast<const MSG *>(message)->message == WM_SETTINGCHANGE)
            m_onChange();
        return false;
    }

private:
    std::function<void()> m_onChange;
};

#endif

} // namespace

#ifdef HOMEWIRE_APPEARANCE_PORTAL

// Asks the portal for the color scheme and follows its changes; hands every
// value it learns to `report`.
class PortalColorScheme : public QObject
{
    Q_OBJECT

public:
    PortalColorScheme(std::function<void(std::optional<bool>)> report, QObject *parent)
        : QObject(parent)
        , m_bus(QDBusConnection::sessionBus())
        , m_report(std::move(report))
    {
        if (!m_bus.isConnected()) {
            qCDebug(lcAppearance).noquote() << "no session bus:" << m_bus.lastError().message();
            return;
        }
        // A portal that starts (or restarts) after Homewire is asked again.
        auto *watcher =
            new QDBusServiceWatcher(kPortalService, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
        connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, &PortalColorScheme::read);
        // Qt D-Bus connects to slots by name only. The argument match lets the
        // bus send just this key's changes, not every setting of the desktop.
        m_bus.connect(kPortalService, kPortalPath, kSettingsInterface, QStringLiteral("SettingChanged"),
                      {kAppearanceNamespace, kColorSchemeKey}, QString(), this,
                      SLOT(onSettingChanged(QString, QString, QDBusVariant)));
        read();
    }

private slots:
    void onSettingChanged(const QString &settingsNamespace, const QString &key, const QDBusVariant &value)
    {
        if (settingsNamespace != kAppearanceNamespace || key != kColorSchemeKey)
            return;
        ++m_generation; // newer than any answer still on its way
        m_report(fromColorScheme(QVariant::fromValue(value)));
    }

private:
    // Read, not ReadOne: every portal version has it.
    void read()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettingsInterface,
                                                           QStringLiteral("Read"));
        call << kAppearanceNamespace << kColorSchemeKey;
        const quint64 generation = ++m_generation;
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, generation](QDBusPendingCallWatcher *finished) {
                    finished->deleteLater();
                    if (generation != m_generation)
                        return;
                    const QDBusMessage reply = finished->reply();
                    // No portal, or one without the key: no preference, as before.
                    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                        qCDebug(lcAppearance).noquote()
                            << "no color scheme from the desktop portal:" << reply.errorMessage();
                        return;
                    }
                    m_report(fromColorScheme(reply.arguments().constFirst()));
                });
    }

    QDBusConnection m_bus;
    std::function<void(std::optional<bool>)> m_report;
    quint64 m_generation = 0;
};

#endif

SystemAppearance::SystemAppearance(QObject *parent)
    : QObject(parent)
{
#if defined(HOMEWIRE_APPEARANCE_PORTAL)
    new PortalColorScheme([this](std::optional<bool> prefersDark) { setPrefersDark(prefersDark); }, this);
#elif defined(Q_OS_WIN)
    m_prefersDark = readRegistry();
    QCoreApplication::instance()->installEventFilter(this);
    new SettingChangeFilter([this] { readAgainSoon(); }, this);
#endif
}

bool SystemAppearance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ThemeChange || event->type() == QEvent::ApplicationPaletteChange)
        readAgainSoon();
    return QObject::eventFilter(watched, event);
}

void SystemAppearance::readAgainSoon()
{
    // ThemeChange reaches every window, ApplicationPaletteChange every widget.
    if (m_readPending)
        return;
    m_readPending = true;
    QTimer::singleShot(0, this, [this] {
        m_readPending = false;
#ifdef Q_OS_WIN
        setPrefersDark(readRegistry());
#endif
    });
}

void SystemAppearance::setPrefersDark(std::optional<bool> prefersDark)
{
    if (prefersDark == m_prefersDark)
        return;
    m_prefersDark = prefersDark;
    qCDebug(lcAppearance) << "the desktop prefers"
                          << (!prefersDark   ? "nothing"
                              : *prefersDark ? "dark"
                                             : "light");
    emit changed();
}

} // namespace homewire::ui

#ifdef HOMEWIRE_APPEARANCE_PORTAL
#include "systemappearance.moc"
#endif
