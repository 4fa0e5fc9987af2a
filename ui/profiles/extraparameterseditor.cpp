// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraparameterseditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>

using Profiles::ExtraParameter;

ExtraParametersEditor::ExtraParametersEditor(QWidget *parent)
    : EditableTable({tr("Name"), tr("Value"), tr("Sent with")},
                    {.tableName = QStringLiteral("extraParametersTable"), .addName = QStringLiteral("addParameterButton"),
                     .removeName = QStringLiteral("removeParameterButton"), .tableAccessible = tr("Extra parameters"),
                     .addText = tr("Add parameter"), .addAccessible = tr("Add an extra parameter"),
                     .removeText = tr("Remove parameter"), .removeAccessible = tr("Remove the selected extra parameter")},
                    parent)
{
    table()->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table()->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    table()->setMaximumHeight(130);
}

void ExtraParametersEditor::setParameters(const QList<ExtraParameter> &parameters)
{
    QList<QStringList> rows;
    for (const ExtraParameter &parameter : parameters)
        rows.append({parameter.name, parameter.value});
    replaceRows(rows);
    for (int row = 0; row < parameters.size(); ++row) {
        auto *target = qobject_cast<QComboBox *>(table()->cellWidget(row, TargetColumn));
        const QSignalBlocker blocker(target);
        target->setCurrentIndex(qMax(0, target->findData(int(parameters.at(row).target))));
    }
}

QList<ExtraParameter> ExtraParametersEditor::parameters() const
{
    QList<ExtraParameter> list;
    for (int row = 0; row < rowCount(); ++row) {
        ExtraParameter parameter;
        parameter.name = cellText(row, NameColumn).trimmed();
        parameter.value = cellText(row, ValueColumn);
        if (auto *target = qobject_cast<QComboBox *>(table()->cellWidget(row, TargetColumn)))
            parameter.target = ExtraParameter::Target(target->currentData().toInt());
        list.append(parameter);
    }
    return list;
}

void ExtraParametersEditor::prepareRow(int row)
{
    // The target is a choice, not text: a combo box over the cell, Both for a new row.
    if (QTableWidgetItem *cell = table()->item(row, TargetColumn))
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    auto *target = new QComboBox(table());
    target->setObjectName(QStringLiteral("parameterTargetCombo"));
    target->setAccessibleName(tr("Where parameter %1 is sent").arg(row + 1));
    target->addItem(tr("Both requests"), int(ExtraParameter::Target::Both));
    target->addItem(tr("Authorization request"), int(ExtraParameter::Target::Authorization));
    target->addItem(tr("Token request"), int(ExtraParameter::Target::Token));
    connect(target, &QComboBox::currentIndexChanged, this, &ExtraParametersEditor::edited);
    table()->setCellWidget(row, TargetColumn, target);
}
