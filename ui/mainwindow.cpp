#include "mainwindow.h"

#include "ui/tiles/tileicons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace homewire::ui {

namespace {

// Where a navigation entry keeps the SVG its icon is drawn from.
constexpr int IconPathRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/homewire.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    styleNavigation();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    // System follows the desktop's dark or light preference, also when it
    // changes while Homewire runs.
    installSystemAppearance();
    // The saved theme before the first paint, so the window never flashes
    // in the wrong colours.
    if (const Theme theme = savedTheme(); theme != Theme::System)
        applyTheme(theme);
    statusBar()->showMessage(tr("Ready"));
    // Roomy by default, but never larger than the screen it opens on (a
    // restored geometry, main() applies it, wins over this).
    const QSize preferred(1360, 860);
    resize(screen() ? preferred.boundedTo(screen()->availableSize() * 0.95) : preferred);
}

void MainWindow::styleNavigation()
{
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding: 6px; }"
                                               "QListWidget::item { padding: 6px; border-radius: 4px; }"
                                               "QListWidget::item:selected { background: palette(highlight); "
                                               "color: palette(highlighted-text); }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A style sheet reads palette() once; a theme switch has to set it anew.
    if (event->type() == QEvent::PaletteChange) {
        styleNavigation();
        tintNavigationIcons();
    }
}

int MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    new QListWidgetItem(icon, title, m_navigation);
    if (m_navigation->currentRow() < 0)
        showPage(0);
    return m_pages->count() - 1;
}

int MainWindow::addPage(const QString &iconPath, const QString &title, QWidget *page)
{
    const int index = addPage(QIcon(), title, page);
    m_navigation->item(index)->setData(IconPathRole, iconPath);
    tintNavigationIcons();
    return index;
}

void MainWindow::tintNavigationIcons()
{
    const QSize size = m_navigation->iconSize();
    const QPalette palette = QApplication::palette(); // what the theme set
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString path = item->data(IconPathRole).toString();
        if (path.isEmpty())
            continue;
        // Pixmaps for this screen and a 2x one, so moving the window to
        // another screen keeps the icons sharp.
        QIcon icon;
        for (const qreal ratio : {devicePixelRatioF(), 2.0}) {
            icon.addPixmap(tintedIcon(path, palette.color(QPalette::WindowText), size.width(), ratio),
                           QIcon::Normal);
            icon.addPixmap(tintedIcon(path, palette.color(QPalette::HighlightedText), size.width(), ratio),
                           QIcon::Selected);
        }
        item->setIcon(icon);
    }
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    m_quitSeparator = fileMenu->addSeparator();
    m_quitSeparator->setVisible(false);
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createThemeMenu(menuBar()->addMenu(tr("&View")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Homewire"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_quitSeparator, action);
    m_quitSeparator->setVisible(true);
}

void MainWindow::createThemeMenu(QMenu *viewMenu)
{
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themes = new QActionGroup(this);
    m_themes->setExclusive(true);
    const std::pair<Theme, QString> themes[] = {
        {Theme::System, tr("&System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    const Theme current = savedTheme();
    for (const auto &[theme, title] : themes) {
        QAction *action = themeMenu->addAction(title);
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(int(theme));
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
}

void MainWindow::setTheme(Theme theme)
{
    // Every widget gets QEvent::PaletteChange and repaints itself.
    applyTheme(theme);
    saveTheme(theme);
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toInt() == int(theme));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Homewire"),
                       tr("<h3>%1 %2</h3><p>A desktop controller for MQTT home automation with its own "
                          "embedded broker.</p><p>Licensed under the Apache License 2.0.</p>")
                           .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion()));
}

} // namespace homewire::ui
