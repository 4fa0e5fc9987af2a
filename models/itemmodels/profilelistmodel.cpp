// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include "oauth/providerpresets.h"
#include "profiles/profilestore.h"

namespace {

// The URL the Issuer column shows: the issuer, or the token endpoint when there is none.
QString issuerText(const Profiles::Profile &profile)
{
    const QUrl url = profile.issuer.isEmpty() ? profile.endpoints.url(Profiles::EndpointKind::Token) : profile.issuer;
    return url.toString();
}

QString presetText(const QString &presetId)
{
    if (const auto preset = Presets::find(presetId); preset && !preset->displayName.isEmpty())
        return preset->displayName;
    return presetId;
}

} // namespace

ProfileListModel::ProfileListModel(Profiles::ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &Profiles::ProfileStore::profilesChanged, this, &ProfileListModel::reload);
        m_profiles = m_store->profiles();
    }
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store ? m_store->profiles() : QList<Profiles::Profile>();
    endResetModel();
}

Profiles::Profile ProfileListModel::profileAt(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return {};
    return m_profiles.at(row);
}

int ProfileListModel::rowOfId(const QString &id) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return int(row);
    }
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profiles::Profile &profile = m_profiles.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return profile.name;
        case Preset:
            return presetText(profile.preset);
        case Issuer:
            return issuerText(profile);
        case ClientId:
            return profile.apiToken.enabled ? tr("API token") : profile.clientId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name && !profile.issuer.isEmpty())
            return profile.issuer.toString();
        return {};
    case UnderlyingDataRole:
        switch (index.column()) {
        case Name:
            return profile.name;
        case Preset:
            return profile.preset;
        case Issuer:
            return issuerText(profile);
        case ClientId:
            return profile.clientId;
        default:
            return {};
        }
    case ProfileIdRole:
        return profile.id;
    default:
        return {};
    }
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Preset:
        return tr("Provider");
    case Issuer:
        return tr("Issuer");
    case ClientId:
        return tr("Client id");
    default:
        return {};
    }
}
