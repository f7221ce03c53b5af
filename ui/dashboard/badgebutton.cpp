#include "ui/dashboard/badgebutton.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace homewire::ui {

namespace {
constexpr int BadgeGap = 6;
}

BadgeButton::BadgeButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
    , m_text(text)
{
    setCount(0);
}

void BadgeButton::setCount(int count)
{
    m_count = qMax(0, count);
    setAccessibleName(m_count > 0 ? tr("%1, %2 waiting").arg(m_text).arg(m_count) : m_text);
    updateGeometry();
    update();
}

QString BadgeButton::badgeText() const
{
    return m_count > 99 ? QStringLiteral("99+") : QString::number(m_count);
}

int BadgeButton::badgeWidth() const
{
    if (m_count == 0)
        return 0;
    const QFontMetrics metrics(font());
    return qMax(metrics.height(), metrics.horizontalAdvance(badgeText()) + metrics.height() / 2) + BadgeGap;
}

QSize BadgeButton::sizeHint() const
{
    return QPushButton::sizeHint() + QSize(badgeWidth(), 0);
}

QSize BadgeButton::minimumSizeHint() const
{
    return QPushButton::minimumSizeHint() + QSize(badgeWidth(), 0);
}

QRect BadgeButton::badgeRect() const
{
    const QFontMetrics metrics(font());
    const int height = metrics.height();
    const int width = badgeWidth() - BadgeGap;
    const int right = rect().right() - style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, this);
    return QRect(right - width, (rect().height() - height) / 2, width, height);
}

void BadgeButton::paintEvent(QPaintEvent *)
{
    // The button as the style draws it, with its text shifted left to leave
    // room for the pill.
    QPainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    style()->drawControl(QStyle::CE_PushButtonBevel, &option, &painter, this);
    QStyleOptionButton label = option;
    label.rect = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this);
    label.rect.setRight(label.rect.right() - badgeWidth());
    style()->drawControl(QStyle::CE_PushButtonLabel, &label, &painter, this);
    if (m_count == 0)
        return;
    const QRect pill = badgeRect();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(pill, Qt::AlignCenter, badgeText());
}

} // namespace homewire::ui
