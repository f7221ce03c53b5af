// EntityTile: one entity on the dashboard. A card with the entity's icon,
// name and room-independent state: a toggle for a switch or lamp (plus a
// brightness slider for a dimmable light), the reading, unit and a sparkline
// of the last hour for a sensor, on/off for a binary sensor. It shows what
// the device confirmed: "Turning on…" while a command is pending, a warning
// when the device did not confirm in time, "assumed" when the entity has no
// state topic, and greys out with "Offline · last seen …" when unavailable.
//
// Tiles take keyboard focus (Tab); Space or Enter toggles, Left/Right change
// the brightness. Commands go through the DeviceService; state comes back
// through setState() (the page routes DeviceService::statesChanged here).
// Every command is also announced by switchRequested / brightnessRequested
// before it is sent, and a tile without a service only announces it.
//
// The card paints its texts itself (one widget per tile, not five labels):
// a dashboard holds many tiles and repaints them all on a theme switch.
//
// Not here: layout and drag and drop (ui/dashboard).
#pragma once

#include "devices/entitystate.h"
#include "ui/theme.h"

#include <QFrame>
#include <homewire/device.h>

namespace homewire::devices {
class DeviceService;
}

namespace homewire::ui {

class EntityTile : public QFrame
{
    Q_OBJECT

public:
    // Makes the tile for `entity` of `device` (the kind decides the class).
    // With a service, the tile starts from its latest state.
    static EntityTile *create(const devices::Device &device, const devices::Entity &entity,
                              devices::DeviceService *service, QWidget *parent = nullptr);

    const devices::EntityRef &ref() const { return m_ref; }
    const devices::Entity &entity() const { return m_entity; }
    const devices::EntityState &state() const { return m_state; }

    // Applies the latest state (availability, value, command progress).
    virtual void setState(const devices::EntityState &state);
    // The one-line status under the value ("On · confirmed", "Turning on…",
    // "No answer from the device", "Offline · last seen 5 min ago"); also the
    // tile's accessible description. When nothing is going on it says the
    // state and how fresh it is ("On · updated 2 minutes ago", or "On ·
    // reported before Homewire connected" for a state the broker kept); the
    // card then shows only the freshness, as the state is written above.
    QString statusText() const;
    // The big line: "On", "60 %", "21.4 °C", "Detected", "—".
    virtual QString valueText() const = 0;
    // Offline (Unknown counts as available): greyed, commands off.
    bool isOffline() const { return m_state.availability == devices::Availability::Offline; }

    // The preferred size of every tile (tiles share one grid).
    static QSize tileSize();
    QSize sizeHint() const override { return tileSize(); }

signals:
    // The user pressed on the tile's drag area; the page starts the drag.
    void dragRequested(homewire::ui::EntityTile *tile);
    // Context-menu requests the page handles (move, remove, rename).
    void menuRequested(homewire::ui::EntityTile *tile, const QPoint &globalPos);
    // A command the user gave, emitted just before it goes to the service.
    void switchRequested(const homewire::devices::EntityRef &ref, bool on);
    void brightnessRequested(const homewire::devices::EntityRef &ref, int level);

protected:
    EntityTile(const devices::Device &device, const devices::Entity &entity, devices::DeviceService *service,
               QWidget *parent);
    devices::DeviceService *service() const { return m_service; }
    const devices::Device &device() const { return m_device; }

    enum class Tone
    {
        Muted,
        Warning,
        Error,
    };
    // What a command is doing ("Turning on…"), empty when nothing: then the
    // status is the state and its freshness.
    virtual QString activityText() const { return {}; }
    virtual Tone activityTone() const { return Tone::Muted; }
    // Whether the entity is "on" (lit card, icon in the accent colour).
    virtual bool isActive() const { return false; }
    virtual Accent accent() const { return Accent::Power; }
    // Whether the row under the value holds a control (slider, sparkline);
    // without one the value sits centred in the space and a long status may
    // take two lines. Offline tiles drop the row: its control is stale.
    virtual bool hasExtraRow() const { return false; }
    // Width the value row leaves free at its right end for a control.
    virtual int valueRowReserve() const { return 0; }
    // Places the subclass's controls: the value row's right end and the row
    // under it.
    virtual void layoutControls(const QRect &valueRow, const QRect &extraRow);
    // Called after the state or the theme changed, to restyle controls.
    virtual void updateControls() {}

    void requestSwitch(bool on);
    void requestBrightness(int level);
    // Re-reads the state into the status, tooltip and accessible texts.
    void refresh();
    // Places the controls again (the rows changed: size, font, extra row).
    void relayout();

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

    devices::Device m_device;
    devices::Entity m_entity;
    devices::EntityRef m_ref;
    devices::EntityState m_state;

private:
    struct Rows
    {
        QRect header, value, extra, status;
    };
    Rows rows() const;
    int statusLineCount(int width) const;
    // `text` broken into at most `maxLines` lines of `width`, the last elided.
    static QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines);
    QString freshnessText() const;
    QString statusLine() const;
    QString toolTipText() const;
    QColor statusColor() const;
    void paintCard(QPainter &painter) const;
    void paintHeader(QPainter &painter, const QRect &header) const;
    void paintGrip(QPainter &painter, const QRect &header, int width, const QColor &color) const;

    devices::DeviceService *m_service;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_hovered = false;
};

} // namespace homewire::ui
