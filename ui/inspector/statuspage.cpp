#include "statuspage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace homewire::ui {

StatusPage::StatusPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    m_title->setObjectName(QStringLiteral("statusTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_detail->setObjectName(QStringLiteral("statusDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setEnabled(false); // the palette's muted text colour
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(220);
    m_busy->setMaximumHeight(8);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_busy->hide();
}

void StatusPage::showMessage(const QString &title, const QString &detail, bool busy)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_busy->setVisible(busy);
}

QString StatusPage::title() const
{
    return m_title->text();
}

QString StatusPage::detail() const
{
    return m_detail->text();
}

bool StatusPage::isBusy() const
{
    return !m_busy->isHidden();
}

} // namespace homewire::ui
