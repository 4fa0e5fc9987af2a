// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantstore.h"

#include "tenantstate.h"

namespace Sandbox {

struct GrantStore::Private
{
    explicit Private(TenantState &s) : state(s) {}
    TenantState &state;
};

GrantStore::GrantStore(TenantState &state, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(state))
{
}

GrantStore::~GrantStore() = default;

TenantState &GrantStore::state() const
{
    return d->state;
}

AdminTokens::Verdict GrantStore::check(const QString &authorizationHeader) const
{
    return authorizationHeader.isEmpty() ? Verdict::Missing : Verdict::Invalid;
}

} // namespace Sandbox
