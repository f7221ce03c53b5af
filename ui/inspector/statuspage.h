// StatusPage: the centred message an inspector tab shows instead of content:
// "Decoding 16.0 MB…" with a busy bar, or why there is nothing to show
// ("Not JSON: line 1, column 5: expected a value").
//
// Not here: deciding which message applies (the tab that owns it does).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace homewire::ui {

class StatusPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPage(QWidget *parent = nullptr);

    void showMessage(const QString &title, const QString &detail = {}, bool busy = false);
    QString title() const;
    QString detail() const;
    bool isBusy() const;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_busy;
};

} // namespace homewire::ui
