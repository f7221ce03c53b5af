// DiffView: the Diff tab. The shown message against the one received before
// it, line by line, added lines tinted green and removed lines red (from the
// palette), long unchanged runs folded to "⋯ 12 unchanged lines".
//
// Not here: computing the diff (TopicInspector runs core's diffPayloads,
// off the GUI thread for large payloads).
#pragma once

#include "history/payload/linediff.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace homewire::ui {

class DiffModel;
class StatusPage;

class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void showDecoding(qsizetype bytes);
    void showNoPrevious();
    // `result` of diffPayloads(previous, current); the time labels the previous one.
    void setResult(const payload::DiffResult &result, qint64 previousReceivedMs);

    QString summary() const;
    DiffModel *model() const { return m_model; }
    StatusPage *statusPage() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    DiffModel *m_model;
    QStackedWidget *m_stack;
    StatusPage *m_status;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace homewire::ui
