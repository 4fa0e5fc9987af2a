// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A name/value table with Add and Remove buttons, for the request console's headers and query
// parameters (keyboard as in EditableTable).

#include "editabletable.h"

#include <QList>
#include <QPair>
#include <QString>

class KeyValueTable final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    // objectPrefix: for the object names ("headers" gives headersTable, headersAddButton, …);
    // title: the translated plural shown to the user ("Headers").
    KeyValueTable(const QString &objectPrefix, const QString &title, QWidget *parent = nullptr);

    using Rows = QList<QPair<QString, QString>>;
    // Rows with an empty name and value are left out.
    Rows rows() const;
    void setRows(const Rows &rows); // emits edited()
};
