// NoticeBanner: a tinted strip with a sentence and, when there is something
// to do about it, buttons ("Allow local anonymous clients everything").
// Its colours come from the theme's accents and the palette it is painted
// with, so it reads in light and dark alike.
//
// Not here: deciding when to show it (the page that owns it).
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace homewire::ui {

class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Warning,
        Info,
    };

    explicit NoticeBanner(Tone tone, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // A button at the end of the strip.
    QPushButton *addButton(const QString &text, const QString &objectName);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace homewire::ui
