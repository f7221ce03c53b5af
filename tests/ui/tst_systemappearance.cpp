// SystemAppearance and Theme::System against a desktop portal: a private
// D-Bus session bus (dbus-daemon) with a stand-in for the XDG desktop
// portal's Settings interface on a connection of its own, so every question,
// answer and change notice makes the real round trip through the bus.
//
// The offscreen platform gives a light palette, as GNOME's and Windows'
// platform themes do under Qt 6.4 whatever the desktop prefers.
#include "ui/systemappearance.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusVariant>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using homewire::ui::SystemAppearance;
using homewire::ui::Theme;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(homewire::ui::Theme)

namespace {

constexpr int BusTimeoutMs = 10000;
const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kAppearance = u"org.freedesktop.appearance"_s;
const QString kColorScheme = u"color-scheme"_s;
const QString kPortalConnection = u"fake-portal"_s;

// org.freedesktop.appearance color-scheme values.
constexpr uint NoPreference = 0;
constexpr uint PreferDark = 1;
constexpr uint PreferLight = 2;

QString describe(std::optional<bool> prefersDark)
{
    return !prefersDark ? u"no preference"_s : *prefersDark ? u"dark"_s : u"light"_s;
}

} // namespace

// The part of org.freedesktop.portal.Settings that Homewire uses, answering
// as xdg-desktop-portal does.
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = NoPreference;
    int reads = 0;

    void change(uint scheme)
    {
        colorScheme = scheme;
        emit SettingChanged(kAppearance, kColorScheme, QDBusVariant(QVariant::fromValue(scheme)));
    }

public slots:
    // The value in a variant in a variant: Read's answer in every portal version.
    QDBusVariant Read(const QString &settingsNamespace, const QString &key)
    {
        ++reads;
        if (settingsNamespace != kAppearance || key != kColorScheme) {
            sendErrorReply(u"org.freedesktop.portal.Error.NotFound"_s, u"Requested setting not found"_s);
            return {};
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(colorScheme))));
    }

signals:
    void SettingChanged(const QString &settingsNamespace, const QString &key, const QDBusVariant &value);
};

class TestSystemAppearance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    FakePortal m_portal;
    QString m_platformStyle;
    QColor m_platformWindow;

    void publishPortal(uint colorScheme)
    {
        m_portal.colorScheme = colorScheme;
        QDBusConnection bus(kPortalConnection);
        QVERIFY(bus.registerObject(kPortalPath, &m_portal,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(kPortalService));
    }

    // The look the application has: "platform" (style and palette), "dark"
    // or "light" (Fusion with that palette), else the style and window colour.
    QString look() const
    {
        const QString style = QApplication::style()->name().toLower();
        const QColor window = QApplication::palette().color(QPalette::Window);
        if (style == m_platformStyle && window == m_platformWindow)
            return u"platform"_s;
        if (style == u"fusion"_s && window == homewire::ui::themePalette(Theme::Dark).color(QPalette::Window))
            return u"dark"_s;
        if (style == u"fusion"_s &&
            window == homewire::ui::themePalette(Theme::Light).color(QPalette::Window))
            return u"light"_s;
        return style + QLatin1Char(' ') + window.name();
    }

private slots:
    void initTestCase()
    {
        // A platform style other than Fusion, so that the style shows which
        // look System chose, not only the palette.
        QApplication::setStyle(QStyleFactory::create(u"Windows"_s));
        m_platformStyle = QApplication::style()->name().toLower();
        QCOMPARE(m_platformStyle, u"windows"_s);
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY2(!homewire::ui::isDark(QApplication::palette()), qPrintable(m_platformWindow.name()));

        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        QVERIFY(m_dir.isValid());
        const QString address = u"unix:path=%1/bus"_s.arg(m_dir.path());
#ifdef Q_OS_LINUX
        // The bus goes with the test, even when the test dies on an assertion.
        m_bus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_bus.start(daemon, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--address="_s + address,
                             u"--print-address=1"_s});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), BusTimeoutMs); // listening

        // Before anything touches the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toLocal8Bit());
        const QDBusConnection session = QDBusConnection::sessionBus();
        QVERIFY2(session.isConnected(), qPrintable(session.lastError().message()));
        const QDBusConnection portal = QDBusConnection::connectToBus(address, kPortalConnection);
        QVERIFY2(portal.isConnected(), qPrintable(portal.lastError().message()));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(kPortalConnection);
        if (m_bus.state() == QProcess::NotRunning)
            return;
        m_bus.terminate();
        QVERIFY(m_bus.waitForFinished(BusTimeoutMs));
    }

    void cleanup()
    {
        homewire::ui::setSystemAppearance(nullptr);
        homewire::ui::applyTheme(Theme::System);
        QDBusConnection bus(kPortalConnection);
        bus.unregisterService(kPortalService);
        bus.unregisterObject(kPortalPath);
        m_portal.colorScheme = NoPreference;
        m_portal.reads = 0;
    }

    void noPortalMeansNoPreference()
    {
        homewire::ui::applyTheme(Theme::System);
        SystemAppearance appearance;
        homewire::ui::setSystemAppearance(&appearance);
        QSignalSpy changed(&appearance, &SystemAppearance::changed);

        // Asked on the same connection after the appearance's Read, so the
        // bus's "no such service" to that Read is back once this is.
        const QDBusReply<bool> registered =
            QDBusConnection::sessionBus().interface()->isServiceRegistered(kPortalService);
        QVERIFY(registered.isValid());
        QVERIFY(!registered.value());
        QCoreApplication::processEvents();
        QCOMPARE(describe(appearance.prefersDark()), u"no preference"_s);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(look(), u"platform"_s);

        // A portal that starts later is asked then.
        publishPortal(PreferDark);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, BusTimeoutMs);
        QCOMPARE(describe(appearance.prefersDark()), u"dark"_s);
        QCOMPARE(m_portal.reads, 1);
        QCOMPARE(look(), u"dark"_s);
    }

    void systemThemeFollowsThePortalLive()
    {
        publishPortal(PreferDark);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        homewire::ui::applyTheme(Theme::System);
        SystemAppearance appearance;
        QSignalSpy changed(&appearance, &SystemAppearance::changed);
        homewire::ui::setSystemAppearance(&appearance);

        QTRY_COMPARE_WITH_TIMEOUT(describe(appearance.prefersDark()), u"dark"_s, BusTimeoutMs);
        QCOMPARE(look(), u"dark"_s);
        QTRY_VERIFY(homewire::ui::isDark(window.palette()));

        // Another setting of the same namespace says nothing about the color
        // scheme; the portal's signals arrive in order, so it has been seen
        // when the light preference has.
        emit m_portal.SettingChanged(kAppearance, u"contrast"_s,
                                     QDBusVariant(QVariant::fromValue(NoPreference)));
        m_portal.change(PreferLight);
        QTRY_COMPARE_WITH_TIMEOUT(describe(appearance.prefersDark()), u"light"_s, BusTimeoutMs);
        QCOMPARE(changed.count(), 2); // none, dark, light
        QCOMPARE(look(), u"platform"_s);
        QTRY_COMPARE(window.palette().color(QPalette::Window), m_platformWindow);

        m_portal.change(PreferDark);
        QTRY_COMPARE_WITH_TIMEOUT(describe(appearance.prefersDark()), u"dark"_s, BusTimeoutMs);
        QCOMPARE(look(), u"dark"_s);
        QTRY_VERIFY(homewire::ui::isDark(window.palette()));

        // "No preference" is the platform's look again.
        m_portal.change(NoPreference);
        QTRY_COMPARE_WITH_TIMEOUT(describe(appearance.prefersDark()), u"no preference"_s, BusTimeoutMs);
        QCOMPARE(look(), u"platform"_s);

        // Changes come with their value: one Read, at the start.
        QCOMPARE(m_portal.reads, 1);
    }

    void explicitThemesIgnoreTheSystem_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<uint>("first");
        QTest::addColumn<uint>("then");
        QTest::newRow("light while the desktop turns dark") << Theme::Light << PreferLight << PreferDark;
        QTest::newRow("dark while the desktop turns light") << Theme::Dark << PreferDark << PreferLight;
    }
    void explicitThemesIgnoreTheSystem()
    {
        QFETCH(Theme, theme);
        QFETCH(uint, first);
        QFETCH(uint, then);
        publishPortal(first);
        SystemAppearance appearance;
        QSignalSpy changed(&appearance, &SystemAppearance::changed);
        homewire::ui::setSystemAppearance(&appearance);
        homewire::ui::applyTheme(theme);
        const QString themeLook = theme == Theme::Dark ? u"dark"_s : u"light"_s;

        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, BusTimeoutMs);
        QCOMPARE(look(), themeLook);

        m_portal.change(then);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, BusTimeoutMs);
        QCOMPARE(look(), themeLook);

        // Back on System, the desktop's preference counts again.
        homewire::ui::applyTheme(Theme::System);
        QCOMPARE(look(), then == PreferDark ? u"dark"_s : u"platform"_s);
    }
};

QTEST_MAIN(TestSystemAppearance)
#include "tst_systemappearance.moc"
