// What tiles look like: every device icon exists and draws, the sparkline
// copes with no, one and many readings, a theme switch repaints cards in the
// new colours, offline cards are greyed and "on" cards lit.
//
// HOMEWIRE_SCREENSHOT_DIR=/some/dir saves a row of every tile kind in the
// light and the dark theme (tiles-light.png, tiles-dark.png) and the icon
// sheet (tile-icons.png).
#include "tilefixtures.h"
#include "ui/theme.h"
#include "ui/tiles/entitytile.h"
#include "ui/tiles/sensortile.h"
#include "ui/tiles/sparkline.h"
#include "ui/tiles/switchtile.h"
#include "ui/tiles/tileicons.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <memory>

using namespace homewire;
using namespace homewire::ui;
using namespace tilefixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(homewire::devices::EntityKind)
Q_DECLARE_METATYPE(homewire::ui::Theme)

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The share of pixels that are not transparent.
double coverage(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0;
    }
    return double(painted) / (image.width() * image.height());
}

double lightness(const QImage &image, const QPoint &at)
{
    return QColor(image.pixel(at)).lightnessF();
}

// One of every kind, in the states a dashboard shows most.
void addGallery(QWidget *parent, QGridLayout *grid)
{
    const auto add = [&](int row, int column, const devices::Entity &e, const devices::EntityState &s,
                         const QString &deviceName) {
        auto *tile = EntityTile::create(device(e, deviceName), e, nullptr, parent);
        tile->setState(s);
        tile->setFixedSize(EntityTile::tileSize());
        grid->addWidget(tile, row, column);
    };
    using K = devices::EntityKind;
    auto lampOn = state(true);
    lampOn.brightness = 60;
    add(0, 0, entity(K::Light, u"lamp"_s, u"Desk lamp"_s), lampOn, u"Office dimmer"_s);
    auto pending = state(false);
    pending.command = devices::CommandState::Pending;
    pending.commandTarget = true;
    add(0, 1, entity(K::Switch, u"plug"_s, u"Coffee machine"_s), pending, u"Kitchen plug"_s);
    auto timedOut = state(false);
    timedOut.command = devices::CommandState::TimedOut;
    timedOut.commandTarget = true;
    add(0, 2, entity(K::Switch, u"fan"_s, u"Ceiling fan"_s), timedOut, u"Bedroom fan"_s);
    add(0, 3, entity(K::Switch, u"heater"_s, u"Radiator"_s), state(true), u"Bathroom heater"_s);
    auto offline = state(true, devices::Availability::Offline);
    offline.lastSeenMs = now() - 5 * 60'000 - 1000;
    add(0, 4, entity(K::Switch, u"plug"_s, u"Garden lights"_s), offline, u"Patio plug"_s);

    auto temperature = reading(u"21.4"_s);
    temperature.history = history(120);
    auto t = entity(K::Sensor, u"temperature"_s, u"Temperature"_s);
    t.unit = u"°C"_s;
    add(1, 0, t, temperature, u"Living room sensor"_s);
    auto power = reading(u"1532"_s);
    power.history = history(60, 60'000, 1500);
    auto p = entity(K::Sensor, u"power"_s, u"Power"_s);
    p.unit = u"W"_s;
    add(1, 1, p, power, u"Washing machine"_s);
    add(1, 2, entity(K::Sensor, u"battery"_s, u"Battery"_s), reading(u"charging"_s), u"Robot vacuum"_s);
    add(1, 3, entity(K::BinarySensor, u"motion"_s, u"Hallway motion"_s), state(true), u"Hallway sensor"_s);
    add(1, 4, entity(K::BinarySensor, u"door"_s, u"Front door"_s), state(false), u"Front door contact"_s);
}

} // namespace

class TestTileRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { applyTheme(Theme::System); }

    void iconsExistAndDraw_data()
    {
        QTest::addColumn<devices::EntityKind>("kind");
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("icon");
        using K = devices::EntityKind;
        QTest::newRow("lamp off") << K::Switch << u"lamp"_s << false << u"lamp"_s;
        QTest::newRow("lamp on is lit") << K::Switch << u"lamp"_s << true << u"lamp-on"_s;
        QTest::newRow("light kind, no class") << K::Light << QString() << true << u"lamp-on"_s;
        QTest::newRow("dimmer") << K::Light << u"dimmer"_s << false << u"dimmer"_s;
        QTest::newRow("plain switch") << K::Switch << QString() << false << u"switch"_s;
        QTest::newRow("plug") << K::Switch << u"plug"_s << true << u"plug"_s;
        QTest::newRow("fan") << K::Switch << u"fan"_s << true << u"fan"_s;
        QTest::newRow("heater") << K::Switch << u"heater"_s << false << u"heater"_s;
        QTest::newRow("temperature") << K::Sensor << u"temperature"_s << false << u"thermometer"_s;
        QTest::newRow("humidity") << K::Sensor << u"humidity"_s << false << u"humidity"_s;
        QTest::newRow("power") << K::Sensor << u"power"_s << false << u"power"_s;
        QTest::newRow("energy") << K::Sensor << u"energy"_s << false << u"energy"_s;
        QTest::newRow("battery") << K::Sensor << u"battery"_s << false << u"battery"_s;
        QTest::newRow("illuminance") << K::Sensor << u"illuminance"_s << false << u"illuminance"_s;
        QTest::newRow("motion") << K::BinarySensor << u"motion"_s << true << u"motion"_s;
        QTest::newRow("contact") << K::BinarySensor << u"contact"_s << false << u"contact"_s;
        QTest::newRow("window uses contact") << K::BinarySensor << u"window"_s << false << u"contact"_s;
        QTest::newRow("unknown class: generic sensor") << K::Sensor << u"radon"_s << false << u"sensor"_s;
        QTest::newRow("binary, no class: generic sensor")
            << K::BinarySensor << QString() << true << u"sensor"_s;
    }
    void iconsExistAndDraw()
    {
        QFETCH(devices::EntityKind, kind);
        QFETCH(QString, deviceClass);
        QFETCH(bool, on);
        QFETCH(QString, icon);
        const QString path = deviceIconPath(entity(kind, deviceClass), on);
        QCOMPARE(path, QStringLiteral(":/icons/devices/%1.svg").arg(icon));
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(path));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 24, 24));
        // Tinted at 2x: every drawn pixel takes the colour, and a line icon
        // covers some, not all, of its square.
        const QPixmap pixmap = tintedIcon(path, QColor(0xd9, 0x8a, 0x00), 24, 2.0);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(24, 24));
        const QImage image = pixmap.toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        const double covered = coverage(image);
        QVERIFY2(covered > 0.04 && covered < 0.6, qPrintable(QString::number(covered)));
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() == 255)
                    QCOMPARE(c.rgb(), QColor(0xd9, 0x8a, 0x00).rgb());
            }
        }
    }

    void sparklineCopesWithAnyHistory_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<int>("shown");
        QTest::newRow("no readings") << 0 << qint64(30'000) << 0;
        QTest::newRow("one reading: a dot") << 1 << qint64(30'000) << 1;
        QTest::newRow("two readings") << 2 << qint64(30'000) << 2;
        QTest::newRow("an hour every 3 s") << 1200 << qint64(3'000) << 1200;
        QTest::newRow("two hours: the older half is cut") << 240 << qint64(30'000) << 121;
    }
    void sparklineCopesWithAnyHistory()
    {
        QFETCH(int, count);
        QFETCH(qint64, stepMs);
        QFETCH(int, shown);
        Sparkline line;
        line.resize(160, 30);
        const auto samples = history(count, stepMs);
        line.setSamples(samples, samples.isEmpty() ? now() : samples.last().ms);
        QCOMPARE(line.pointCount(), shown);
        QCOMPARE(line.range().has_value(), shown > 0);
        QImage image(line.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        line.render(&image, {}, {}, QWidget::RenderFlags()); // no window background
        QCOMPARE(coverage(image) > 0, shown > 0);
    }

    void sparklineRangeIsTheMinAndMax()
    {
        Sparkline line;
        const qint64 end = now();
        line.setSamples({{end - 3000, 20.5}, {end - 2000, 22.25}, {end - 1000, 19.75}}, end);
        QCOMPARE(line.range()->first, 19.75);
        QCOMPARE(line.range()->second, 22.25);
        // A flat line has a range of one value, and still draws.
        line.setSamples({{end - 2000, 5}, {end - 1000, 5}}, end);
        QCOMPARE(line.range()->first, line.range()->second);
    }

    void sensorTooltipNamesTheLastHoursRange()
    {
        auto e = entity(devices::EntityKind::Sensor, u"temperature"_s);
        e.unit = u"°C"_s;
        auto s = reading(u"21.4"_s);
        const qint64 end = now();
        s.history = {{end - 60'000, 20.1}, {end - 30'000, 22.3}};
        std::unique_ptr<EntityTile> tile(EntityTile::create(device(e), e, nullptr));
        tile->setState(s);
        auto *sparkline = static_cast<SensorTile *>(tile.get())->sparkline();
        QCOMPARE(sparkline->toolTip(), QStringLiteral("Last hour: lowest 20.1 °C, highest 22.3 °C"));
    }

    void themeSwitchRepaintsTheCards_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << Theme::Light << false;
        QTest::newRow("dark") << Theme::Dark << true;
    }
    void themeSwitchRepaintsTheCards()
    {
        QFETCH(Theme, theme);
        QFETCH(bool, dark);
        QWidget page;
        auto *grid = new QGridLayout(&page);
        grid->setSpacing(12);
        grid->setContentsMargins(16, 16, 16, 16);
        addGallery(&page, grid);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        applyTheme(theme);
        QCOMPARE(isDark(QApplication::palette()), dark);
        // Widgets take the new palette when their (posted) palette change arrives.
        QTRY_COMPARE(isDark(page.palette()), dark);

        const QList<EntityTile *> tiles = page.findChildren<EntityTile *>();
        QCOMPARE(tiles.size(), 10);
        for (EntityTile *tile : tiles) {
            const QImage image = tile->grab().toImage();
            // Sample the card just inside its left edge, below the header.
            const double l = lightness(image, QPoint(3 * image.devicePixelRatio(), image.height() / 2));
            QVERIFY2(dark ? l < 0.35 : l > 0.75, qPrintable(tile->valueText() + QString::number(l)));
        }
        // Hovering shows the drag grip.
        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QCoreApplication::sendEvent(tiles.at(1), &enter);
        saveScreenshot(page, dark ? u"tiles-dark"_s : u"tiles-light"_s);
    }

    void offlineCardIsGreyAndOnCardIsLit()
    {
        applyTheme(Theme::Light);
        const auto e = entity(devices::EntityKind::Switch, u"lamp"_s);
        std::unique_ptr<EntityTile> on(EntityTile::create(device(e), e, nullptr));
        std::unique_ptr<EntityTile> off(EntityTile::create(device(e), e, nullptr));
        std::unique_ptr<EntityTile> offline(EntityTile::create(device(e), e, nullptr));
        on->setState(state(true));
        off->setState(state(false));
        offline->setState(state(false, devices::Availability::Offline));
        const QPoint inside(4, EntityTile::tileSize().height() / 2);
        for (auto *tile : {on.get(), off.get(), offline.get()})
            tile->resize(EntityTile::tileSize());
        const QColor onColor = on->grab().toImage().pixelColor(inside);
        const QColor offColor = off->grab().toImage().pixelColor(inside);
        const QColor offlineColor = offline->grab().toImage().pixelColor(inside);
        // Lit: warmer than an off card (more red than blue); offline: darker, greyer.
        QVERIFY(onColor.red() - onColor.blue() > offColor.red() - offColor.blue());
        QVERIFY(offlineColor.lightnessF() < offColor.lightnessF());
    }

    void iconSheet()
    {
        if (qEnvironmentVariableIsEmpty("HOMEWIRE_SCREENSHOT_DIR"))
            QSKIP("Set HOMEWIRE_SCREENSHOT_DIR to draw the icon sheet.");
        const QStringList names = {u"lamp"_s,        u"lamp-on"_s, u"dimmer"_s,  u"switch"_s,
                                   u"plug"_s,        u"fan"_s,     u"heater"_s,  u"thermometer"_s,
                                   u"humidity"_s,    u"power"_s,   u"energy"_s,  u"battery"_s,
                                   u"illuminance"_s, u"motion"_s,  u"contact"_s, u"sensor"_s};
        QImage sheet(names.size() * 56, 3 * 56, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.fillRect(0, 112, sheet.width(), 56, QColor(0x2a, 0x2d, 0x33));
        for (int i = 0; i < names.size(); ++i) {
            const QString path = QStringLiteral(":/icons/devices/%1.svg").arg(names.at(i));
            painter.drawPixmap(i * 56 + 4, 4, tintedIcon(path, QColor(0x5f, 0x6b, 0x7a), 48, 1));
            painter.drawPixmap(i * 56 + 16, 56 + 16, tintedIcon(path, QColor(0x1d, 0x23, 0x2b), 24, 1));
            painter.drawPixmap(i * 56 + 16, 112 + 16, tintedIcon(path, QColor(0xff, 0xc2, 0x4d), 24, 1));
        }
        painter.end();
        QVERIFY(sheet.save(qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR") + u"/tile-icons.png"_s));
    }
};

QTEST_MAIN(TestTileRendering)
#include "tst_tilerendering.moc"
