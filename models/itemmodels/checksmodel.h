// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/tokenverifier.h"

#include <QAbstractTableModel>

// The verdict as a table: check, status, detail. Status cells carry a translated text ("pass",
// "fail", ...) so the verdict never depends on colour; icons and colours are the view's job
// (models/ has no Qt Gui).
class ChecksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksModel)

public:
    enum Column { Name, Status, Detail, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // Jose::CheckStatus as int for the Status column
    };

    explicit ChecksModel(QObject *parent = nullptr);

    void setReport(const Jose::VerifyReport &report);
    void clear();
    const Jose::VerifyReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Jose::VerifyReport m_report;
};
