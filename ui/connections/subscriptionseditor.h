// SubscriptionsEditor: the ordered list of a profile's default subscriptions
// (topic filter and QoS), as a small table with Add and Remove, checking each
// filter as it is typed: invalid rows are marked, and why the first invalid
// filter breaks the wildcard rules is explained beneath the table.
//
// Not here: subscribing (core/client), or storing (ProfileStore).
#pragma once

#include "client/connectionprofile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace homewire::ui {

class SubscriptionsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        FilterColumn,
        QosColumn,
    };

    explicit SubscriptionsEditor(QWidget *parent = nullptr);

    void setSubscriptions(const QList<client::DefaultSubscription> &subscriptions);
    QList<client::DefaultSubscription> subscriptions() const;

    // The first problem as a short sentence ("Row 2: ..."); empty when every row is valid.
    QString problem() const { return m_problem; }

    // Adds an empty row and starts editing its filter.
    void addRow();
    void removeSelectedRows();
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void appendRow(const client::DefaultSubscription &subscription);
    void validate();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_explanation;
    QString m_problem;
    bool m_filling = false; // setSubscriptions() in progress: one validation at the end
};

} // namespace homewire::ui
