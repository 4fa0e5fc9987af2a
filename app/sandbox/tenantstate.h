// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/algorithm.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace Sandbox {

// Cloudentity's admin error body (admin.json definitions/Error):
// {"status_code": 404, "error": "...", "error_code": "not_found", "details": {...}}
struct ApiError
{
    int status = 400;
    QString error;       // human-readable
    QString errorCode;   // machine-readable, e.g. "invalid_request", "not_found", "conflict"
    QJsonObject details; // e.g. {"field": "access_token_ttl"} naming the invalid field
    QJsonObject toJson() const;
};

template <typename T>
struct Outcome
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
};

// A workspace's signing key. The first of signingKeys() is the current one.
struct SigningKey
{
    QString kid;
    Jose::Algorithm algorithm = Jose::Algorithm::ES256; // by the workspace's key_type
    std::shared_ptr<EVP_PKEY> privateKey;
    QJsonObject publicJwk;                              // kid, kty, alg, use "sig", public members
};

// The sandbox tenant's configuration: workspaces (admin.json Server), static IDPs with their
// users, clients, and each workspace's signing keys. Documents are kept as admin.json shapes,
// field by field; defaults are filled in on create (ids, secrets, TTLs as Go durations, key_type
// "ecdsa", grant types ...). Persisted atomically (QSaveFile) under the data directory after
// every change; an empty data directory means ephemeral (memory only).
class TenantState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantState)

public:
    explicit TenantState(const QString &tenantId, const QString &dataDirectory, QObject *parent = nullptr);
    ~TenantState() override;

    struct LoadResult
    {
        bool ok = true;
        QString message; // e.g. "state file was corrupt; moved aside to …/state.json.corrupt-20261122T…"
    };
    // Loads the state file, or creates the built-in "admin" workspace and its admin client
    // (client credentials, secret generated) on first start.
    LoadResult load();

    QString tenantId() const;
    QString adminClientId() const;
    QString adminClientSecret() const;

    // Workspaces (admin.json ServerResponse documents).
    QList<QJsonObject> servers() const;
    std::optional<QJsonObject> server(const QString &wid) const;
    Outcome<QJsonObject> createServer(const QJsonObject &body);
    Outcome<QJsonObject> updateServer(const QString &wid, const QJsonObject &body);
    std::optional<ApiError> deleteServer(const QString &wid);

    // IDPs of a workspace. List documents never include user passwords.
    QList<QJsonObject> idps(const QString &wid) const;
    Outcome<QJsonObject> createStaticIdp(const QString &wid, const QJsonObject &body);
    Outcome<QJsonObject> staticIdp(const QString &wid, const QString &iid) const;
    Outcome<QJsonObject> updateStaticIdp(const QString &wid, const QString &iid, const QJsonObject &body);
    std::optional<ApiError> deleteIdp(const QString &wid, const QString &iid);

    // Clients (admin.json ClientAdminResponse). Lists never include client secrets.
    Outcome<QJsonObject> createClient(const QJsonObject &body);
    Outcome<QJsonObject> client(const QString &cid) const;
    Outcome<QJsonObject> updateClient(const QString &cid, const QJsonObject &body);
    std::optional<ApiError> deleteClient(const QString &cid);
    QList<QJsonObject> clients(const QString &wid) const;

    // Read side for the OAuth endpoints: full documents, secrets and passwords included.
    std::optional<QJsonObject> clientWithSecret(const QString &cid) const;
    QList<QJsonObject> staticUsers(const QString &wid) const;   // admin.json StaticUser, with password
    QList<SigningKey> signingKeys(const QString &wid) const;

Q_SIGNALS:
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
