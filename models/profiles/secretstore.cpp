// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

namespace Profiles {
SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}
SecretStore::~SecretStore() = default;
} // namespace Profiles
