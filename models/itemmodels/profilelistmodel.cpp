// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

ProfileListModel::ProfileListModel(Profiles::ProfileStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}
int ProfileListModel::rowCount(const QModelIndex &) const { return 0; }
int ProfileListModel::columnCount(const QModelIndex &) const { return ColumnCount; }
QVariant ProfileListModel::data(const QModelIndex &, int) const { return {}; }
QVariant ProfileListModel::headerData(int, Qt::Orientation, int) const { return {}; }
