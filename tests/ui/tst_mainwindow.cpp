// The application frame: the product name, the menus, pages in the order
// they are added (the first one shown), and the View > Theme menu that
// switches the whole application between the system look, light and dark,
// and remembers the choice.
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using homewire::ui::MainWindow;
using homewire::ui::Theme;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(homewire::ui::Theme)

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + u".png"_s));
}

QAction *themeAction(MainWindow &window, const QString &title)
{
    auto *menu = window.findChild<QMenu *>(u"themeMenu"_s);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == title)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(u"Homewire"_s);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_systemWindow = QApplication::palette().color(QPalette::Window);
    }
    void cleanup()
    {
        homewire::ui::applyTheme(Theme::System);
        QSettings().remove(u"ui/theme"_s);
    }

    void showsProductName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"Homewire"_s));
    }

    void hasFileViewAndHelpMenus()
    {
        MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{u"File"_s, u"View"_s, u"Help"_s}));
    }

    void fileActionsGoAboveQuit()
    {
        MainWindow window;
        QMenu *file = window.menuBar()->actions().constFirst()->menu();
        QVERIFY(file);
        auto *demo = new QAction(QStringLiteral("Demo home"), &window);
        window.addFileAction(demo);
        const QList<QAction *> actions = file->actions();
        QCOMPARE(actions.size(), 3); // the action, a separator, Quit
        QCOMPARE(actions.at(0), demo);
        QVERIFY(actions.at(1)->isSeparator() && actions.at(1)->isVisible());
        QCOMPARE(actions.at(2)->shortcut(), QKeySequence(QKeySequence::Quit));
    }

    void firstAddedPageIsShown()
    {
        MainWindow window;
        // No placeholder page: the dashboard main() adds first is the start.
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 0);
        auto *dashboard = new QLabel(u"dashboard"_s);
        auto *broker = new QLabel(u"broker"_s);
        QCOMPARE(window.addPage(QIcon(), u"Dashboard"_s, dashboard), 0);
        QCOMPARE(window.addPage(QIcon(), u"Broker"_s, broker), 1);
        QCOMPARE(window.currentPage(), 0);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), dashboard);
        window.showPage(1);
        QCOMPARE(window.currentPage(), 1);
    }

    void themeMenuAppliesAndSaves_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<QString>("saved");
        QTest::newRow("dark") << u"Dark"_s << Theme::Dark << u"dark"_s;
        QTest::newRow("light") << u"Light"_s << Theme::Light << u"light"_s;
        QTest::newRow("system") << u"System"_s << Theme::System << u"system"_s;
    }
    void themeMenuAppliesAndSaves()
    {
        QFETCH(QString, title);
        QFETCH(Theme, theme);
        QFETCH(QString, saved);
        MainWindow window;
        window.resize(900, 500);
        auto *form = new QWidget;
        auto *layout = new QFormLayout(form);
        layout->addRow(u"Name"_s, new QLineEdit(u"Living room"_s));
        auto *placeholder = new QLineEdit;
        placeholder->setPlaceholderText(u"Placeholder text"_s);
        layout->addRow(u"Hint"_s, placeholder);
        layout->addRow(new QCheckBox(u"A check box"_s));
        auto *disabled = new QPushButton(u"Disabled button"_s);
        disabled->setEnabled(false);
        layout->addRow(new QPushButton(u"Button"_s), disabled);
        window.addPage(QIcon(u":/icons/devices/lamp.svg"_s), u"Dashboard"_s, form);
        window.addPage(QIcon(u":/icons/devices/sensor.svg"_s), u"Explorer"_s, new QLabel(u"explorer"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = themeAction(window, title);
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
        // Start from the other extreme so every row changes something.
        homewire::ui::applyTheme(theme == Theme::Dark ? Theme::Light : Theme::Dark);
        action->trigger();

        QVERIFY(action->isChecked());
        QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), saved);
        QCOMPARE(homewire::ui::savedTheme(), theme);
        const QColor windowColor = QApplication::palette().color(QPalette::Window);
        // Widgets take the new palette when their (posted) palette change arrives.
        QTRY_COMPARE(window.palette().color(QPalette::Window), windowColor);
        switch (theme) {
        case Theme::Dark:
            QVERIFY2(windowColor.lightnessF() < 0.25, qPrintable(windowColor.name()));
            QVERIFY(homewire::ui::isDark(window.palette()));
            QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
            break;
        case Theme::Light:
            QVERIFY2(windowColor.lightnessF() > 0.85, qPrintable(windowColor.name()));
            QVERIFY(!homewire::ui::isDark(window.palette()));
            break;
        case Theme::System:
            QCOMPARE(windowColor, m_systemWindow);
            break;
        }
        saveScreenshot(window, u"mainwindow-theme-"_s + saved);
    }

    void savedThemeIsAppliedAndChecked()
    {
        homewire::ui::saveTheme(Theme::Dark);
        MainWindow window;
        QVERIFY(homewire::ui::isDark(QApplication::palette()));
        QAction *dark = themeAction(window, u"Dark"_s);
        QVERIFY(dark && dark->isChecked());
        QVERIFY(!themeAction(window, u"System"_s)->isChecked());
    }

    void themePalettesReadWell_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::newRow("light") << Theme::Light;
        QTest::newRow("dark") << Theme::Dark;
    }
    void themePalettesReadWell()
    {
        QFETCH(Theme, theme);
        const QPalette p = homewire::ui::themePalette(theme);
        // Text against its background, and disabled text visibly fainter.
        const auto contrast = [](const QColor &a, const QColor &b) {
            const auto luminance = [](const QColor &c) {
                const auto channel = [](float v) {
                    return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
                };
                return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF()) +
                       0.0722f * channel(c.blueF());
            };
            const float l1 = luminance(a);
            const float l2 = luminance(b);
            return (std::max(l1, l2) + 0.05f) / (std::min(l1, l2) + 0.05f);
        };
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) <
                contrast(p.color(QPalette::Text), p.color(QPalette::Base)));
        QCOMPARE(homewire::ui::isDark(p), theme == Theme::Dark);
    }

    void iconResourceIsCompiledIn()
    {
        QVERIFY(QFile::exists(u":/icons/homewire.svg"_s));
        QVERIFY(QFile::exists(u":/icons/devices/lamp.svg"_s));
        QVERIFY(QFile::exists(u":/icons/pages/explorer.svg"_s));
        QVERIFY(QFile::exists(u":/icons/pages/broker.svg"_s));
    }

    // Navigation icons drawn from SVG take the palette's text colours: dark
    // strokes in the light theme, light ones in the dark theme, and the
    // selection's text colour on the selected entry.
    void navigationIconsFollowTheTheme()
    {
        // The colour of the most opaque pixel: a stroke's.
        const auto strokeColor = [](const QIcon &icon, QIcon::Mode mode) {
            const QImage image =
                icon.pixmap(QSize(22, 22), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
            QColor stroke(Qt::transparent);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > stroke.alpha())
                        stroke = c;
                }
            }
            stroke.setAlpha(255);
            return stroke;
        };
        MainWindow window;
        window.addPage(u":/icons/pages/explorer.svg"_s, u"Explorer"_s, new QLabel);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        const auto stroke = [&](QIcon::Mode mode) {
            return strokeColor(navigation->item(0)->icon(), mode).rgb();
        };
        // The icons are drawn anew when the (posted) palette change arrives.
        window.setTheme(Theme::Light);
        QTRY_COMPARE(stroke(QIcon::Normal), QApplication::palette().color(QPalette::WindowText).rgb());
        QCOMPARE(stroke(QIcon::Selected), QApplication::palette().color(QPalette::HighlightedText).rgb());
        const QColor light = QColor::fromRgb(stroke(QIcon::Normal));
        window.setTheme(Theme::Dark);
        QTRY_COMPARE(stroke(QIcon::Normal), QApplication::palette().color(QPalette::WindowText).rgb());
        const QColor dark = QColor::fromRgb(stroke(QIcon::Normal));
        QVERIFY2(dark.lightness() > light.lightness() + 100, qPrintable(dark.name() + u" "_s + light.name()));
    }

private:
    QTemporaryDir m_settingsDir;
    QColor m_systemWindow;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
