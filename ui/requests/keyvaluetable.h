// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A name/value table with Add and Remove buttons, for the request console's headers and query
// parameters. Keyboard: Tab leaves the table for the buttons; Delete removes the current row.

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

class KeyValueTable final : public QWidget
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
    void setRows(const Rows &rows);
    void addRow(const QString &name = {}, const QString &value = {});
    void removeCurrentRow();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
