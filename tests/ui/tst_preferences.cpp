// Preferences and what they write: the login entry (a real XDG autostart file
// that desktop-file-validate accepts), the language choice and the installed
// translations, the theme, "start minimized" and the notification switches.
#include "ui/autostart.h"
#include "ui/language.h"
#include "ui/preferencesdialog.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire::ui;

class tst_Preferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QString readEntry() const
    {
        QFile file(Autostart::entryPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HomewireTest"));
        QCoreApplication::setApplicationName(QStringLiteral("preferences"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(Autostart::entryPath());
    }

    void execArgumentsAreQuoted_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/homewire") << QStringLiteral("/usr/bin/homewire");
        QTest::newRow("space") << QStringLiteral("/opt/My Apps/homewire")
                               << QStringLiteral("\"/opt/My Apps/homewire\"");
        QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50%%");
        QTest::newRow("dollar and quote") << QStringLiteral("a$b\"c") << QStringLiteral("\"a\\$b\\\"c\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }
    void execArgumentsAreQuoted()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(Autostart::quoteExecArgument(argument), quoted);
    }

    void loginEntryIsWrittenAndRemoved()
    {
        const Autostart autostart(QStringLiteral("/opt/Home wire/bin/homewire"),
                                  {QStringLiteral("--data-dir"), QStringLiteral("/home/u/my profile")});
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(true), QString());
        QVERIFY(autostart.isEnabled());
        QCOMPARE(Autostart::entryPath(),
                 m_config.filePath(QStringLiteral("autostart/org.homewire.Homewire.desktop")));
        const QString entry = readEntry();
        QVERIFY2(entry.contains(QStringLiteral(
                     "\nExec=\"/opt/Home wire/bin/homewire\" --data-dir \"/home/u/my profile\"\n")),
                 qPrintable(entry));

        // The desktop's own validator accepts the entry.
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate (desktop-file-utils) is not installed");
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(validator, {Autostart::entryPath()});
        QVERIFY(validate.waitForFinished(10'000));
        QVERIFY2(validate.exitCode() == 0, validate.readAll().constData());

        QCOMPARE(autostart.setEnabled(false), QString());
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.refresh(), QString()); // off stays off
        QVERIFY(!QFile::exists(Autostart::entryPath()));
    }

    void entryHiddenByTheDesktopCountsAsOff()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        QCOMPARE(autostart.setEnabled(true), QString());
        QFile file(Autostart::entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
    }

    void refreshFollowsTheProgram()
    {
        QCOMPARE(Autostart(QStringLiteral("/old/homewire"), {}).setEnabled(true), QString());
        QCOMPARE(Autostart(QStringLiteral("/new/homewire"), {QStringLiteral("--minimized")}).refresh(),
                 QString());
        QVERIFY(readEntry().contains(QStringLiteral("\nExec=/new/homewire --minimized\n")));
    }

    void unwritableLoginEntryIsExplained()
    {
        // A file where the autostart folder should be: the entry cannot be made.
        QTemporaryDir blocked;
        QFile blocker(blocked.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", blocked.path().toLocal8Bit());
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {}, QStringLiteral("en"));
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("autostartBox"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("autostartError"));
        QVERIFY(box && error);
        box->setChecked(true);
        QVERIFY(!box->isChecked());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("org.homewire.Homewire.desktop")),
                 qPrintable(error->text()));
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void dialogWritesTheLoginEntry()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {}, QStringLiteral("en"));
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("autostartBox"));
        QVERIFY(box && !box->isChecked());
        box->setChecked(true);
        QVERIFY(autostart.isEnabled());
        box->setChecked(false);
        QVERIFY(!QFile::exists(Autostart::entryPath()));
    }

    void everyTranslationIsAvailable()
    {
        QStringList codes;
        for (const LanguageChoice &language : availableLanguages())
            codes += language.code;
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                    QStringLiteral("es"), QStringLiteral("zh_CN")})
            QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
        const auto names = availableLanguages();
        const auto german = std::find_if(names.begin(), names.end(), [](const LanguageChoice &l) {
            return l.code == QLatin1String("de");
        });
        QCOMPARE(german->nativeName, QStringLiteral("Deutsch"));
    }

    void installedTranslationsTranslate_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "fr", "es", "zh_CN"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void installedTranslationsTranslate()
    {
        QFETCH(QString, code);
        const QLocale before;
        {
            QObject owner;
            QCOMPARE(installTranslations(code, &owner), code);
            const QString quit = QCoreApplication::translate("homewire::ui::TrayIcon", "Quit Homewire");
            QVERIFY2(!quit.isEmpty() && quit != QLatin1String("Quit Homewire"), qPrintable(quit));
            QCOMPARE(QLocale().name(), QLocale(code).name());
        }
        // The translators went with their owner.
        QCOMPARE(QCoreApplication::translate("homewire::ui::TrayIcon", "Quit Homewire"),
                 QStringLiteral("Quit Homewire"));
        QLocale::setDefault(before);
    }

    void languageChoiceIsSavedAndExplained()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {}, QStringLiteral("en"));
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(box && note);
        QCOMPARE(box->currentIndex(), 0); // follows the system
        QCOMPARE(box->count(), availableLanguages().size() + 1);
        box->setCurrentIndex(box->findData(QStringLiteral("de")));
        QCOMPARE(savedLanguage(), QStringLiteral("de"));
        QVERIFY(!note->isHidden()); // the running program speaks English
        box->setCurrentIndex(box->findData(QStringLiteral("en")));
        QCOMPARE(savedLanguage(), QStringLiteral("en"));
        QVERIFY(note->isHidden());
        box->setCurrentIndex(0);
        QCOMPARE(savedLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));

        // The choice is shown again when the dialog opens.
        saveLanguage(QStringLiteral("fr"));
        PreferencesDialog again(autostart, {}, QStringLiteral("en"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageBox"))->currentData().toString(),
                 QStringLiteral("fr"));
    }

    void themeChoiceIsSignalled()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {}, QStringLiteral("en"));
        QSignalSpy chosen(&dialog, &PreferencesDialog::themeChosen);
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("themeBox"));
        box->setCurrentIndex(box->findData(int(Theme::Dark)));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).value<Theme>(), Theme::Dark);
    }

    void notificationSwitchesStayInStep()
    {
        QAction offline(QStringLiteral("Notify when a device goes offline"));
        offline.setCheckable(true);
        offline.setChecked(true);
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {&offline}, QStringLiteral("en"));
        QCheckBox *box = nullptr;
        for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
            if (candidate->text() == offline.text())
                box = candidate;
        }
        QVERIFY(box && box->isChecked());
        box->setChecked(false);
        QVERIFY(!offline.isChecked());
        offline.setChecked(true); // from the tray menu
        QVERIFY(box->isChecked());
    }

    void startMinimizedIsSavedAndHonoured()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/homewire"), {});
        PreferencesDialog dialog(autostart, {}, QStringLiteral("en"));
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("minimizedBox"));
        box->setChecked(true);
        QVERIFY(QSettings().value(PreferencesDialog::startMinimizedKey()).toBool());

        // Offscreen there is no tray: the window starts minimized, findable.
        QMainWindow minimized;
        TrayIcon tray(&minimized);
        QVERIFY(!tray.showIfAvailable());
        tray.showWindowAtStart(true);
        QVERIFY(minimized.isMinimized());
        QMainWindow normal;
        TrayIcon normalTray(&normal);
        normalTray.showWindowAtStart(false);
        QVERIFY(normal.isVisible());
        QVERIFY(!normal.isMinimized());
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
