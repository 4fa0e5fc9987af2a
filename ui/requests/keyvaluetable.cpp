// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvaluetable.h"

#include <QHeaderView>
#include <QTableWidget>

KeyValueTable::KeyValueTable(const QString &objectPrefix, const QString &title, QWidget *parent)
    : EditableTable({tr("Name"), tr("Value")},
                    {.tableName = objectPrefix + QStringLiteral("Table"), .addName = objectPrefix + QStringLiteral("AddButton"),
                     .removeName = objectPrefix + QStringLiteral("RemoveButton"), .tableAccessible = title,
                     .addText = tr("Add"), .addAccessible = tr("Add a row to %1").arg(title),
                     .removeText = tr("Remove"), .removeAccessible = tr("Remove the selected row from %1").arg(title)},
                    parent)
{
    table()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table()->horizontalHeader()->setStretchLastSection(true);
}

KeyValueTable::Rows KeyValueTable::rows() const
{
    Rows out;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = cellText(row, 0).trimmed();
        const QString value = cellText(row, 1);
        if (!name.isEmpty() || !value.isEmpty())
            out.append({name, value});
    }
    return out;
}

void KeyValueTable::setRows(const Rows &rows)
{
    QList<QStringList> texts;
    for (const auto &[name, value] : rows)
        texts.append({name, value});
    replaceRows(texts);
    Q_EMIT edited();
}
