// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editabletable.h"
#include "profiles/profile.h"

#include <QList>

// A profile's rate-limit group overrides (issue 7): path prefix → the group its requests count
// against on the Rate limits page. Rows are kept as typed (empty ones too) so
// Profile::validate() can name the row that needs fixing.
class ApiGroupsEditor final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiGroupsEditor)

public:
    enum Column { PathPrefixColumn, GroupColumn, ColumnCount };

    explicit ApiGroupsEditor(QWidget *parent = nullptr);

    void setGroups(const QList<Profiles::ApiGroupOverride> &groups); // emits nothing
    QList<Profiles::ApiGroupOverride> groups() const;
};
