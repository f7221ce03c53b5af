#include "ui/dashboard/tonelabel.h"

#include "ui/inspector/palettecolors.h"

#include <QEvent>

namespace homewire::ui {

ToneLabel::ToneLabel(Tone tone, const QString &text, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    setWordWrap(true);
    applyTone();
}

void ToneLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
    QLabel::changeEvent(event);
}

void ToneLabel::applyTone()
{
    // Only WindowText is set here; the roles the colours derive from keep
    // following the application palette.
    m_applying = true;
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
                     m_tone == Tone::Secondary ? secondaryTextColor(palette) : errorTextColor(palette));
    setPalette(palette);
    m_applying = false;
}

} // namespace homewire::ui
