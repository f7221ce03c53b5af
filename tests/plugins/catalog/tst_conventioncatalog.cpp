// Tests of ConventionCatalog: which plugin libraries it loads, which it skips
// and why, which copy of an id wins, where it looks (HOMEWIRE_PLUGIN_PATH,
// the build tree), and that every real plugin of the build loads cleanly.
// The plugins under test are built by this folder's CMakeLists.txt.
#include "devices/conventioncatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>
#include <QtTest>

using namespace homewire::devices;

namespace {

QString pluginDir()
{
    return QStringLiteral(CATALOG_PLUGIN_DIR);
}

QString secondDir()
{
    return QStringLiteral(CATALOG_SECOND_DIR);
}

// The errors() entry about `fileName`, or an empty string.
QString errorAbout(const ConventionCatalog &catalog, const QString &fileName)
{
    for (const QString &error : catalog.errors()) {
        if (error.startsWith(fileName + QStringLiteral(": ")))
            return error;
    }
    return {};
}

// Sets or clears HOMEWIRE_PLUGIN_PATH for one test and restores it after.
class PluginPathOverride
{
public:
    explicit PluginPathOverride(const QByteArray &value)
        : m_had(qEnvironmentVariableIsSet("HOMEWIRE_PLUGIN_PATH"))
        , m_old(qgetenv("HOMEWIRE_PLUGIN_PATH"))
    {
        if (value.isNull())
            qunsetenv("HOMEWIRE_PLUGIN_PATH");
        else
            qputenv("HOMEWIRE_PLUGIN_PATH", value);
    }
    ~PluginPathOverride()
    {
        if (m_had)
            qputenv("HOMEWIRE_PLUGIN_PATH", m_old);
        else
            qunsetenv("HOMEWIRE_PLUGIN_PATH");
    }
    PluginPathOverride(const PluginPathOverride &) = delete;
    PluginPathOverride &operator=(const PluginPathOverride &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestConventionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Every skip is logged as a warning; errors() is what is checked.
        QLoggingCategory::setFilterRules(QStringLiteral("homewire.devices.plugins=false"));
    }

    void loadsTheGoodPluginOfADirectory()
    {
        ConventionCatalog catalog;
        QCOMPARE(catalog.load({pluginDir()}), 1);
        QCOMPARE(catalog.conventions().size(), 1);
        const ConventionInfo &info = catalog.conventions().first();
        QCOMPARE(info.id, QStringLiteral("fake"));
        QCOMPARE(info.name, QStringLiteral("Fake"));
        QCOMPARE(info.version, QStringLiteral("1.0.0"));
        QVERIFY(!info.description.isEmpty());
        QCOMPARE(QFileInfo(info.path).canonicalFilePath(),
                 QFileInfo(QStringLiteral(FAKE_PLUGIN_FILE)).canonicalFilePath());
        QVERIFY(info.plugin);
        QCOMPARE(info.plugin->id(), QStringLiteral("fake"));
        QCOMPARE(catalog.find(QStringLiteral("fake")), &info);
        QCOMPARE(catalog.find(QStringLiteral("tasmota")), nullptr);
    }

    void skipsBrokenPluginsWithAReason_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("reason");

        QTest::newRow("compatVersion 99")
            << QStringLiteral(COMPAT99_PLUGIN_FILE) << QStringLiteral("interface 99");
        QTest::newRow("no id in the metadata") << QStringLiteral(NOID_PLUGIN_FILE) << QStringLiteral("no id");
        QTest::newRow("id() differs from the metadata")
            << QStringLiteral(MISMATCH_PLUGIN_FILE) << QStringLiteral("\"fake-other\"");
        QTest::newRow("another kind of Qt plugin")
            << QStringLiteral(OTHERIID_PLUGIN_FILE) << QStringLiteral("org.example.SomethingElse/1");
        QTest::newRow("convention IID without the interface")
            << QStringLiteral(NOINTERFACE_PLUGIN_FILE) << QStringLiteral("does not implement");
        QTest::newRow("text file named like a library")
            << QStringLiteral(NOT_A_PLUGIN_FILE) << QStringLiteral("not a Qt plugin");
    }

    void skipsBrokenPluginsWithAReason()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, reason);

        QVERIFY2(QLibrary::isLibrary(fileName), "the file must look like a library to be tried at all");
        ConventionCatalog catalog;
        catalog.load({pluginDir()});
        const QString error = errorAbout(catalog, fileName);
        QVERIFY2(!error.isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QVERIFY2(error.contains(reason), qPrintable(error));
        for (const ConventionInfo &info : catalog.conventions())
            QVERIFY(QFileInfo(info.path).fileName() != fileName);
    }

    void skipsEachBrokenPluginOnce()
    {
        ConventionCatalog catalog;
        catalog.load({pluginDir()});
        QCOMPARE(catalog.errors().size(), 6);
    }

    void fakeConventionRecognizesItsDevices()
    {
        ConventionCatalog catalog;
        QVERIFY(catalog.loadFile(QStringLiteral(FAKE_PLUGIN_FILE)));
        const auto recognizer = catalog.find(QStringLiteral("fake"))->plugin->createRecognizer();
        QCOMPARE(recognizer->topicFilters(), QStringList{QStringLiteral("fake/+/state")});

        const Recognition found = recognizer->inspect({"fake/lamp/state", "on", true});
        QCOMPARE(found.devices.size(), 1);
        const Device &lamp = found.devices.first();
        QCOMPARE(lamp.id, QStringLiteral("fake/lamp"));
        QCOMPARE(lamp.convention, QStringLiteral("fake"));
        QCOMPARE(lamp.entities.size(), 1);
        QCOMPARE(lamp.entities.first().kind, EntityKind::Switch);
        QCOMPARE(lamp.entities.first().commandTopic, QByteArray("fake/lamp/set"));
        QCOMPARE(lamp.entities.first().stateTopic, QByteArray("fake/lamp/state"));

        QVERIFY(recognizer->inspect({"fake/lamp/state", "off", false}).devices.isEmpty());
        const Recognition broken = recognizer->inspect({"fake/lamp/state", "dim", false});
        QVERIFY(!broken.error.isEmpty());
        QVERIFY(broken.devices.isEmpty());
    }

    void firstFoundWins_data()
    {
        QTest::addColumn<QStringList>("directories");
        QTest::addColumn<QString>("expectedFile");

        QTest::newRow("test plugins first")
            << QStringList{pluginDir(), secondDir()} << QStringLiteral(FAKE_PLUGIN_FILE);
        QTest::newRow("second directory first")
            << QStringList{secondDir(), pluginDir()} << QStringLiteral(FAKE_COPY_PLUGIN_FILE);
    }

    void firstFoundWins()
    {
        QFETCH(QStringList, directories);
        QFETCH(QString, expectedFile);

        ConventionCatalog catalog;
        QCOMPARE(catalog.load(directories), 1);
        QCOMPARE(catalog.conventions().size(), 1);
        QCOMPARE(QFileInfo(catalog.conventions().first().path).canonicalFilePath(),
                 QFileInfo(expectedFile).canonicalFilePath());
        // A second copy of an id is no error: the user may override a plugin.
        QCOMPARE(catalog.errors().size(), 6);
    }

    void loadingADirectoryTwiceAddsNothing()
    {
        ConventionCatalog catalog;
        QCOMPARE(catalog.load({pluginDir()}), 1);
        QCOMPARE(catalog.load({pluginDir()}), 0);
        QCOMPARE(catalog.conventions().size(), 1);
    }

    void missingDirectoryIsSkippedQuietly()
    {
        ConventionCatalog catalog;
        QCOMPARE(catalog.load({QStringLiteral("/nonexistent/homewire/plugins")}), 0);
        QVERIFY(catalog.conventions().isEmpty());
        QVERIFY(catalog.errors().isEmpty());
    }

    void loadFileOfAMissingFile()
    {
        ConventionCatalog catalog;
        const QString missing = QDir(pluginDir()).filePath(QStringLiteral("libhomewire_missing.so"));
        QVERIFY(!catalog.loadFile(missing));
        QVERIFY(catalog.conventions().isEmpty());
        QCOMPARE(catalog.errors().size(), 1);
        QVERIFY(!errorAbout(catalog, QStringLiteral("libhomewire_missing.so")).isEmpty());
    }

    void honoursHomewirePluginPath()
    {
        const QString first = QStringLiteral("/opt/homewire-a/plugins");
        const QString second = QStringLiteral("/opt/homewire-b/plugins");
        {
            const PluginPathOverride path((first + QDir::listSeparator() + second).toLocal8Bit());
            const QStringList directories = ConventionCatalog::defaultDirectories();
            QVERIFY(directories.size() >= 3);
            QCOMPARE(directories.mid(0, 2), (QStringList{first, second}));
            QVERIFY(directories.contains(QStringLiteral(BUILD_PLUGIN_DIR)));
        }
        {
            const PluginPathOverride path(pluginDir().toLocal8Bit());
            ConventionCatalog catalog;
            catalog.load(ConventionCatalog::defaultDirectories());
            QVERIFY2(catalog.find(QStringLiteral("fake")), "plugins on HOMEWIRE_PLUGIN_PATH are loaded");
        }
        const PluginPathOverride unset{QByteArray()};
        QVERIFY(!ConventionCatalog::defaultDirectories().contains(first));
    }

    void buildTreePluginsAllLoad()
    {
        const PluginPathOverride unset{QByteArray()};
        const QStringList directories = ConventionCatalog::defaultDirectories();
        QVERIFY(directories.contains(QStringLiteral(BUILD_PLUGIN_DIR)));
        ConventionCatalog catalog;
        catalog.load(directories);
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        for (const char *id : {"tasmota", "shelly", "homie"})
            QVERIFY2(catalog.find(QLatin1String(id)), id);

        // Every library in the build's plugin directory is a convention that
        // loaded: none skipped, none shadowed by another with the same id.
        QStringList loaded;
        for (const ConventionInfo &info : catalog.conventions())
            loaded += QFileInfo(info.path).canonicalFilePath();
        const QDir buildDir(QStringLiteral(BUILD_PLUGIN_DIR));
        for (const QFileInfo &file : buildDir.entryInfoList(QDir::Files)) {
            if (QLibrary::isLibrary(file.fileName()))
                QVERIFY2(loaded.contains(file.canonicalFilePath()), qPrintable(file.fileName()));
        }
        for (const ConventionInfo &info : catalog.conventions()) {
            QVERIFY2(!info.version.isEmpty(), qPrintable(info.id));
            QVERIFY2(!info.name.isEmpty(), qPrintable(info.id));
            QCOMPARE(info.plugin->id(), info.id);
            QVERIFY(info.plugin->createRecognizer());
        }
    }
};

QTEST_GUILESS_MAIN(TestConventionCatalog)
#include "tst_conventioncatalog.moc"
