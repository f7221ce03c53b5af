// MainWindow: the application frame. A navigation list on the left chooses
// the page (dashboard, explorer, broker: added by main.cpp, the first one
// first) shown in a stack, and the menus hold what belongs to the whole
// application (quit, theme, about). The window owns no domain logic itself.
#pragma once

#include "ui/theme.h"

#include <QMainWindow>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace homewire::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a page to the navigation; returns its index.
    int addPage(const QIcon &icon, const QString &title, QWidget *page);
    // The same with a line-drawing SVG (resources/icons) as the icon, drawn in
    // the palette's text colours so it reads in every theme and when selected.
    int addPage(const QString &iconPath, const QString &title, QWidget *page);
    void showPage(int index);
    int currentPage() const;

    // Puts an application-wide action in the File menu, above Quit.
    void addFileAction(QAction *action);

    // Applies `theme`, saves it and checks its menu entry.
    void setTheme(Theme theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleNavigation();
    void tintNavigationIcons();
    void createActions();
    void createThemeMenu(QMenu *viewMenu);
    void showAbout();

    QListWidget *m_navigation;
    QActionGroup *m_themes = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitSeparator = nullptr;
    QStackedWidget *m_pages;
};

} // namespace homewire::ui
