#include "ui/broker/noticebanner.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace homewire::ui {

namespace {

constexpr int StripeWidth = 4;
constexpr qreal Tint = 0.14;

} // namespace

NoticeBanner::NoticeBanner(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(StripeWidth + 10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
}

void NoticeBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

QPushButton *NoticeBanner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

void NoticeBanner::paintEvent(QPaintEvent *event)
{
    const QColor accent = accentColor(m_tone == Tone::Warning ? Accent::Warning : Accent::Active, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mixColors(palette().color(QPalette::Window), accent, Tint));
    painter.drawRoundedRect(rect(), 4, 4);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRect(0, 0, StripeWidth, height()), 2, 2);
    QFrame::paintEvent(event);
}

} // namespace homewire::ui
