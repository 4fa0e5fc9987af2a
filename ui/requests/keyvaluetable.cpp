// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvaluetable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueTable::KeyValueTable(const QString &objectPrefix, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(objectPrefix + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->installEventFilter(this);

    m_add->setObjectName(objectPrefix + QStringLiteral("AddButton"));
    m_add->setAccessibleName(tr("Add a row to %1").arg(title));
    m_remove->setObjectName(objectPrefix + QStringLiteral("RemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected row from %1").arg(title));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::edited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &KeyValueTable::updateButtons);
    updateButtons();
}

KeyValueTable::Rows KeyValueTable::rows() const
{
    Rows out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            out.append({name, value});
    }
    return out;
}

void KeyValueTable::setRows(const Rows &rows)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const auto &[name, value] : rows)
            addRow(name, value);
    }
    updateButtons();
    Q_EMIT edited();
}

void KeyValueTable::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    updateButtons();
}

void KeyValueTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT edited();
}

bool KeyValueTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor gets the keys, not the table: Delete there edits text.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeCurrentRow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void KeyValueTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}
