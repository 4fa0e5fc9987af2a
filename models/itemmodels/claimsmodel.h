// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/claimcatalogue.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// The claims of one JSON object (a JOSE header or a JWT payload) as a table: one row per
// member, in document order as QJsonObject gives it (sorted by key).
class ClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsModel)

public:
    enum Column { Name, Value, Interpretation, Meaning, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the raw QJsonValue as QVariant, for sorting
        IsTimeRole,                        // bool
        ReferenceRole,                     // "RFC 7519 §4.1.4"
    };

    explicit ClaimsModel(QObject *parent = nullptr);

    void setClaims(const QJsonObject &claims, Jose::ClaimLocation location);
    void clear();
    // The instant that relative times ("expires in 12 min") are computed against. The view
    // calls this every second for a live countdown; rows with time claims emit dataChanged.
    void setReferenceTime(const QDateTime &now);
    QDateTime referenceTime() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString interpretation(int row) const;
    QString displayText(int row, int column) const;

    struct Row
    {
        QString name;
        QJsonValue value;
        std::optional<Jose::ClaimDescription> description;
        std::optional<QDateTime> time; // for NumericDate claims
    };
    QList<Row> m_rows;
    Jose::ClaimLocation m_location = Jose::ClaimLocation::Payload;
    QDateTime m_now;
};
