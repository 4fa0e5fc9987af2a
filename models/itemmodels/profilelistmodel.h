// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "profiles/profile.h"

namespace Profiles {
class ProfileStore;
}

// The store's profiles as a table for the profile list (a QSortFilterProxyModel filters it).
// Follows the store: resets on ProfileStore::profilesChanged.
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Column { Name, Preset, Issuer, ClientId, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // raw value for sorting (name, preset id, issuer URL string, client id)
        ProfileIdRole,                     // the profile's id, any column
    };

    explicit ProfileListModel(Profiles::ProfileStore *store, QObject *parent = nullptr);

    Profiles::Profile profileAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Display: the name; the preset's display name; the issuer (or the token endpoint when there
    // is no issuer); the client id ("API token" in API-token mode). ToolTip on Name: the issuer.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Profiles::ProfileStore *m_store;
    QList<Profiles::Profile> m_profiles;
};
