// The dashboard page against an in-memory DeviceRegistry: rooms and tiles in
// order, rebuilding on layout changes, moving tiles by drop and from the
// keyboard menu, reordering, renaming and removing rooms, removing devices,
// Tab order, the empty state, and muted text across a theme switch.
#include "dashboardtesthome.h"
#include "ui/dashboard/adddevicedialog.h"
#include "ui/dashboard/badgebutton.h"
#include "ui/dashboard/connectionindicator.h"
#include "ui/dashboard/dragpayload.h"
#include "ui/dashboard/roomlist.h"
#include "ui/dashboard/roomnamedialog.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

using namespace homewire;
using namespace homewire::testing;

class tst_DashboardPage : public DashboardTestHome
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { makeRegistry(); }
    void cleanup() { dropAll(); }

    void sectionsAndTilesInOrder()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        QCOMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Kitchen"_s, u"Garden"_s}));
        QCOMPARE(tileNamesIn(*page, QStringLiteral("Office")),
                 (QStringList{u"Desk lamp"_s, u"Ceiling"_s, u"Printer"_s}));
        QCOMPARE(tileNamesIn(*page, QStringLiteral("Kitchen")), QStringList{u"Kettle"_s});
        QCOMPARE(tileNamesIn(*page, QStringLiteral("Garden")), QStringList());
        // Shown left to right in that order, on one row at this width.
        const auto office = sectionNamed(*page, QStringLiteral("Office"))->tiles();
        QVERIFY(office.at(0)->x() < office.at(1)->x());
        QVERIFY(office.at(1)->x() < office.at(2)->x());
        QCOMPARE(office.at(0)->y(), office.at(2)->y());
        QVERIFY(!page->emptyState()->isVisible());
        QVERIFY(page->connectionText().contains(QStringLiteral("Not connected")));
        saveScreenshot(page, QStringLiteral("dashboardpage-rooms.png"));
    }

    // A connection line longer than the room the header leaves (a long
    // error, a wordy language) ends in "…" and keeps the whole in its tooltip.
    void longConnectionTextElides()
    {
        ui::ConnectionIndicator indicator;
        client::ConnectionProfile profile;
        profile.name = u"A broker with a rather long name in the attic"_s;
        indicator.setState(profile, true, false, u"the broker refused the user name or password"_s);
        indicator.resize(200, 30);
        indicator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&indicator));
        auto *label = indicator.findChild<QLabel *>(u"connectionText"_s);
        QVERIFY(label);
        QTRY_VERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
        QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->width());
        QVERIFY(indicator.text().endsWith(u"password"_s));
        QCOMPARE(label->toolTip(), indicator.text());
        // Wide enough again: all of it.
        indicator.resize(1200, 30);
        QTRY_COMPARE(label->text(), indicator.text());
    }

    // The header's controls sit beside the title when they fit, and move to
    // a second row when they do not (a narrow window, long translations):
    // none is squeezed below its natural width or cut off at the edge.
    void headerTakesASecondRowWhenNarrow()
    {
        makeHome();
        DashboardPage *page = showPage(QSize(1360, 700));
        QVERIFY(page);
        const QList<QWidget *> controls{static_cast<QWidget *>(page->autoAddBox()),
                                        static_cast<QWidget *>(page->addDeviceButton()),
                                        static_cast<QWidget *>(page->newDevicesButton())};
        auto *title = page->findChild<QWidget *>(u"dashboardHeader"_s)->findChildren<QLabel *>().constFirst();
        const auto centreY = [page](QWidget *w) {
            return w->mapTo(page, w->rect().center()).y();
        };
        for (QWidget *control : controls)
            QVERIFY2(qAbs(centreY(control) - centreY(title)) < 12, qPrintable(control->objectName()));

        page->resize(760, 700);
        QTRY_VERIFY(centreY(page->addDeviceButton()) > centreY(title) + 12);
        for (QWidget *control : controls) {
            QVERIFY2(centreY(control) > centreY(title) + 12, qPrintable(control->objectName()));
            QVERIFY2(control->width() >= control->sizeHint().width(), qPrintable(control->objectName()));
            QVERIFY(control->mapTo(page, QPoint(control->width(), 0)).x() <= page->width());
        }
        QCOMPARE(page->width(), 760);

        page->resize(1360, 700);
        QTRY_VERIFY(qAbs(centreY(page->addDeviceButton()) - centreY(title)) < 12);
    }

    void tilesWrapWhenNarrow()
    {
        makeHome();
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_registry->addDevice(lamp(u"Spare %1"_s.arg(i), "home/spare"), m_office));
        DashboardPage *page = showPage(QSize(100, 700)); // as narrow as it goes
        QVERIFY(page);
        const auto office = sectionNamed(*page, QStringLiteral("Office"))->tiles();
        QCOMPARE(office.size(), 7);
        // The last tile wraps to a later row and starts it at the left.
        QTRY_VERIFY(office.constLast()->y() > office.constFirst()->y());
        const auto rowStart = std::find_if(office.cbegin(), office.cend(), [&](const ui::EntityTile *tile) {
            return tile->y() > office.constFirst()->y();
        });
        QCOMPARE((*rowStart)->x(), office.constFirst()->x());
        // Nothing hangs over the right edge of the visible area.
        for (const ui::EntityTile *tile : office)
            QVERIFY(tile->mapTo(page, QPoint(tile->width(), 0)).x() <=
                    page->scrollArea()->viewport()->width());
        saveScreenshot(page, QStringLiteral("dashboardpage-narrow.png"));
    }

    void mutedTextFollowsTheTheme()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::applyTheme(ui::Theme::Light);
        auto *count = sectionNamed(*page, u"Office"_s)->findChild<QLabel *>(u"roomCount"_s);
        QVERIFY(count);
        const QColor light = count->palette().color(QPalette::WindowText);
        ui::applyTheme(ui::Theme::Dark);
        QTRY_VERIFY(count->palette().color(QPalette::WindowText) != light);
        // Still muted: between the text and the background of the new palette.
        const QPalette dark = count->palette();
        QVERIFY(dark.color(QPalette::WindowText).lightness() < dark.color(QPalette::Text).lightness());
        QVERIFY(dark.color(QPalette::WindowText).lightness() > dark.color(QPalette::Window).lightness());
        page->findChild<QPushButton *>(u"addDevice"_s)->click();
        saveScreenshot(page, u"dashboardpage-dark.png"_s);
        if (auto *dialog = waitForChild<ui::AddDeviceDialog>()) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"topic"_s), u"home/#"_s);
            saveScreenshot(dialog, u"adddevice-dark.png"_s);
            dialog->reject();
        }
        ui::applyTheme(ui::Theme::Light);
    }

    void layoutChangedRebuildsKeepingTiles()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::EntityTile *kettle = page->tile(m_refs.value(QStringLiteral("Kettle")));
        QVERIFY(kettle);
        QVERIFY(m_registry->addRoom(QStringLiteral("Attic")) != 0);
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Kitchen"_s, u"Garden"_s, u"Attic"_s}));
        // The tiles still shown are the same widgets (state and focus kept).
        QCOMPARE(page->tile(m_refs.value(QStringLiteral("Kettle"))), kettle);
        QVERIFY(m_registry->renameRoom(m_kitchen, QStringLiteral("Cuisine")));
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Cuisine"_s, u"Garden"_s, u"Attic"_s}));
        QVERIFY(m_registry->removeDevice(m_refs.value(QStringLiteral("Ceiling")).deviceId));
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Office")),
                     (QStringList{u"Desk lamp"_s, u"Printer"_s}));
        QVERIFY(!page->tile(m_refs.value(QStringLiteral("Ceiling"))));
    }

    void rebuildKeepsScrollPosition()
    {
        makeHome();
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_registry->addRoom(QStringLiteral("Room %1").arg(i)) != 0);
        DashboardPage *page = showPage(QSize(900, 400));
        QVERIFY(page);
        QScrollBar *bar = page->scrollArea()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 200);
        bar->setValue(200);
        QVERIFY(m_registry->addRoom(QStringLiteral("Cellar")) != 0);
        QTRY_COMPARE(page->sections().size(), 12);
        QCOMPARE(bar->value(), 200);
    }

    void dropTile_data()
    {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<QString>("room");
        // Where the pointer is: just left of this tile of the target room;
        // empty: after the room's last tile.
        QTest::addColumn<QString>("before");
        QTest::addColumn<QStringList>("office");
        QTest::addColumn<QStringList>("other"); // the target room when not the office

        QTest::newRow("within a room, first to last")
            << u"Desk lamp"_s << u"Office"_s << u""_s
            << QStringList{u"Ceiling"_s, u"Printer"_s, u"Desk lamp"_s} << QStringList();
        QTest::newRow("within a room, last to first")
            << u"Printer"_s << u"Office"_s << u"Desk lamp"_s
            << QStringList{u"Printer"_s, u"Desk lamp"_s, u"Ceiling"_s} << QStringList();
        QTest::newRow("within a room, first to the middle")
            << u"Desk lamp"_s << u"Office"_s << u"Printer"_s
            << QStringList{u"Ceiling"_s, u"Desk lamp"_s, u"Printer"_s} << QStringList();
        QTest::newRow("within a room, onto itself")
            << u"Ceiling"_s << u"Office"_s << u"Ceiling"_s
            << QStringList{u"Desk lamp"_s, u"Ceiling"_s, u"Printer"_s} << QStringList();
        QTest::newRow("into another room, before its tile")
            << u"Ceiling"_s << u"Kitchen"_s << u"Kettle"_s << QStringList{u"Desk lamp"_s, u"Printer"_s}
            << QStringList{u"Ceiling"_s, u"Kettle"_s};
        QTest::newRow("into another room, after its tile")
            << u"Ceiling"_s << u"Kitchen"_s << u""_s << QStringList{u"Desk lamp"_s, u"Printer"_s}
            << QStringList{u"Kettle"_s, u"Ceiling"_s};
        QTest::newRow("into an empty room")
            << u"Printer"_s << u"Garden"_s << u""_s << QStringList{u"Desk lamp"_s, u"Ceiling"_s}
            << QStringList{u"Printer"_s};
    }

    void dropTile()
    {
        QFETCH(QString, tile);
        QFETCH(QString, room);
        QFETCH(QString, before);
        QFETCH(QStringList, office);
        QFETCH(QStringList, other);
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::RoomSection *target = sectionNamed(*page, room);
        QVERIFY(target);
        QWidget *list = page->roomList();
        QPoint pos;
        if (!before.isEmpty()) {
            const ui::EntityTile *next = page->tile(m_refs.value(before));
            pos = next->mapTo(list, QPoint(4, next->height() / 2));
        } else if (!target->tiles().isEmpty()) {
            const ui::EntityTile *last = target->tiles().constLast();
            pos = last->mapTo(list, QPoint(last->width() - 4, last->height() / 2));
        } else {
            pos = target->mapTo(list, QPoint(20, target->height() - 20));
        }
        std::unique_ptr<QMimeData> mime(ui::dragpayload::tileMimeData(m_refs.value(tile)));
        dragTo(page->roomList(), pos, mime.get(), false);
        // While dragging, the target room shows where the tile would land.
        QVERIFY(target->isDropIndicatorVisible());
        dragTo(page->roomList(), pos, mime.get(), true);
        QVERIFY(!target->isDropIndicatorVisible());
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Office")), office);
        if (room != QLatin1String("Office"))
            QCOMPARE(tileNamesIn(*page, room), other);
    }

    void dropIgnoresForeignData()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(40, 80), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page->roomList(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void keyboardMenu_data()
    {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("office");
        QTest::addColumn<QStringList>("kitchen");

        QTest::newRow("move earlier")
            << u"Ceiling"_s << u"moveEarlier"_s << QStringList{u"Ceiling"_s, u"Desk lamp"_s, u"Printer"_s}
            << QStringList{u"Kettle"_s};
        QTest::newRow("move later") << u"Ceiling"_s << u"moveLater"_s
                                    << QStringList{u"Desk lamp"_s, u"Printer"_s, u"Ceiling"_s}
                                    << QStringList{u"Kettle"_s};
        QTest::newRow("move to another room (at its end)")
            << u"Desk lamp"_s << u"moveToRoom:kitchen"_s << QStringList{u"Ceiling"_s, u"Printer"_s}
            << QStringList{u"Kettle"_s, u"Desk lamp"_s};
    }

    void keyboardMenu()
    {
        QFETCH(QString, tile);
        QFETCH(QString, action);
        QFETCH(QStringList, office);
        QFETCH(QStringList, kitchen);
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::EntityTile *widget = page->tile(m_refs.value(tile));
        widget->setFocus();
        std::unique_ptr<QMenu> menu(page->createTileMenu(widget));
        action.replace(QStringLiteral("kitchen"), QString::number(m_kitchen));
        QAction *item = findAction(menu.get(), action);
        QVERIFY(item);
        QVERIFY(item->isEnabled());
        item->trigger();
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Office")), office);
        QCOMPARE(tileNamesIn(*page, QStringLiteral("Kitchen")), kitchen);
        // The moved tile keeps the keyboard focus.
        QTRY_COMPARE(QApplication::focusWidget(), page->tile(m_refs.value(tile)));
    }

    void keyboardMenuDisablesImpossibleMoves()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        std::unique_ptr<QMenu> first(
            page->createTileMenu(page->tile(m_refs.value(QStringLiteral("Desk lamp")))));
        QVERIFY(!findAction(first.get(), QStringLiteral("moveEarlier"))->isEnabled());
        QVERIFY(findAction(first.get(), QStringLiteral("moveLater"))->isEnabled());
        QVERIFY(!findAction(first.get(), QStringLiteral("moveToRoom:%1").arg(m_office))->isEnabled());
        std::unique_ptr<QMenu> only(page->createTileMenu(page->tile(m_refs.value(QStringLiteral("Kettle")))));
        QVERIFY(!findAction(only.get(), QStringLiteral("moveEarlier"))->isEnabled());
        QVERIFY(!findAction(only.get(), QStringLiteral("moveLater"))->isEnabled());
    }

    void removeDeviceAsksFirst_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed: the device goes") << true;
        QTest::newRow("cancelled: the device stays") << false;
    }

    void removeDeviceAsksFirst()
    {
        QFETCH(bool, confirm);
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        const EntityRef kettle = m_refs.value(QStringLiteral("Kettle"));
        std::unique_ptr<QMenu> menu(page->createTileMenu(page->tile(kettle)));
        findAction(menu.get(), QStringLiteral("removeDevice"))->trigger();
        auto *box = waitForChild<QMessageBox>(QStringLiteral("removeDeviceBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Kettle")));
        if (confirm)
            box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        else
            box->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(m_registry->device(kettle.deviceId) == nullptr, confirm);
        QTRY_COMPARE(page->tile(kettle) == nullptr, confirm);
    }

    void roomReorderFromMenu_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("rooms");
        QTest::newRow("move down") << u"Office"_s << u"moveRoomDown"_s
                                   << QStringList{u"Kitchen"_s, u"Office"_s, u"Garden"_s};
        QTest::newRow("move up") << u"Garden"_s << u"moveRoomUp"_s
                                 << QStringList{u"Office"_s, u"Garden"_s, u"Kitchen"_s};
    }

    void roomReorderFromMenu()
    {
        QFETCH(QString, room);
        QFETCH(QString, action);
        QFETCH(QStringList, rooms);
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        ui::RoomSection *section = sectionNamed(*page, room);
        QAction *item = findAction(section->roomMenu(), action);
        QVERIFY(item && item->isEnabled());
        item->trigger();
        QTRY_COMPARE(roomNames(*page), rooms);
        // The first room cannot go up, the last cannot go down.
        QVERIFY(!findAction(page->sections().constFirst()->roomMenu(), QStringLiteral("moveRoomUp"))
                     ->isEnabled());
        QVERIFY(!findAction(page->sections().constLast()->roomMenu(), QStringLiteral("moveRoomDown"))
                     ->isEnabled());
    }

    void roomReorderByDrop_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("above"); // empty: below the last room
        QTest::addColumn<QStringList>("rooms");
        QTest::newRow("last to the top")
            << u"Garden"_s << u"Office"_s << QStringList{u"Garden"_s, u"Office"_s, u"Kitchen"_s};
        QTest::newRow("first to the bottom")
            << u"Office"_s << u""_s << QStringList{u"Kitchen"_s, u"Garden"_s, u"Office"_s};
        QTest::newRow("first above the last")
            << u"Office"_s << u"Garden"_s << QStringList{u"Kitchen"_s, u"Office"_s, u"Garden"_s};
        QTest::newRow("onto itself") << u"Kitchen"_s << u"Kitchen"_s
                                     << QStringList{u"Office"_s, u"Kitchen"_s, u"Garden"_s};
    }

    void roomReorderByDrop()
    {
        QFETCH(QString, room);
        QFETCH(QString, above);
        QFETCH(QStringList, rooms);
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        const QRect target = above.isEmpty() ? page->sections().constLast()->geometry()
                                             : sectionNamed(*page, above)->geometry();
        const QPoint pos = above.isEmpty() ? QPoint(target.center().x(), target.bottom() + 4)
                                           : QPoint(target.center().x(), target.top() + 4);
        std::unique_ptr<QMimeData> mime(ui::dragpayload::roomMimeData(sectionNamed(*page, room)->roomId()));
        dragTo(page->roomList(), pos, mime.get(), false);
        QVERIFY(page->roomList()->isRoomIndicatorVisible());
        dragTo(page->roomList(), pos, mime.get(), true);
        QVERIFY(!page->roomList()->isRoomIndicatorVisible());
        QTRY_COMPARE(roomNames(*page), rooms);
    }

    void renameRoomValidates()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        findAction(sectionNamed(*page, QStringLiteral("Kitchen"))->roomMenu(), QStringLiteral("renameRoom"))
            ->trigger();
        auto *dialog = waitForChild<ui::RoomNameDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("Kitchen"));
        dialog->nameField()->setText(QStringLiteral("office"));
        QVERIFY(!dialog->isAcceptable());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("already")));
        dialog->nameField()->setText(QStringLiteral("Scullery"));
        QVERIFY(dialog->isAcceptable());
        dialog->accept();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Scullery"_s, u"Garden"_s}));
    }

    void addRoomAndRemoveRoom()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        page->addRoomButton()->click();
        auto *dialog = waitForChild<ui::RoomNameDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isAcceptable());
        dialog->nameField()->setText(QStringLiteral("  Attic "));
        QVERIFY(dialog->isAcceptable());
        dialog->accept();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Kitchen"_s, u"Garden"_s, u"Attic"_s}));

        // Removing a room with tiles says where they go, then moves them.
        findAction(sectionNamed(*page, QStringLiteral("Kitchen"))->roomMenu(), QStringLiteral("removeRoom"))
            ->trigger();
        auto *box = waitForChild<QMessageBox>(QStringLiteral("removeRoomBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("Office")));
        box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        QTRY_COMPARE(roomNames(*page), (QStringList{u"Office"_s, u"Garden"_s, u"Attic"_s}));
        QCOMPARE(tileNamesIn(*page, QStringLiteral("Office")),
                 (QStringList{u"Desk lamp"_s, u"Ceiling"_s, u"Printer"_s, u"Kettle"_s}));
    }

    void tabFollowsTileOrder()
    {
        makeHome();
        DashboardPage *page = showPage();
        QVERIFY(page);
        const EntityRef first = m_refs.value(QStringLiteral("Desk lamp"));
        QVERIFY(m_registry->moveTile(first, m_office, 2)); // Ceiling, Printer, Desk lamp
        QTRY_COMPARE(tileNamesIn(*page, QStringLiteral("Office")),
                     (QStringList{u"Ceiling"_s, u"Printer"_s, u"Desk lamp"_s}));
        page->tile(m_refs.value(QStringLiteral("Ceiling")))->setFocus(Qt::TabFocusReason);
        QStringList visited;
        for (int i = 0; i < 3; ++i) {
            auto *tile = qobject_cast<ui::EntityTile *>(QApplication::focusWidget());
            visited << (tile ? tile->entity().name : QStringLiteral("<not a tile>"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(visited, (QStringList{u"Ceiling"_s, u"Printer"_s, u"Desk lamp"_s}));
        // Then the next room's menu button, then its tile.
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(sectionNamed(*page, QStringLiteral("Kitchen"))->menuButton()));
    }

    void emptyState()
    {
        DashboardPage *page = showPage();
        QVERIFY(page);
        QVERIFY(page->emptyState()->isVisible());
        QVERIFY(page->sections().isEmpty());
        saveScreenshot(page, QStringLiteral("dashboardpage-empty.png"));
        // Rooms without tiles still explain where devices come from.
        QVERIFY(m_registry->addRoom(QStringLiteral("Office")) != 0);
        QTRY_COMPARE(page->sections().size(), 1);
        QVERIFY(page->emptyState()->isVisible());
        // The state's own button opens the dialog.
        page->emptyState()->findChild<QPushButton *>(QStringLiteral("emptyAddDevice"))->click();
        auto *dialog = waitForChild<ui::AddDeviceDialog>();
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(
            m_registry->addDevice(lamp(QStringLiteral("Lamp"), "home/lamp"), m_registry->rooms().at(0).id));
        QTRY_VERIFY(!page->emptyState()->isVisible());
    }
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
