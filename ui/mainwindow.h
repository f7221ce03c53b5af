// MainWindow: the application frame. Hosts the pages (dashboard, explorer,
// broker) in a navigation layout; owns no domain logic itself.
#pragma once

#include <QMainWindow>

class QLabel;

namespace homewire::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();
};

} // namespace homewire::ui
