// ToneLabel: a label in a secondary (muted) or error colour derived from the
// palette it is shown with, and derived again when the palette changes, so
// its text stays readable when the user switches between light and dark.
//
// Not here: the colours themselves (ui/inspector/palettecolors).
#pragma once

#include <QLabel>

namespace homewire::ui {

class ToneLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Secondary,
        Error,
    };

    explicit ToneLabel(Tone tone, const QString &text = {}, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone;
    bool m_applying = false;
};

} // namespace homewire::ui
