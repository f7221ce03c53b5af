#include "entitytile.h"

#include "binarysensortile.h"
#include "devices/deviceservice.h"
#include "lighttile.h"
#include "sensortile.h"
#include "switchtile.h"
#include "tileicons.h"
#include "tiletext.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

namespace homewire::ui {

using devices::EntityKind;

namespace {

// One coarse timer for all tiles: "5 minutes ago" needs no finer steps, and
// a hundred tiles should not each wake the application.
QTimer *relativeTimeTicker()
{
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setInterval(30'000);
        timer->start();
    }
    return timer;
}

QFont scaledFont(QFont font, qreal factor, QFont::Weight weight)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QFont nameFont(const QFont &base)
{
    return scaledFont(base, 1.0, QFont::DemiBold);
}

QFont deviceFont(const QFont &base)
{
    return scaledFont(base, 0.85, QFont::Normal);
}

QFont valueFont(const QFont &base)
{
    return scaledFont(base, 1.6, QFont::DemiBold);
}

QFont statusFont(const QFont &base)
{
    return scaledFont(base, 0.85, QFont::Normal);
}

} // namespace

EntityTile *EntityTile::create(const devices::Device &device, const devices::Entity &entity,
                               devices::DeviceService *service, QWidget *parent)
{
    EntityTile *tile = nullptr;
    switch (entity.kind) {
    case EntityKind::Switch:
        tile = new SwitchTile(device, entity, service, parent);
        break;
    case EntityKind::Light:
        tile = new LightTile(device, entity, service, parent);
        break;
    case EntityKind::Sensor:
        tile = new SensorTile(device, entity, service, parent);
        break;
    case EntityKind::BinarySensor:
        tile = new BinarySensorTile(device, entity, service, parent);
        break;
    }
    devices::EntityState initial;
    if (service)
        initial = service->state(tile->ref());
    initial.ref = tile->ref();
    tile->setState(initial);
    return tile;
}

EntityTile::EntityTile(const devices::Device &device, const devices::Entity &entity,
                       devices::DeviceService *service, QWidget *parent)
    : QFrame(parent)
    , m_device(device)
    , m_entity(entity)
    , m_ref{device.id, entity.key}
    , m_service(service)
{
    m_state.ref = m_ref;
    setObjectName(QStringLiteral("tile:%1/%2").arg(device.id, entity.key));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(entity.name);
    connect(relativeTimeTicker(), &QTimer::timeout, this, &EntityTile::refresh);
}

QSize EntityTile::tileSize()
{
    // In lines of the application font: about 200 x 120 at 96 dpi, so four
    // to five fit a 1366 px wide window, and larger text grows the grid.
    const int line = QFontMetrics(QApplication::font()).height();
    return {qRound(line * 12.5), qRound(line * 7.75)};
}

void EntityTile::setState(const devices::EntityState &state)
{
    m_state = state;
    m_state.ref = m_ref;
    updateControls();
    refresh();
}

QString EntityTile::freshnessText() const
{
    if (m_state.lastSeenMs > 0)
        return tr("Updated %1")
            .arg(TileText::relativeTime(m_state.lastSeenMs, QDateTime::currentMSecsSinceEpoch()));
    // A retained report: the broker kept it from some time before; when the
    // device sent it, and whether it is still there, nobody can say.
    if (valueText() != TileText::noValue())
        return tr("Reported before Homewire connected");
    return tr("No report yet");
}

QString EntityTile::statusText() const
{
    if (isOffline()) {
        if (m_state.lastSeenMs > 0)
            return tr("Offline · last seen %1")
                .arg(TileText::relativeTime(m_state.lastSeenMs, QDateTime::currentMSecsSinceEpoch()));
        // Nothing live since Homewire connected (the offline word itself is
        // usually a retained will): no time to tell.
        if (valueText() != TileText::noValue())
            return tr("Offline");
        return tr("Offline · no report yet");
    }
    const QString activity = activityText();
    if (!activity.isEmpty())
        return activity;
    const QString value = valueText();
    if (value == TileText::noValue())
        return freshnessText();
    if (m_state.lastSeenMs <= 0)
        //: A state the broker kept from before: "On · reported before Homewire connected".
        return tr("%1 · reported before Homewire connected").arg(value);
    //: The state and how fresh it is: "On · updated 2 minutes ago".
    return tr("%1 · updated %2")
        .arg(value, TileText::relativeTime(m_state.lastSeenMs, QDateTime::currentMSecsSinceEpoch()));
}

QString EntityTile::statusLine() const
{
    if (isOffline() || !activityText().isEmpty())
        return statusText();
    return freshnessText();
}

QString EntityTile::toolTipText() const
{
    QStringList lines;
    lines << (m_device.name.isEmpty() || m_device.name == m_entity.name
                  ? m_entity.name
                  : tr("%1 — %2").arg(m_entity.name, m_device.name));
    lines << statusText();
    if (m_state.lastSeenMs > 0) {
        const QDateTime seen = QDateTime::fromMSecsSinceEpoch(m_state.lastSeenMs);
        lines << tr("Last report: %1").arg(QLocale().toString(seen, QLocale::LongFormat));
    }
    return lines.join(QLatin1Char('\n'));
}

void EntityTile::refresh()
{
    setAccessibleDescription(statusText());
    setToolTip(toolTipText());
    relayout(); // a status that wraps moves the rows
    update();
}

int EntityTile::statusLineCount(int width) const
{
    // A long status ("No answer from the device — …") may take a second line
    // where no slider or sparkline needs the room.
    if (hasExtraRow())
        return 1;
    return QFontMetrics(statusFont(font())).horizontalAdvance(statusLine()) > width ? 2 : 1;
}

QStringList EntityTile::wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest, elided.
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void EntityTile::requestSwitch(bool on)
{
    if (isOffline())
        return;
    emit switchRequested(m_ref, on);
    if (m_service)
        m_service->setSwitch(m_ref, on);
}

void EntityTile::requestBrightness(int level)
{
    if (isOffline())
        return;
    emit brightnessRequested(m_ref, level);
    if (m_service)
        m_service->setBrightness(m_ref, level);
}

EntityTile::Rows EntityTile::rows() const
{
    const int line = fontMetrics().height();
    const int pad = qRound(line * 0.7);
    const int gap = qRound(line * 0.3);
    const int header = qRound(line * 2.0);
    const int valueHeight = QFontMetrics(valueFont(font())).height();
    const QRect r = rect().adjusted(pad, pad - gap / 2, -pad, -pad + gap / 2);
    const int statusHeight = QFontMetrics(statusFont(font())).height() * statusLineCount(r.width());

    Rows rows;
    rows.header = QRect(r.left(), r.top(), r.width(), header);
    rows.status = QRect(r.left(), r.bottom() - statusHeight + 1, r.width(), statusHeight);
    const int top = rows.header.bottom() + 1 + gap;
    const int bottom = rows.status.top() - gap; // exclusive
    if (hasExtraRow()) {
        rows.value = QRect(r.left(), top, r.width(), valueHeight);
        rows.extra = QRect(r.left(), rows.value.bottom() + 1, r.width(), bottom - rows.value.bottom() - 1);
    } else {
        rows.value = QRect(r.left(), top + (bottom - top - valueHeight) / 2, r.width(), valueHeight);
    }
    return rows;
}

void EntityTile::layoutControls(const QRect &, const QRect &) {}

QColor EntityTile::statusColor() const
{
    const QPalette &p = palette();
    if (isOffline())
        return p.color(QPalette::Disabled, QPalette::WindowText);
    if (!activityText().isEmpty()) {
        if (activityTone() == Tone::Warning)
            return accentColor(Accent::Warning, p);
        if (activityTone() == Tone::Error)
            return accentColor(Accent::Error, p);
    }
    return mixColors(p.color(QPalette::WindowText), cardColor(p), 0.4);
}

void EntityTile::paintCard(QPainter &painter) const
{
    const QPalette &p = palette();
    const bool dark = isDark(p);
    QColor card = cardColor(p);
    QColor border = mixColors(card, p.color(QPalette::WindowText), m_hovered ? 0.24 : 0.12);
    if (isOffline()) {
        card = mixColors(card, p.color(QPalette::Window), 0.6);
    } else if (isActive()) {
        const QColor accent = accentColor(this->accent(), p);
        card = mixColors(card, accent, dark ? 0.12 : 0.1);
        border = mixColors(card, accent, m_hovered ? 0.7 : 0.45);
    }
    const qreal radius = fontMetrics().height() * 0.6;
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(border, 1));
    painter.setBrush(card);
    painter.drawRoundedRect(box, radius, radius);
    if (hasFocus()) {
        painter.setPen(QPen(p.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius - 1, radius - 1);
    }
}

void EntityTile::paintHeader(QPainter &painter, const QRect &header) const
{
    const QPalette &p = palette();
    const QColor card = cardColor(p);
    QColor iconColor = mixColors(p.color(QPalette::WindowText), card, 0.2);
    if (isOffline())
        iconColor = p.color(QPalette::Disabled, QPalette::WindowText);
    else if (isActive())
        iconColor = accentColor(accent(), p);

    // The icon on a soft disc of its own colour.
    const int chip = header.height();
    const QRectF disc(header.left(), header.top(), chip, chip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mixColors(card, iconColor, isActive() ? 0.22 : 0.12));
    painter.drawEllipse(disc);
    const int iconSize = qRound(chip * 0.6);
    const QPixmap icon =
        tintedIcon(deviceIconPath(m_entity, isActive()), iconColor, iconSize, devicePixelRatioF());
    painter.drawPixmap(QPointF(disc.center().x() - iconSize / 2.0, disc.center().y() - iconSize / 2.0), icon);

    // The grip appears on hover: the card can be dragged.
    const int line = fontMetrics().height();
    const int gripWidth = m_hovered ? qRound(line * 0.8) : 0;
    const int textLeft = header.left() + chip + qRound(line * 0.5);
    const int textWidth = header.right() - textLeft - gripWidth;
    const QColor text =
        isOffline() ? p.color(QPalette::Disabled, QPalette::WindowText) : p.color(QPalette::WindowText);
    const QFont name = nameFont(font());
    const QFont sub = deviceFont(font());
    const bool showDevice = !m_device.name.isEmpty() && m_device.name != m_entity.name;
    const int nameHeight = QFontMetrics(name).height();
    const int subHeight = showDevice ? QFontMetrics(sub).height() : 0;
    int y = header.top() + (header.height() - nameHeight - subHeight) / 2;
    painter.setFont(name);
    painter.setPen(text);
    painter.drawText(QRect(textLeft, y, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(name).elidedText(m_entity.name, Qt::ElideRight, textWidth));
    if (showDevice) {
        painter.setFont(sub);
        painter.setPen(mixColors(text, card, 0.4));
        painter.drawText(QRect(textLeft, y + nameHeight, textWidth, subHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(sub).elidedText(m_device.name, Qt::ElideRight, textWidth));
    }
    if (gripWidth > 0)
        paintGrip(painter, header, gripWidth, mixColors(text, card, 0.55));
}

void EntityTile::paintGrip(QPainter &painter, const QRect &header, int width, const QColor &color) const
{
    // Two columns of three dots: the universal "you can drag this".
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal dot = std::max(1.5, fontMetrics().height() * 0.12);
    const qreal x0 = header.right() - width / 2.0 - dot * 1.6;
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 2; ++col)
            painter.drawEllipse(QPointF(x0 + col * dot * 3.2, header.top() + dot * 2 + row * dot * 3.2), dot,
                                dot);
    }
}

void EntityTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintCard(painter);
    const Rows r = rows();
    paintHeader(painter, r.header);

    const QPalette &p = palette();
    const QFont value = valueFont(font());
    painter.setFont(value);
    painter.setPen(isOffline() ? p.color(QPalette::Disabled, QPalette::WindowText)
                               : p.color(QPalette::WindowText));
    const int reserved = valueRowReserve();
    const int valueWidth = r.value.width() - reserved;
    painter.drawText(QRect(r.value.left(), r.value.top(), valueWidth, r.value.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(value).elidedText(valueText(), Qt::ElideRight, valueWidth));

    const QFont status = statusFont(font());
    painter.setFont(status);
    painter.setPen(statusColor());
    const int lineHeight = QFontMetrics(status).height();
    const QStringList lines =
        wrappedLines(statusLine(), status, r.status.width(), r.status.height() / lineHeight);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(
            QRect(r.status.left(), r.status.top() + int(i) * lineHeight, r.status.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
}

void EntityTile::relayout()
{
    const Rows r = rows();
    layoutControls(r.value, r.extra);
}

void EntityTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    relayout();
}

void EntityTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        relayout();
        updateGeometry();
        [[fallthrough]];
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateControls();
        update();
        break;
    default:
        break;
    }
}

void EntityTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QFrame::mousePressEvent(event);
}

void EntityTile::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressed = false;
        emit dragRequested(this);
        return;
    }
    QFrame::mouseMoveEvent(event);
}

void EntityTile::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressed = false;
    QFrame::mouseReleaseEvent(event);
}

void EntityTile::contextMenuEvent(QContextMenuEvent *event)
{
    // From the Menu key the menu opens at the tile, not where the mouse is.
    const QPoint pos =
        event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center()) : event->globalPos();
    emit menuRequested(this, pos);
    event->accept();
}

void EntityTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void EntityTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QFrame::leaveEvent(event);
}

void EntityTile::focusInEvent(QFocusEvent *event)
{
    update();
    QFrame::focusInEvent(event);
}

void EntityTile::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

} // namespace homewire::ui
