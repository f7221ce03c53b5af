// The application frame shows the product name and a working menu.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QtTest>

using homewire::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setApplicationDisplayName(QStringLiteral("Homewire")); }

    void showsProductName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Homewire")));
        auto *title = window.findChild<QLabel *>(QStringLiteral("appTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Homewire"));
    }

    void hasFileAndHelpMenus()
    {
        MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Help")}));
    }

    void iconResourceIsCompiledIn() { QVERIFY(QFile::exists(QStringLiteral(":/icons/homewire.svg"))); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
