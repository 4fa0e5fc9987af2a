// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

namespace Profiles {
ProfileStore::ProfileStore(const QString &directory, QObject *parent) : QObject(parent), m_directory(directory) {}
} // namespace Profiles
