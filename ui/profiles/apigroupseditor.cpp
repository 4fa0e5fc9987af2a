// SPDX-License-Identifier: GPL-3.0-or-later
#include "apigroupseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using Profiles::ApiGroupOverride;

ApiGroupsEditor::ApiGroupsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add group"), this))
    , m_remove(new QPushButton(tr("Remove group"), this))
{
    m_table->setObjectName(QStringLiteral("apiGroupsTable"));
    m_table->setAccessibleName(tr("API groups"));
    m_table->setAccessibleDescription(
        tr("Requests whose path starts with a prefix count against that group on the Rate limits page"));
    m_table->setToolTip(tr("Requests whose path starts with the prefix (e.g. /api/orders) count against the "
                           "group on the Rate limits page; the longest matching prefix wins."));
    m_table->setHorizontalHeaderLabels({tr("Path prefix"), tr("Group")});
    m_table->horizontalHeader()->setSectionResizeMode(PathPrefixColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(130);
    m_add->setObjectName(QStringLiteral("addApiGroupButton"));
    m_add->setAccessibleName(tr("Add an API group"));
    m_remove->setObjectName(QStringLiteral("removeApiGroupButton"));
    m_remove->setAccessibleName(tr("Remove the selected API group"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, PathPrefixColumn);
        m_table->setFocus();
        updateButtons();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        emit changed();
    });
    updateButtons();
}

void ApiGroupsEditor::setGroups(const QList<ApiGroupOverride> &groups)
{
    m_table->setRowCount(0);
    for (const ApiGroupOverride &group : groups)
        addRow(group);
    updateButtons();
}

QList<ApiGroupOverride> ApiGroupsEditor::groups() const
{
    QList<ApiGroupOverride> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ApiGroupOverride group;
        if (const QTableWidgetItem *prefix = m_table->item(row, PathPrefixColumn))
            group.pathPrefix = prefix->text().trimmed();
        if (const QTableWidgetItem *name = m_table->item(row, GroupColumn))
            group.group = name->text().trimmed();
        list.append(group);
    }
    return list;
}

void ApiGroupsEditor::addRow(const ApiGroupOverride &group)
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, PathPrefixColumn, new QTableWidgetItem(group.pathPrefix));
    m_table->setItem(row, GroupColumn, new QTableWidgetItem(group.group));
    m_loading = false;
}

void ApiGroupsEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}
