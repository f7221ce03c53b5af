// ConnectionIndicator: the dashboard's line about its broker connection: a
// coloured dot and "Connected to Embedded broker (127.0.0.1:1883)", or why
// it is not connected. Commands cannot work while it is red, so the reason
// is spelled out rather than hidden in a tooltip.
//
// Not here: connecting (DeviceService).
#pragma once

#include "client/connectionprofile.h"

#include <QWidget>

class QLabel;

namespace homewire::ui {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    // `started` false: the dashboard has not been told of a broker yet.
    void setState(const client::ConnectionProfile &profile, bool started, bool connected,
                  const QString &error);
    // The whole text (the label may show it shortened).
    QString text() const;

private:
    void showElided();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QLabel *m_dot;
    QLabel *m_text;
    QString m_fullText;
};

} // namespace homewire::ui
