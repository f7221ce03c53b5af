// BadgeButton: a push button with a count in an accent-coloured pill after
// its text ("New devices (3)" at a glance). The count is also in the
// accessible name, so screen readers hear it.
//
// Not here: what the count means (DashboardPage).
#pragma once

#include <QPushButton>

namespace homewire::ui {

class BadgeButton : public QPushButton
{
    Q_OBJECT

public:
    explicit BadgeButton(const QString &text, QWidget *parent = nullptr);

    int count() const { return m_count; }
    void setCount(int count); // 0 hides the badge

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect badgeRect() const;
    QString badgeText() const;
    int badgeWidth() const;

    QString m_text;
    int m_count = 0;
};

} // namespace homewire::ui
