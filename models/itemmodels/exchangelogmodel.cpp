// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangelogmodel.h"

#include "http/exchangelog.h"

#include <QLocale>

ExchangeLogModel::ExchangeLogModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (!m_log)
        return;
    m_rows = m_log->count();
    // The log reports after the fact: the rows it names are already gone (or there) when the
    // signal arrives, so the model keeps its own row count and maps rows while they leave.
    connect(m_log, &ExchangeLog::entriesDropped, this, [this](int dropped) {
        dropped = std::min(dropped, m_rows);
        if (dropped <= 0)
            return;
        m_leaving = dropped;
        beginRemoveRows({}, 0, dropped - 1);
        m_rows -= dropped;
        m_leaving = 0;
        endRemoveRows();
    });
    connect(m_log, &ExchangeLog::entryAdded, this, [this](int index) {
        if (index < m_rows)
            return;
        beginInsertRows({}, m_rows, index);
        m_rows = index + 1;
        endInsertRows();
    });
    connect(m_log, &ExchangeLog::cleared, this, [this] {
        beginResetModel();
        m_rows = m_log->count();
        endResetModel();
    });
    connect(m_log, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

ExchangeLog *ExchangeLogModel::log() const
{
    return m_log.data();
}

const ExchangeLogEntry *ExchangeLogModel::entryAt(int row) const
{
    if (!m_log || row < m_leaving || row >= m_rows)
        return nullptr;
    const int index = row - m_leaving;
    if (index >= m_log->count())
        return nullptr;
    return &m_log->at(index);
}

int ExchangeLogModel::rowOfId(quint64 id) const
{
    if (!m_log)
        return -1;
    const int index = m_log->indexOfId(id);
    return index < 0 || index >= m_rows ? -1 : index;
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLogModel::display(const ExchangeLogEntry &entry, int column) const
{
    const bool step = entry.kind == ExchangeLogEntry::Kind::Step;
    const HttpExchange &exchange = entry.exchange;
    switch (column) {
    case Time:
        return entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Source:
        return entry.source;
    case What:
        return step ? entry.title : QString::fromLatin1(exchange.request.method);
    case Url:
        return step ? QString() : Redaction::url(exchange.request.url);
    case Status:
        if (step)
            return QString();
        return exchange.response.status > 0 ? QString::number(exchange.response.status) : tr("failed");
    case Duration:
        return step ? QString() : tr("%1 ms").arg(QLocale().toString(exchange.response.elapsedMs));
    default:
        return {};
    }
}

QVariant ExchangeLogModel::underlying(const ExchangeLogEntry &entry, int column) const
{
    const bool step = entry.kind == ExchangeLogEntry::Kind::Step;
    switch (column) {
    case Time:
        return entry.at;
    case Status:
        return step ? -1 : entry.exchange.response.status;
    case Duration:
        return step ? qint64(-1) : entry.exchange.response.elapsedMs;
    default:
        return display(entry, column);
    }
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeLogEntry *entry = entryAt(index.row());
    if (!entry)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Status && entry->kind == ExchangeLogEntry::Kind::Exchange)
            return entry->exchange.response.error.isEmpty() ? QVariant() : QVariant(entry->exchange.response.error);
        if (index.column() == Url || index.column() == What)
            return display(*entry, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case UnderlyingDataRole:
        return underlying(*entry, index.column());
    case EntryIdRole:
        return entry->id;
    case FilterTextRole: {
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts << display(*entry, column).toString();
        return parts.join(u' ');
    }
    default:
        return {};
    }
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case What:
        return tr("Request");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}
