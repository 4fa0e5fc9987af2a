// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A profile's extra authorization/token parameters: a small table (name, value, which request)
// with Add and Remove.
class ExtraParametersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraParametersEditor)

public:
    explicit ExtraParametersEditor(QWidget *parent = nullptr);

    void setParameters(const QList<Profiles::ExtraParameter> &parameters); // emits nothing
    QList<Profiles::ExtraParameter> parameters() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void addRow(const Profiles::ExtraParameter &parameter);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
