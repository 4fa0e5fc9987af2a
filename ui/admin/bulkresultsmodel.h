// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulk apply dialog's table: one row per item of the file (Admin::BulkApply::results()),
// with its planned action and, as the run goes, its outcome. Rows are toned through
// StatusPalette (readable light and dark); the text always says the same as the colour.

#include "admin/bulkapply.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QPalette>

class BulkResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultsModel)

public:
    enum Column { KindColumn, WorkspaceColumn, NameColumn, ActionColumn, ResultColumn, MessageColumn, ColumnCount };
    // The raw value behind a cell (the enum as int for action and result), for sorting proxies.
    static constexpr int UnderlyingDataRole = Qt::UserRole + 1;

    explicit BulkResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // All rows anew (a new file, a new run). planned: whether the actions are known yet.
    void setResults(const QList<Admin::ItemResult> &results, bool planned);
    // One row as the run reports it; running marks the item in flight.
    void updateRow(int row, const Admin::ItemResult &result, bool running = false);
    void setPlanned(bool planned);
    void setPalette(const QPalette &palette);
    const QList<Admin::ItemResult> &results() const { return m_results; }

    // The CLI's `admin apply --json` objects, as one array. Only ids, names, actions, outcomes,
    // statuses, messages and differing field names: never a document, so never a secret.
    static QJsonArray toJson(const QList<Admin::ItemResult> &results);

    static QString kindText(Admin::ItemKind kind);
    static QString actionText(Admin::Action action);
    static QString outcomeText(Admin::Outcome outcome);

private:
    QString resultText(int row) const;
    QString messageText(const Admin::ItemResult &result) const;

    QList<Admin::ItemResult> m_results;
    int m_running = -1;
    bool m_planned = false;
    QPalette m_palette;
};
