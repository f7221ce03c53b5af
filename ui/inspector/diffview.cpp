#include "diffview.h"

#include "diffmodel.h"
#include "history/payload/payloadtext.h"
#include "historymodel.h"
#include "statuspage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace homewire::ui {

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiffModel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new StatusPage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_status);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    contentLayout->addWidget(m_summary);
    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("diffLines"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->hide();
    m_view->header()->setStretchLastSection(true);
    const int digits = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                           .horizontalAdvance(QStringLiteral("00000"));
    m_view->header()->resizeSection(DiffModel::OldLine, digits + 12);
    m_view->header()->resizeSection(DiffModel::NewLine, digits + 12);
    contentLayout->addWidget(m_view, 1);
    m_stack->addWidget(content);
    m_model->setPalette(palette());
}

void DiffView::showDecoding(qsizetype bytes)
{
    m_status->showMessage(tr("Comparing %1\u2026").arg(payload::humanSize(bytes)),
                          tr("Large payloads are compared in the background."), true);
    m_stack->setCurrentWidget(m_status);
}

void DiffView::showNoPrevious()
{
    m_model->setLines({});
    m_status->showMessage(tr("Nothing to compare yet"),
                          tr("The diff compares a message with the one received before it."));
    m_stack->setCurrentWidget(m_status);
}

void DiffView::setResult(const payload::DiffResult &result, qint64 previousReceivedMs)
{
    if (!result) {
        m_model->setLines({});
        const QString title = result.errorCode() == payload::DiffError::TooLarge
                                  ? tr("The payloads are too large to compare")
                                  : tr("The payloads differ in too many lines to show");
        m_status->showMessage(title, tr("The Text and Hex tabs show each message in full."));
        m_stack->setCurrentWidget(m_status);
        return;
    }
    const payload::DiffCounts counts = payload::countChanges(*result);
    const QString since = formatReceivedTime(previousReceivedMs);
    if (counts.added == 0 && counts.removed == 0) {
        m_summary->setText(tr("Same payload as the message received at %1.").arg(since));
    } else {
        const QString added = counts.added == 1 ? tr("1 line added") : tr("%1 lines added").arg(counts.added);
        const QString removed =
            counts.removed == 1 ? tr("1 line removed") : tr("%1 lines removed").arg(counts.removed);
        m_summary->setText(
            tr("Compared with the message received at %1: %2, %3.").arg(since, added, removed));
    }
    m_model->setLines(payload::collapseUnchanged(*result, 3));
    m_stack->setCurrentIndex(1);
}

QString DiffView::summary() const
{
    return m_stack->currentWidget() == m_status ? m_status->title() : m_summary->text();
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace homewire::ui
