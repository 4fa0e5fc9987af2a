// SPDX-License-Identifier: GPL-3.0-or-later
#include "editabletable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Cell editors named after their column and row, for screen readers ("Value, row 2").
class NamedEditorDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
            editor->setAccessibleName(EditableTable::tr("%1, row %2").arg(column).arg(index.row() + 1));
        }
        return editor;
    }
};

} // namespace

EditableTable::EditableTable(const QStringList &headers, const Labels &labels, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(labels.addText, this))
    , m_remove(new QPushButton(labels.removeText, this))
{
    m_table->setObjectName(labels.tableName);
    m_table->setAccessibleName(labels.tableAccessible);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegate(new NamedEditorDelegate(m_table));
    m_table->installEventFilter(this);
    m_add->setObjectName(labels.addName);
    m_add->setAccessibleName(labels.addAccessible);
    m_remove->setObjectName(labels.removeName);
    m_remove->setAccessibleName(labels.removeAccessible);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        appendRow({});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        m_table->setFocus();
        m_table->editItem(m_table->item(row, 0));
        updateButtons();
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, &EditableTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &EditableTable::updateButtons);
    updateButtons();
}

void EditableTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT edited();
}

int EditableTable::rowCount() const
{
    return m_table->rowCount();
}

QString EditableTable::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void EditableTable::replaceRows(const QList<QStringList> &rows)
{
    m_table->setRowCount(0);
    for (const QStringList &texts : rows)
        appendRow(texts);
    updateButtons();
}

void EditableTable::prepareRow(int row)
{
    Q_UNUSED(row)
}

void EditableTable::appendRow(const QStringList &texts)
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(texts.value(column)));
    prepareRow(row);
    m_loading = false;
}

bool EditableTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor gets the keys, not the table: Delete there edits text.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeCurrentRow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EditableTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}
