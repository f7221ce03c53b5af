#include "subscriptionseditor.h"

#include "mqtt/topic.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace homewire::ui {

using client::DefaultSubscription;

namespace {

const QColor ErrorColor(0xb0, 0x00, 0x20);

} // namespace

SubscriptionsEditor::SubscriptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_explanation(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Topic filter"), tr("QoS")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(FilterColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QosColumn, QHeaderView::ResizeToContents);
    // Row numbers stay visible: the explanation below names rows by them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    m_table->setToolTip(tr("Subscribed to on every connect, in this order"));
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 44);
    layout->addWidget(m_table, 1);

    m_explanation->setObjectName(QStringLiteral("subscriptionsProblem"));
    m_explanation->setWordWrap(true);
    m_explanation->setMinimumWidth(m_table->minimumWidth());
    m_explanation->setTextFormat(Qt::PlainText);
    QPalette palette = m_explanation->palette();
    palette.setColor(QPalette::WindowText, ErrorColor);
    m_explanation->setPalette(palette);
    m_explanation->hide();
    layout->addWidget(m_explanation);

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addSubscription"));
    m_remove->setObjectName(QStringLiteral("removeSubscription"));
    m_add->setToolTip(tr("Add a topic filter"));
    m_remove->setToolTip(tr("Remove the selected topic filters"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SubscriptionsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SubscriptionsEditor::updateButtons);
    updateButtons();
}

void SubscriptionsEditor::setSubscriptions(const QList<DefaultSubscription> &subscriptions)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const DefaultSubscription &s : subscriptions)
        appendRow(s);
    m_filling = false;
    validate();
}

QList<DefaultSubscription> SubscriptionsEditor::subscriptions() const
{
    QList<DefaultSubscription> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, FilterColumn);
        const auto *qos = qobject_cast<const QComboBox *>(m_table->cellWidget(row, QosColumn));
        list.append({item ? item->text() : QString(), mqtt::QoS(qos ? qos->currentIndex() : 0)});
    }
    return list;
}

void SubscriptionsEditor::appendRow(const DefaultSubscription &subscription)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FilterColumn, new QTableWidgetItem(subscription.filter));
    auto *qos = new QComboBox(m_table);
    qos->addItem(tr("0 – at most once"));
    qos->addItem(tr("1 – at least once"));
    qos->addItem(tr("2 – exactly once"));
    qos->setCurrentIndex(int(subscription.qos));
    qos->setFrame(false);
    connect(qos, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    m_table->setCellWidget(row, QosColumn, qos);
}

void SubscriptionsEditor::addRow()
{
    appendRow({QString(), mqtt::QoS::AtMostOnce});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, FilterColumn);
    m_table->editItem(m_table->item(row, FilterColumn));
    validate();
}

void SubscriptionsEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    validate();
}

void SubscriptionsEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0 &&
                         (m_table->selectionModel()->hasSelection() || m_table->currentRow() >= 0));
}

void SubscriptionsEditor::validate()
{
    QString problem;
    QString detail; // why the first invalid filter is invalid, shown beneath the table
    QHash<QString, int> seen;
    m_filling = true; // colouring an item is an itemChanged too
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, FilterColumn);
        if (!item)
            continue;
        const QString filter = item->text();
        QString rowProblem;
        QString rowDetail;
        if (filter.isEmpty()) {
            rowProblem = tr("Row %1: enter a topic filter, for example home/+/temperature.").arg(row + 1);
        } else if (auto ok = mqtt::TopicFilter::validate(filter.toUtf8()); !ok) {
            rowProblem = tr("Row %1: “%2” is not a valid topic filter.").arg(row + 1).arg(filter);
            rowDetail = tr("“%1”: %2.").arg(filter, ok.error().message);
        } else if (const auto first = seen.constFind(filter); first != seen.cend()) {
            rowProblem = tr("Row %1 repeats the topic filter of row %2.").arg(row + 1).arg(*first + 1);
        } else {
            seen.insert(filter, row);
        }
        item->setForeground(rowProblem.isEmpty() ? m_table->palette().brush(QPalette::Text)
                                                 : QBrush(ErrorColor));
        item->setToolTip(rowDetail.isEmpty() ? rowProblem : rowDetail);
        if (problem.isEmpty()) {
            problem = rowProblem;
            detail = rowDetail;
        }
    }
    m_filling = false;

    m_problem = problem;
    if (!detail.isEmpty())
        detail += QLatin1Char(' ') + tr("“+” matches exactly one topic level and “#” any number of levels; "
                                        "each must fill a whole level, and “#” must come last.");
    m_explanation->setText(detail);
    // Reserve the height the text needs at the narrowest: window sizes follow
    // minimum sizes, which do not follow word wrapping.
    m_explanation->setMinimumHeight(m_explanation->heightForWidth(m_explanation->minimumWidth()));
    m_explanation->setVisible(!detail.isEmpty());
    updateButtons();
    emit changed();
}

} // namespace homewire::ui
