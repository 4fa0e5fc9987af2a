// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editabletable.h"
#include "profiles/profile.h"

#include <QList>

// A profile's extra authorization/token parameters: name, value and which request they go with.
// Rows are kept as typed (empty ones too) so Profile::validate() can name the row to fix.
class ExtraParametersEditor final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraParametersEditor)

public:
    enum Column { NameColumn, ValueColumn, TargetColumn, ColumnCount };

    explicit ExtraParametersEditor(QWidget *parent = nullptr);

    void setParameters(const QList<Profiles::ExtraParameter> &parameters); // emits nothing
    QList<Profiles::ExtraParameter> parameters() const;

protected:
    void prepareRow(int row) override;
};
