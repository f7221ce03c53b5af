// MainWindow: the application frame. A navigation list on the left chooses
// the page (overview, broker, and later dashboard and explorer) shown in a
// stack; the window owns no domain logic itself.
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace homewire::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a page to the navigation; returns its index.
    int addPage(const QIcon &icon, const QString &title, QWidget *page);
    void showPage(int index);
    int currentPage() const;

private:
    QWidget *createOverview();
    void createActions();
    void showAbout();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace homewire::ui
