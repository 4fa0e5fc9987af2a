// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksmodel.h"

namespace {

// Display text for a status. The CLI's lowercase contract names come from
// Jose::checkStatusName(); this is the translated word a reader sees.
QString statusText(Jose::CheckStatus status)
{
    switch (status) {
    case Jose::CheckStatus::Pass:
        return ChecksModel::tr("Pass");
    case Jose::CheckStatus::Fail:
        return ChecksModel::tr("Fail");
    case Jose::CheckStatus::Warn:
        return ChecksModel::tr("Warn");
    case Jose::CheckStatus::Skip:
        return ChecksModel::tr("Skip");
    }
    return {};
}

} // namespace

ChecksModel::ChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecksModel::setReport(const Jose::VerifyReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ChecksModel::clear()
{
    beginResetModel();
    m_report = {};
    endResetModel();
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.checks.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Jose::Check &check = m_report.checks.at(index.row());

    const auto text = [&check](int column) -> QString {
        switch (column) {
        case Name:
            return check.name;
        case Status:
            return statusText(check.status);
        case Detail:
            return check.detail;
        default:
            return {};
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        return text(index.column());
    case Qt::ToolTipRole:
        return check.detail.isEmpty() ? statusText(check.status)
                                      : tr("%1: %2").arg(statusText(check.status), check.detail);
    case Qt::AccessibleTextRole:
        // The whole verdict of the row in one sentence, whichever cell has focus.
        if (check.detail.isEmpty())
            return tr("Check %1: %2").arg(check.name, statusText(check.status));
        return tr("Check %1: %2, %3").arg(check.name, statusText(check.status), check.detail);
    case UnderlyingDataRole:
        if (index.column() == Status)
            return int(check.status);
        return text(index.column());
    default:
        return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Check");
    case Status:
        return tr("Result");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}
