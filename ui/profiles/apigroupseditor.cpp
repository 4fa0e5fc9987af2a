// SPDX-License-Identifier: GPL-3.0-or-later
#include "apigroupseditor.h"

#include <QHeaderView>
#include <QTableWidget>

using Profiles::ApiGroupOverride;

ApiGroupsEditor::ApiGroupsEditor(QWidget *parent)
    : EditableTable({tr("Path prefix"), tr("Group")},
                    {.tableName = QStringLiteral("apiGroupsTable"), .addName = QStringLiteral("addApiGroupButton"),
                     .removeName = QStringLiteral("removeApiGroupButton"), .tableAccessible = tr("API groups"),
                     .addText = tr("Add group"), .addAccessible = tr("Add an API group"),
                     .removeText = tr("Remove group"), .removeAccessible = tr("Remove the selected API group")},
                    parent)
{
    table()->setAccessibleDescription(
        tr("Requests whose path starts with a prefix count against that group on the Rate limits page"));
    table()->setToolTip(tr("Requests whose path starts with the prefix (e.g. /api/orders) count against the "
                           "group on the Rate limits page; the longest matching prefix wins."));
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table()->setMaximumHeight(130);
}

void ApiGroupsEditor::setGroups(const QList<ApiGroupOverride> &groups)
{
    QList<QStringList> rows;
    for (const ApiGroupOverride &group : groups)
        rows.append({group.pathPrefix, group.group});
    replaceRows(rows);
}

QList<ApiGroupOverride> ApiGroupsEditor::groups() const
{
    QList<ApiGroupOverride> list;
    for (int row = 0; row < rowCount(); ++row)
        list.append({cellText(row, PathPrefixColumn).trimmed(), cellText(row, GroupColumn).trimmed()});
    return list;
}
