// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class ExchangeLog;
struct ExchangeLogEntry;

// The exchange log as a table, newest last; follows the log (rows appended, the oldest dropped,
// reset on clear). Everything it shows is redacted: the URL column goes through
// Redaction::url, step details are not shown here at all.
class ExchangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLogModel)

public:
    enum Column { Time, Source, What, Url, Status, Duration, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // raw value for sorting (UTC time, text, status number, ms)
        EntryIdRole,                       // ExchangeLogEntry::id, any column
        FilterTextRole,                    // all columns' text in one string, for filtering
    };

    explicit ExchangeLogModel(ExchangeLog *log, QObject *parent = nullptr);

    ExchangeLog *log() const;
    // The entry shown at row; nullptr for a row that is leaving. Valid until the log changes.
    const ExchangeLogEntry *entryAt(int row) const;
    int rowOfId(quint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Display: local time (hh:mm:ss.zzz), source, method or the step's title, the redacted URL,
    // the status ("—" for steps, "failed" when nothing came back), duration in ms. ToolTip: the
    // full date on Time, the error on Status.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ExchangeLogEntry &entry, int column) const;
    QVariant underlying(const ExchangeLogEntry &entry, int column) const;

    QPointer<ExchangeLog> m_log;
    int m_rows = 0;
    int m_leaving = 0; // while rows are being removed: how many of the first rows left the log already
};
