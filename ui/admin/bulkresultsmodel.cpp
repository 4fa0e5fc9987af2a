// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/bulkresultsmodel.h"

#include "statuspalette.h"

#include <QJsonObject>

using Admin::Action;
using Admin::ItemKind;
using Admin::Outcome;
using Tone = StatusPalette::Tone;

namespace {

Tone toneOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
    case Outcome::Updated:
    case Outcome::Unchanged:
        return Tone::Good;
    case Outcome::Failed:
        return Tone::Bad;
    case Outcome::Cancelled:
        return Tone::Caution;
    case Outcome::NotRun:
        break;
    }
    return Tone::Neutral;
}

} // namespace

BulkResultsModel::BulkResultsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::kindText(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Workspace:
        return tr("Workspace");
    case ItemKind::StaticIdp:
        return tr("Identity provider");
    case ItemKind::Client:
        return tr("Client");
    }
    return {};
}

QString BulkResultsModel::actionText(Action action)
{
    switch (action) {
    case Action::Create:
        return tr("create");
    case Action::Update:
        return tr("update");
    case Action::Skip:
        return tr("skip");
    }
    return {};
}

QString BulkResultsModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return tr("created");
    case Outcome::Updated:
        return tr("updated");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Cancelled:
        return tr("cancelled");
    case Outcome::NotRun:
        return tr("not run");
    }
    return {};
}

QString BulkResultsModel::resultText(int row) const
{
    if (row == m_running)
        return tr("running…");
    const Admin::ItemResult &result = m_results.at(row);
    if (result.outcome == Outcome::NotRun)
        return m_planned ? tr("planned") : QString();
    return outcomeText(result.outcome);
}

QString BulkResultsModel::messageText(const Admin::ItemResult &result) const
{
    if (!result.message.isEmpty())
        return result.message;
    if (m_planned && result.planned == Action::Update && !result.differences.isEmpty())
        return tr("Differs: %1").arg(result.differences.join(QLatin1String(", ")));
    if (m_planned && result.planned == Action::Skip)
        return tr("Already as the file says.");
    return {};
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Admin::ItemResult &result = m_results.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case KindColumn:
            return kindText(result.item.kind);
        case WorkspaceColumn:
            return result.item.workspaceId;
        case NameColumn: {
            const QString id = result.id.isEmpty() ? result.item.id : result.id;
            if (id.isEmpty() || id == result.item.name)
                return result.item.name.isEmpty() ? id : result.item.name;
            if (result.item.name.isEmpty())
                return id;
            return tr("%1 (%2)").arg(id, result.item.name);
        }
        case ActionColumn:
            return m_planned ? actionText(result.planned) : QString();
        case ResultColumn:
            return resultText(index.row());
        case MessageColumn:
            return messageText(result);
        default:
            return {};
        }
    }
    if (role == UnderlyingDataRole) {
        switch (index.column()) {
        case KindColumn:
            return int(result.item.kind);
        case ActionColumn:
            return int(result.planned);
        case ResultColumn:
            return int(result.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    const Tone tone = index.row() == m_running ? Tone::Neutral : toneOf(result.outcome);
    if (tone == Tone::Neutral)
        return {};
    if (role == Qt::BackgroundRole)
        return StatusPalette::background(m_palette, tone);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn)
        return StatusPalette::foreground(m_palette, tone);
    return {};
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case WorkspaceColumn:
        return tr("Workspace");
    case NameColumn:
        return tr("ID / name");
    case ActionColumn:
        return tr("Planned action");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message or differing fields");
    default:
        return {};
    }
}

void BulkResultsModel::setResults(const QList<Admin::ItemResult> &results, bool planned)
{
    beginResetModel();
    m_results = results;
    m_planned = planned;
    m_running = -1;
    endResetModel();
}

void BulkResultsModel::updateRow(int row, const Admin::ItemResult &result, bool running)
{
    if (row < 0 || row >= m_results.size())
        return;
    const int previous = m_running;
    m_results[row] = result;
    m_running = running ? row : (m_running == row ? -1 : m_running);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (previous >= 0 && previous != row && previous != m_running)
        Q_EMIT dataChanged(index(previous, 0), index(previous, ColumnCount - 1));
}

void BulkResultsModel::setPlanned(bool planned)
{
    if (m_planned == planned || m_results.isEmpty()) {
        m_planned = planned;
        return;
    }
    m_planned = planned;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BulkResultsModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

QJsonArray BulkResultsModel::toJson(const QList<Admin::ItemResult> &results)
{
    QJsonArray array;
    for (const Admin::ItemResult &result : results)
        array.append(Admin::resultJson(result));
    return array;
}
