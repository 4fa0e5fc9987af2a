// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A table the user edits row by row, with Add and Remove buttons under it: the base of the
// connection editor's extra parameters and API groups and of the request console's headers and
// query. Add appends a row and starts editing its first cell. Keyboard: Tab leaves the table for
// the buttons; Delete removes the current row (inside a cell editor Delete edits the text).

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

class EditableTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditableTable)

public:
    // Object names (tests find the widgets by them) and translated words, from the subclass so
    // that the strings keep its translation context.
    struct Labels
    {
        QString tableName;
        QString addName;
        QString removeName;
        QString tableAccessible;
        QString addText;
        QString addAccessible;
        QString removeText;
        QString removeAccessible;
    };

    QTableWidget *table() const { return m_table; }
    void removeCurrentRow();

Q_SIGNALS:
    // The user changed a cell, added or removed a row; never for rows set from code.
    void edited();

protected:
    EditableTable(const QStringList &headers, const Labels &labels, QWidget *parent);

    int rowCount() const;
    QString cellText(int row, int column) const; // empty for a cell without an item
    // Replaces every row with one per entry (cell texts from the left); emits nothing.
    void replaceRows(const QList<QStringList> &rows);
    // Called for each new row once its items exist: cell widgets go here.
    virtual void prepareRow(int row);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const QStringList &texts);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
