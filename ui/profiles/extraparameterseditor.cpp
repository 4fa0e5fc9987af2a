// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraparameterseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using Profiles::ExtraParameter;

namespace {
enum Column { NameColumn, ValueColumn, TargetColumn };
}

ExtraParametersEditor::ExtraParametersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add parameter"), this))
    , m_remove(new QPushButton(tr("Remove parameter"), this))
{
    m_table->setObjectName(QStringLiteral("extraParametersTable"));
    m_table->setAccessibleName(tr("Extra parameters"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Sent with")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(130);
    m_add->setObjectName(QStringLiteral("addParameterButton"));
    m_add->setAccessibleName(tr("Add an extra parameter"));
    m_remove->setObjectName(QStringLiteral("removeParameterButton"));
    m_remove->setAccessibleName(tr("Remove the selected extra parameter"));

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
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
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

void ExtraParametersEditor::setParameters(const QList<ExtraParameter> &parameters)
{
    m_table->setRowCount(0);
    for (const ExtraParameter &parameter : parameters)
        addRow(parameter);
    updateButtons();
}

QList<ExtraParameter> ExtraParametersEditor::parameters() const
{
    QList<ExtraParameter> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ExtraParameter parameter;
        if (const QTableWidgetItem *name = m_table->item(row, NameColumn))
            parameter.name = name->text().trimmed();
        if (const QTableWidgetItem *value = m_table->item(row, ValueColumn))
            parameter.value = value->text();
        if (auto *target = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn)))
            parameter.target = ExtraParameter::Target(target->currentData().toInt());
        list.append(parameter);
    }
    return list;
}

void ExtraParametersEditor::addRow(const ExtraParameter &parameter)
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(parameter.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(parameter.value));
    auto *target = new QComboBox(m_table);
    target->setObjectName(QStringLiteral("parameterTargetCombo"));
    target->setAccessibleName(tr("Where parameter %1 is sent").arg(row + 1));
    target->addItem(tr("Both requests"), int(ExtraParameter::Target::Both));
    target->addItem(tr("Authorization request"), int(ExtraParameter::Target::Authorization));
    target->addItem(tr("Token request"), int(ExtraParameter::Target::Token));
    target->setCurrentIndex(qMax(0, target->findData(int(parameter.target))));
    connect(target, &QComboBox::currentIndexChanged, this, &ExtraParametersEditor::changed);
    m_table->setCellWidget(row, TargetColumn, target);
    m_loading = false;
}

void ExtraParametersEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}
