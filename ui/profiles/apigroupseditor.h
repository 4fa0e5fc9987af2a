// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A profile's rate-limit group overrides (issue 7): path prefix → the group its requests count
// against on the Rate limits page, in a small table with Add and Remove. Rows are kept as typed
// (empty ones too) so Profile::validate() can name the row that needs fixing.
class ApiGroupsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiGroupsEditor)

public:
    enum Column { PathPrefixColumn, GroupColumn, ColumnCount };

    explicit ApiGroupsEditor(QWidget *parent = nullptr);

    void setGroups(const QList<Profiles::ApiGroupOverride> &groups); // emits nothing
    QList<Profiles::ApiGroupOverride> groups() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void addRow(const Profiles::ApiGroupOverride &group);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
